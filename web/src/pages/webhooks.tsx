/** Webhook endpoints: the list, and a new one with its secret shown once (with a copy button). */
import { useState } from 'preact/hooks';
import { api, ApiError, unwrap, unwrapPage, type Schemas } from '../api/client';
import { Card, CopyButton, Empty, Field, Notice, PageHeader, Spinner, StatusBadge } from '../components/ui';
import { formatDateTime } from '../format';
import { useLoad, useTitle } from '../hooks';
import { Link } from '../router';

export const EVENT_CHOICES = [
  ['port.created', 'A port is submitted'],
  ['port.status_changed', 'A port changes status'],
  ['port.updated', 'A port’s details or estimate change'],
  ['port.comment_created', 'A comment is added to a port'],
  ['order.created', 'An order is drafted'],
  ['order.status_changed', 'An order changes status'],
  ['order.comment_created', 'A comment is added to an order'],
] as const;

export function WebhooksPage() {
  useTitle('Webhooks');
  const list = useLoad(() => unwrapPage(api.GET('/v2/webhooks', { params: { query: { limit: 100 } } })), []);
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<Schemas['CreatedWebhook']>();
  return (
    <>
      <PageHeader
        title="Webhooks"
        subtitle="Your systems hear about every change as it happens: signed POSTs (Standard Webhooks), retried until they succeed."
        actions={
          !adding && (
            <button type="button" class="button primary" onClick={() => (setAdding(true), setCreated(undefined))}>
              Add endpoint
            </button>
          )
        }
      />
      {created && (
        <Notice kind="success" title="Endpoint added. Copy its signing secret now: it is shown only this once.">
          <div class="secret">
            <code>{created.secret}</code>
            <CopyButton text={created.secret} label="Copy secret" />
          </div>
          <p class="small">
            Verify each delivery with it (the <code>standardwebhooks</code> package does). Lost it? Rotate the secret on the endpoint’s page.{' '}
            <Link href={`/webhooks/${created.id}`}>Open the endpoint</Link>
          </p>
        </Notice>
      )}
      {adding && (
        <AddEndpoint
          onDone={(w) => {
            setCreated(w);
            setAdding(false);
            void list.reload();
          }}
          onClose={() => setAdding(false)}
        />
      )}
      <Card>
        {list.error && <Notice kind="error">{list.error.message}</Notice>}
        {!list.data && !list.error && <Spinner />}
        {list.data && list.data.data.length === 0 && !adding && (
          <Empty title="No webhook endpoints yet" action={<button type="button" class="button primary" onClick={() => setAdding(true)}>Add an endpoint</button>}>
            Add the HTTPS address of your receiver; every port event is POSTed to it, signed with a secret only you hold.
          </Empty>
        )}
        {list.data && list.data.data.length > 0 && (
          <table class="table">
            <thead>
              <tr>
                <th scope="col">Endpoint</th>
                <th scope="col">State</th>
                <th scope="col">Events</th>
                <th scope="col">Added</th>
              </tr>
            </thead>
            <tbody>
              {list.data.data.map((w) => (
                <tr key={w.id}>
                  <td data-label="Endpoint">
                    <Link href={`/webhooks/${w.id}`} class="strong break">
                      {w.url}
                    </Link>
                    {w.description && <span class="muted small block">{w.description}</span>}
                  </td>
                  <td data-label="State">{w.enabled ? <StatusBadge status="completed" label="Enabled" /> : <StatusBadge status="failed" label="Disabled" />}</td>
                  <td data-label="Events">{w.events.includes('*') ? 'All events' : w.events.join(', ')}</td>
                  <td data-label="Added">{formatDateTime(w.created_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}

function AddEndpoint(props: { onDone: (w: Schemas['CreatedWebhook']) => void; onClose: () => void }) {
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [all, setAll] = useState(true);
  const [events, setEvents] = useState<string[]>([]);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const errors = error?.fieldErrors() ?? {};
  return (
    <Card title="Add an endpoint" class="emphasis">
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          setError(undefined);
          try {
            props.onDone(
              await unwrap(
                api.POST('/v2/webhooks', {
                  body: { url: url.trim(), events: (all ? ['*'] : events) as never, description: description.trim() || null },
                }),
              ),
            );
          } catch (err) {
            setError(err as ApiError);
          } finally {
            setBusy(false);
          }
        }}
      >
        <Field label="Endpoint URL" name="url" value={url} onValue={setUrl} error={errors['url']} type="url" placeholder="https://example.com/hooks/porting" hint="An https:// address your receiver listens on." />
        <Field label="Description" name="description" value={description} onValue={setDescription} optional error={errors['description']} placeholder="CRM sync" />
        <fieldset class="field">
          <legend>Events</legend>
          <label class="check">
            <input type="radio" name="events-mode" checked={all} onChange={() => setAll(true)} /> All events, including ones added later
          </label>
          <label class="check">
            <input type="radio" name="events-mode" checked={!all} onChange={() => setAll(false)} /> Only these:
          </label>
          {!all && (
            <div class="checks">
              {EVENT_CHOICES.map(([type, label]) => (
                <label class="check" key={type}>
                  <input type="checkbox" checked={events.includes(type)} onChange={(e) => setEvents((e.target as HTMLInputElement).checked ? [...events, type] : events.filter((x) => x !== type))} />
                  <code>{type}</code> <span class="muted">{label}</span>
                </label>
              ))}
            </div>
          )}
          {errors['events'] && <div class="field-error">{errors['events']}</div>}
        </fieldset>
        {error && !errors['url'] && !errors['events'] && !errors['description'] && <Notice kind="error">{error.message}</Notice>}
        <div class="form-actions">
          <button type="submit" class="button primary" disabled={busy}>
            {busy ? 'Adding…' : 'Add endpoint'}
          </button>
          <button type="button" class="button secondary" onClick={props.onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Card>
  );
}
