/** One endpoint: enable or disable it, send a test, rotate its secret, the delivery log with each attempt, retry. */
import { useState } from 'preact/hooks';
import { api, ApiError, unwrap, unwrapPage, type Schemas } from '../api/client';
import { Card, CopyButton, Empty, Facts, Notice, PageHeader, Spinner, StatusBadge } from '../components/ui';
import { formatDateTime } from '../format';
import { useLoad, useTitle } from '../hooks';
import { LIST_POLL_MS } from './ports';

type Delivery = Schemas['Delivery'];

export function WebhookPage(props: { params: Record<string, string> }) {
  const id = props.params['id']!;
  useTitle('Webhook endpoint');
  const endpoint = useLoad(() => unwrap(api.GET('/v2/webhooks/{id}', { params: { path: { id } } })), [id]);
  const deliveries = useLoad(() => unwrapPage(api.GET('/v2/webhooks/{id}/deliveries', { params: { path: { id }, query: { limit: 50 } } })), [id], LIST_POLL_MS);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string; secret?: string }>();
  const [open, setOpen] = useState<string>();
  const w = endpoint.data;
  if (endpoint.error && !w) {
    return (
      <>
        <PageHeader title="Webhook endpoint" back={{ href: '/webhooks', label: 'Webhooks' }} />
        <Notice kind="error">{endpoint.error.status === 404 ? 'There is no such endpoint in your account.' : endpoint.error.message}</Notice>
      </>
    );
  }
  if (!w) return <Spinner />;

  const run = async (what: () => Promise<unknown>, done: string, secret?: (r: unknown) => string) => {
    try {
      const r = await what();
      setNotice({ kind: 'success', text: done, ...(secret ? { secret: secret(r) } : {}) });
      await Promise.all([endpoint.reload(), deliveries.reload()]);
    } catch (err) {
      setNotice({ kind: 'error', text: (err as ApiError).message });
    }
  };
  const path = { params: { path: { id } } };
  return (
    <>
      <PageHeader
        back={{ href: '/webhooks', label: 'Webhooks' }}
        title={<span class="break">{w.url}</span>}
        subtitle={w.description ?? undefined}
        actions={
          <>
            <button type="button" class="button primary" onClick={() => run(() => unwrap(api.POST('/v2/webhooks/{id}/test', path)), 'Test event sent: it appears in the delivery log below.')}>
              Send test event
            </button>
            <button
              type="button"
              class="button secondary"
              onClick={() => run(() => unwrap(api.PATCH('/v2/webhooks/{id}', { ...path, body: { enabled: !w.enabled } })), w.enabled ? 'Endpoint disabled: deliveries wait.' : 'Endpoint enabled: deliveries resume.')}
            >
              {w.enabled ? 'Disable' : 'Enable'}
            </button>
          </>
        }
      />
      {notice && (
        <Notice kind={notice.kind}>
          {notice.text}
          {notice.secret && (
            <div class="secret">
              <code>{notice.secret}</code>
              <CopyButton text={notice.secret} label="Copy secret" />
            </div>
          )}
        </Notice>
      )}
      <Card title="Endpoint" id="endpoint" class="endpoint-card">
        <Facts
          items={[
            ['State', w.enabled ? <StatusBadge status="completed" label="Enabled" /> : <StatusBadge status="failed" label="Disabled" />],
            ...(w.disabled_reason ? ([['Why disabled', w.disabled_reason]] as [string, string][]) : []),
            ['Events', w.events.includes('*') ? 'All events' : w.events.join(', ')],
            ['Added', formatDateTime(w.created_at)],
            ['Endpoint id', <span class="mono">{w.id}</span>],
          ]}
        />
        <div class="form-actions">
          <button
            type="button"
            class="button secondary small"
            onClick={() =>
              confirm('Rotate the signing secret? The old one keeps signing alongside the new one for 24 hours.') &&
              run(() => unwrap(api.POST('/v2/webhooks/{id}/rotate_secret', path)), 'New secret: shown only this once. The old one also signs for 24 hours.', (r) => (r as { secret: string }).secret)
            }
          >
            Rotate secret
          </button>
        </div>
      </Card>
      <Card title="Delivery log" id="deliveries" actions={<span class="live">Live</span>}>
        {!deliveries.data && <Spinner />}
        {deliveries.data && deliveries.data.data.length === 0 && <Empty title="No deliveries yet">Send a test event, or submit a port: each event this endpoint receives is listed here with every attempt.</Empty>}
        {deliveries.data && deliveries.data.data.length > 0 && (
          <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Result</th>
                <th scope="col">Attempts</th>
                <th scope="col">Last answer</th>
                <th scope="col">When</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {deliveries.data.data.map((d) => (
                <DeliveryRow
                  key={d.id}
                  d={d}
                  open={open === d.id}
                  onToggle={() => setOpen(open === d.id ? undefined : d.id)}
                  endpointId={id}
                  onRetry={() => run(() => unwrap(api.POST('/v2/webhooks/{id}/deliveries/{delivery_id}/retry', { params: { path: { id, delivery_id: d.id } } })), 'Retry queued: one more attempt now.')}
                />
              ))}
            </tbody>
          </table>
          </div>
        )}
      </Card>
    </>
  );
}

