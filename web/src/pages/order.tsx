/** One order: status, documents and LOA, sub-orders with each number's status, comments, submit and cancel; live. */
import { useState } from 'preact/hooks';
import { api, ApiError, unwrap, type Order } from '../api/client';
import { DetailsForm, detailsOf, addressOf, optional, type Details } from '../components/details-form';
import { ActionRequiredNotice, CommentsCard } from '../components/comments';
import { missingReason, OrderDocumentsCard } from '../components/documents';
import { OrderDetails, SubOrders } from '../components/order-view';
import { Card, Notice, PageHeader, Spinner, StatusBadge } from '../components/ui';
import { useLoad, useTitle } from '../hooks';
import { LIST_POLL_MS } from './ports';

const HINT: Record<string, string> = {
  draft: 'Not sent yet: check the numbers and documents, then submit.',
  in_progress: 'Submitted: each carrier is working on its sub-order.',
  action_required: 'A carrier rejected a sub-order: correct the details and resubmit.',
  completed: 'Every number of the order has reached its end.',
  cancelled: 'The order was cancelled.',
};

export function OrderPage(props: { params: Record<string, string> }) {
  const id = props.params['id']!;
  const order = useLoad(() => unwrap(api.GET('/v2/port_orders/{id}', { params: { path: { id } } })), [id], LIST_POLL_MS);
  const [actionError, setActionError] = useState<ApiError>();
  const [busy, setBusy] = useState<string>();
  const [correcting, setCorrecting] = useState(false);
  const o = order.data;
  useTitle(o ? `Order ${o.end_user_name}` : 'Order');

  if (order.error && !o) {
    return (
      <>
        <PageHeader title="Order" back={{ href: '/orders', label: 'Orders' }} />
        <Notice kind="error">{order.error.status === 404 ? 'There is no such order in your account.' : order.error.message}</Notice>
      </>
    );
  }
  if (!o) return <Spinner />;

  const act = async (what: 'submit' | 'cancel') => {
    setBusy(what);
    setActionError(undefined);
    try {
      if (what === 'submit') await unwrap(api.POST('/v2/port_orders/{id}/submit', { params: { path: { id } } }));
      else await unwrap(api.POST('/v2/port_orders/{id}/cancel', { params: { path: { id } }, body: {} }));
      await order.reload();
    } catch (err) {
      setActionError(err as ApiError);
    } finally {
      setBusy(undefined);
    }
  };
  const notReady = o.status === 'draft' ? missingReason(o) : null;
  const cancellable = o.status === 'draft' || o.status === 'in_progress' || o.status === 'action_required';
  return (
    <>
      <PageHeader
        back={{ href: '/orders', label: 'Orders' }}
        title={
          <span class="title-with-badge">
            {o.end_user_name} <StatusBadge status={o.status} />
          </span>
        }
        subtitle={`${o.numbers.length} number${o.numbers.length === 1 ? '' : 's'} · ${HINT[o.status]}`}
        actions={
          <>
            {o.status === 'draft' && (
              <button type="button" class="button primary" disabled={!!busy || !!notReady} aria-describedby={notReady ? 'submit-reason' : undefined} onClick={() => act('submit')}>
                {busy === 'submit' ? 'Submitting…' : 'Submit order'}
              </button>
            )}
            {o.status === 'action_required' && !correcting && (
              <button type="button" class="button primary" onClick={() => setCorrecting(true)}>
                Correct and resubmit
              </button>
            )}
            {cancellable && (
              <button type="button" class="button danger-outline" disabled={!!busy} onClick={() => confirm('Cancel this order? Ports that may still be cancelled are cancelled.') && act('cancel')}>
                {busy === 'cancel' ? 'Cancelling…' : 'Cancel order'}
              </button>
            )}
          </>
        }
      />
      {notReady && (
        <p class="submit-reason" id="submit-reason">
          {notReady}
        </p>
      )}
      {o.action_required && <ActionRequiredNotice noun="order" />}
      {actionError && (
        <Notice kind="error" title={actionError.code === 'requirements_not_met' ? 'Documents missing' : 'Not done'}>
          {actionError.message}
        </Notice>
      )}
      {correcting && <CorrectOrder order={o} onDone={() => (setCorrecting(false), void order.reload())} onClose={() => setCorrecting(false)} />}
      <div class="columns">
        <div class="col-main">
          <SubOrders order={o} portHref={(p) => `/ports/${p}`} />
          <CommentsCard
            viewer="customer"
            ownerId={id}
            load={() => unwrap(api.GET('/v2/port_orders/{id}/comments', { params: { path: { id } } }))}
            add={(c) => unwrap(api.POST('/v2/port_orders/{id}/comments', { params: { path: { id } }, body: { body: c.body } }))}
            onAdded={() => void order.reload()}
          />
        </div>
        <div class="col-side">
          <OrderDocumentsCard order={o} onChange={() => void order.reload()} />
          <OrderDetails order={o} />
        </div>
      </div>
    </>
  );
}

function CorrectOrder(props: { order: Order; onDone: () => void; onClose: () => void }) {
  const [details, setDetails] = useState<Details>(detailsOf(props.order));
  const [error, setError] = useState<ApiError>();
  const errors = error?.fieldErrors() ?? {};
  return (
    <Card title="Correct and resubmit the failed numbers" class="emphasis">
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          try {
            await unwrap(
              api.PATCH('/v2/port_orders/{id}', {
                params: { path: { id: props.order.id } },
                body: {
                  ...(optional(details.account_number) ? { account_number: details.account_number.trim() } : {}),
                  ...(optional(details.account_pin) ? { account_pin: details.account_pin.trim() } : {}),
                  billing_phone: details.billing_phone.trim(),
                  end_user_name: details.end_user_name.trim(),
                  end_user_address: addressOf(details),
                },
              }),
            );
            props.onDone();
          } catch (err) {
            setError(err as ApiError);
          }
        }}
      >
        <DetailsForm value={details} onChange={setDetails} errors={errors} accountNumberHint={`Now ${props.order.account_number}. Leave empty to keep it.`} pinHint="Leave empty to keep the PIN on file." />
        {error && <Notice kind="error">{Object.keys(errors).length ? 'Some details need correcting: see the fields marked in red.' : error.message}</Notice>}
        <div class="form-actions">
          <button type="submit" class="button primary">
            Resubmit failed numbers
          </button>
          <button type="button" class="button secondary" onClick={props.onClose}>
            Discard
          </button>
        </div>
      </form>
    </Card>
  );
}
