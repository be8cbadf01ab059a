/** One port: status, what to do, actions allowed in its status, its timeline, comments and documents; updates live. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError, unwrap, type HistoryEntry, type Port } from '../api/client';
import { addressOf, DetailsForm, detailsOf, optional, type Details } from '../components/details-form';
import { ActionRequiredNotice, CommentsCard } from '../components/comments';
import { DocumentsCard } from '../components/documents';
import { PortDetails, PortSummary } from '../components/port-facts';
import { Timeline } from '../components/timeline';
import { Card, Field, Notice, PageHeader, Spinner, StatusBadge } from '../components/ui';
import { formatNumber, REJECTION_ADVICE, STATUS_HINT } from '../format';
import { useTitle } from '../hooks';

/** How often the port's own event feed is asked for news. */
const EVENTS_POLL_MS = 1000;

export function PortPage(props: { params: Record<string, string> }) {
  const id = props.params['id']!;
  const [port, setPort] = useState<Port>();
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [error, setError] = useState<ApiError>();
  const [mode, setMode] = useState<'view' | 'correct' | 'cancel'>('view');
  useTitle(port ? formatNumber(port.number) : 'Port');

  const load = async () => {
    try {
      const [p, h] = await Promise.all([unwrap(api.GET('/v2/ports/{id}', { params: { path: { id } } })), unwrap(api.GET('/v2/ports/{id}/events', { params: { path: { id } } }))]);
      setPort(p);
      setHistory(h);
      setError(undefined);
    } catch (err) {
      setError(err as ApiError);
    }
  };

  // Live: the port's events after the last one shown; any news reloads the port and its history.
  const cursor = useRef<string | null>(null);
  cursor.current = history.length ? (history[history.length - 1]!.id ?? null) : null;
  useEffect(() => {
    void load();
    let busy = false;
    const timer = setInterval(async () => {
      if (document.visibilityState !== 'visible' || !cursor.current || busy) return;
      busy = true;
      try {
        const news = await unwrap(api.GET('/v2/events', { params: { query: { port_id: id, after: cursor.current, limit: 10 } } }));
        if (news.length > 0) await load();
      } catch {
        /* the next tick tries again */
      } finally {
        busy = false;
      }
    }, EVENTS_POLL_MS);
    return () => clearInterval(timer);
  }, [id]);

  if (error && !port) {
    return (
      <>
        <PageHeader title="Port" back={{ href: '/ports', label: 'Ports' }} />
        <Notice kind="error">{error.status === 404 ? 'There is no such port in your account.' : error.message}</Notice>
      </>
    );
  }
  if (!port) return <Spinner />;

  const canCancel = port.status === 'pending' || port.status === 'authorized';
  const canCorrect = port.status === 'pending' || port.status === 'failed';
  return (
    <>
      <PageHeader
        back={{ href: '/ports', label: 'Ports' }}
        title={
          <span class="title-with-badge">
            {formatNumber(port.number)} <StatusBadge status={port.status} />
          </span>
        }
        subtitle={STATUS_HINT[port.status]}
        actions={
          mode === 'view' && (
            <>
              {canCorrect && (
                <button type="button" class="button primary" onClick={() => setMode('correct')}>
                  {port.status === 'failed' ? 'Correct and resubmit' : 'Correct details'}
                </button>
              )}
              {canCancel && (
                <button type="button" class="button danger-outline" onClick={() => setMode('cancel')}>
                  Cancel port
                </button>
              )}
            </>
          )
        }
      />
      {port.rejection && port.status === 'failed' && (
        <Notice kind="error" title={`Rejected: ${port.rejection.code.replaceAll('_', ' ').toLowerCase()}`}>
          <p>{port.rejection.message}</p>
          {port.rejection.number && <p>Number at fault: {formatNumber(port.rejection.number)}</p>}
          <p>
            <strong>What to do: </strong>
            {REJECTION_ADVICE[port.rejection.code]}
          </p>
        </Notice>
      )}
      {port.action_required && <ActionRequiredNotice noun="port" />}
      {mode === 'cancel' && <CancelForm port={port} onDone={(p) => (setPort(p), setMode('view'), void load())} onClose={() => setMode('view')} />}
      {mode === 'correct' && <CorrectForm port={port} onDone={(p) => (setPort(p), setMode('view'), void load())} onClose={() => setMode('view')} />}
      <div class="columns">
        <div class="col-main">
          <Card title="Progress" id="progress">
            <PortSummary port={port} />
          </Card>
          <Card title="Timeline" id="timeline" actions={<span class="live" title="Updates as the port moves">Live</span>}>
            <Timeline entries={history} />
          </Card>
          <CommentsCard
            viewer="customer"
            ownerId={id}
            load={() => unwrap(api.GET('/v2/ports/{id}/comments', { params: { path: { id } } }))}
            add={(c) => unwrap(api.POST('/v2/ports/{id}/comments', { params: { path: { id } }, body: { body: c.body } }))}
            onAdded={() => void load()}
          />
        </div>
        <div class="col-side">
          <Card title="Details" id="details">
            <PortDetails port={port} orderHref={port.order_id ? `/orders/${port.order_id}` : undefined} />
          </Card>
          <DocumentsCard
            viewer="customer"
            owner={{ kind: 'port', id }}
            load={() => unwrap(api.GET('/v2/ports/{id}/documents', { params: { path: { id } } }))}
            // The API's rule: a port's own documents while it is pending or failed (a port of an order follows its order's page).
            deletable={port.order_id === undefined && (port.status === 'pending' || port.status === 'failed')}
          />
        </div>
      </div>
    </>
  );
}