function DeliveryRow(props: { d: Delivery; open: boolean; onToggle: () => void; onRetry: () => void; endpointId: string }) {
  const d = props.d;
  const status = d.status === 'succeeded' ? 'completed' : d.status === 'failed' ? 'failed' : 'pending';
  const label = d.status === 'succeeded' ? 'Delivered' : d.status === 'failed' ? 'Failed' : d.attempts ? 'Retrying' : 'Queued';
  return (
    <>
      <tr>
        <td data-label="Event">
          <code>{d.event_type}</code>
          <span class="muted small block mono">{d.event_id}</span>
        </td>
        <td data-label="Result">
          <StatusBadge status={status} label={label} />
        </td>
        <td data-label="Attempts">{d.attempts}</td>
        <td data-label="Last answer" class="nowrap">{d.last_response_status ? `HTTP ${d.last_response_status}` : (d.last_error ?? '—')}</td>
        <td data-label="When" class="nowrap" title={formatDateTime(d.updated_at, true)}>
          {formatDateTime(d.updated_at)}
          {d.next_attempt_at && d.status === 'pending' && <span class="muted small block">next attempt {formatDateTime(d.next_attempt_at)}</span>}
        </td>
        <td class="row-actions">
          <button type="button" class="button ghost small" aria-expanded={props.open} onClick={props.onToggle}>
            {props.open ? 'Hide attempts' : 'Attempts'}
          </button>
          {d.status !== 'succeeded' && (
            <button type="button" class="button secondary small" onClick={props.onRetry}>
              Retry
            </button>
          )}
        </td>
      </tr>
      {props.open && (
        <tr class="detail-row">
          <td colSpan={6}>
            <Attempts endpointId={props.endpointId} deliveryId={d.id} />
          </td>
        </tr>
      )}
    </>
  );
}

function Attempts(props: { endpointId: string; deliveryId: string }) {
  const detail = useLoad(() => unwrap(api.GET('/v2/webhooks/{id}/deliveries/{delivery_id}', { params: { path: { id: props.endpointId, delivery_id: props.deliveryId } } })), [props.deliveryId]);
  if (!detail.data) return <Spinner />;
  if (detail.data.attempt_log.length === 0) return <p class="muted">No attempt yet.</p>;
  return (
    <ol class="attempts">
      {detail.data.attempt_log.map((a, i) => (
        <li key={i}>
          <span>Attempt {i + 1}</span>
          <span>{formatDateTime(a.at)}</span>
          <span class={a.response_status && a.response_status < 300 ? 'ok' : 'bad'}>{a.response_status ? `HTTP ${a.response_status}` : (a.error ?? 'no answer')}</span>
          <span class="muted">{a.duration_ms} ms</span>
        </li>
      ))}
    </ol>
  );
}