function CancelForm(props: { port: Port; onDone: (p: Port) => void; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  return (
    <Card title="Cancel this port?" class="emphasis">
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          try {
            props.onDone(await unwrap(api.POST('/v2/ports/{id}/cancel', { params: { path: { id: props.port.id } }, body: optional(reason) ? { reason: reason.trim() } : {} })));
          } catch (err) {
            setError(err as ApiError);
          } finally {
            setBusy(false);
          }
        }}
      >
        <p>The number stays with its current provider. This cannot be undone; a new port can be submitted later.</p>
        <Field label="Reason" name="reason" value={reason} onValue={setReason} optional error={error?.fieldErrors()['reason']} hint="Shown in the port’s history." />
        {error && !error.fieldErrors()['reason'] && <Notice kind="error">{error.message}</Notice>}
        <div class="form-actions">
          <button type="submit" class="button danger" disabled={busy}>
            {busy ? 'Cancelling…' : 'Cancel the port'}
          </button>
          <button type="button" class="button secondary" onClick={props.onClose}>
            Keep it
          </button>
        </div>
      </form>
    </Card>
  );
}

function CorrectForm(props: { port: Port; onDone: (p: Port) => void; onClose: () => void }) {
  const original = detailsOf(props.port);
  const [details, setDetails] = useState<Details>(original);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const errors = error?.fieldErrors() ?? {};
  const submit = async (e: Event) => {
    e.preventDefault();
    const body: Record<string, unknown> = {};
    if (optional(details.account_number)) body['account_number'] = details.account_number.trim();
    if (optional(details.account_pin)) body['account_pin'] = details.account_pin.trim();
    if (details.carrier_name.trim() !== original.carrier_name) body['carrier_name'] = optional(details.carrier_name) ?? null;
    if (details.billing_phone.trim() !== original.billing_phone) body['billing_phone'] = details.billing_phone.trim();
    if (details.end_user_name.trim() !== original.end_user_name) body['end_user_name'] = details.end_user_name.trim();
    const address = addressOf(details);
    if (JSON.stringify(address) !== JSON.stringify(addressOf(original))) body['end_user_address'] = address;
    if (Object.keys(body).length === 0) {
      setError(new ApiError(400, 'validation_failed', 'Change at least one detail: the provider reviews the port again with what you correct.'));
      return;
    }
    setBusy(true);
    try {
      props.onDone(await unwrap(api.PATCH('/v2/ports/{id}', { params: { path: { id: props.port.id } }, body })));
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={props.port.status === 'failed' ? 'Correct and resubmit' : 'Correct the details'} class="emphasis">
      <form onSubmit={submit} noValidate>
        <p class="muted">
          {props.port.status === 'failed'
            ? 'The port goes back to the current provider for review with the corrected details.'
            : 'The review continues with the corrected details.'}
        </p>
        <DetailsForm
          value={details}
          onChange={setDetails}
          errors={errors}
          accountNumberHint={`Now ${props.port.account_number}. Leave empty to keep it.`}
          pinHint="Leave empty to keep the PIN on file."
        />
        {error && Object.keys(errors).length === 0 && <Notice kind="error">{error.message}</Notice>}
        <div class="form-actions">
          <button type="submit" class="button primary" disabled={busy}>
            {busy ? 'Sending…' : props.port.status === 'failed' ? 'Resubmit the port' : 'Save corrections'}
          </button>
          <button type="button" class="button secondary" onClick={props.onClose}>
            Discard
          </button>
        </div>
      </form>
    </Card>
  );
}
