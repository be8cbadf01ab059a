/** The desk's view of an order: its sub-orders, each moved as a whole (one carrier's answer); comments with internal notes; documents. */
import { api, unwrap, type PortStatus } from '../api/client';
import { MoveForm } from '../components/move-form';
import { CommentsCard } from '../components/comments';
import { DocumentsCard, Requirements } from '../components/documents';
import { OrderDetails, SubOrders } from '../components/order-view';
import { Notice, PageHeader, Spinner, StatusBadge } from '../components/ui';
import { useLoad, useTitle } from '../hooks';

export function DeskOrderPage(props: { params: Record<string, string> }) {
  const id = props.params['id']!;
  const order = useLoad(() => unwrap(api.GET('/v2/admin/port_orders/{id}', { params: { path: { id } } })), [id], 1500);
  useTitle('Desk · order');
  const o = order.data;
  if (order.error && !o) return <Notice kind="error">{order.error.status === 404 ? 'There is no such order.' : order.error.message}</Notice>;
  if (!o) return <Spinner />;
  const statusOf = new Map(o.numbers.map((n) => [n.number, n.status]));
  return (
    <>
      <PageHeader
        back={{ href: '/desk?view=orders', label: 'Orders' }}
        title={
          <span class="title-with-badge">
            {o.end_user_name} <StatusBadge status={o.status} />
          </span>
        }
        subtitle={`${o.numbers.length} numbers`}
      />
      {o.action_required && (
        <Notice kind="info" title="Waiting for the customer">
          A public comment asked the customer to act; the flag clears when they comment or correct the order.
        </Notice>
      )}
      <div class="columns">
        <div class="col-main">
          <SubOrders
            order={o}
            portHref={(p) => `/desk/ports/${p}`}
            subOrderActions={(s) => {
              const from = s.numbers.map((n) => statusOf.get(n)).find((st) => st && st !== 'completed' && st !== 'cancelled') as PortStatus | undefined;
              if (!from) return null;
              return (
                <details class="suborder-move">
                  <summary>Record the carrier’s answer for this sub-order</summary>
                  <MoveForm
                    key={`${s.id}-${from}`}
                    from={from}
                    label="Move the sub-order"
                    onMove={async (m) => {
                      await unwrap(api.POST('/v2/admin/sub_orders/{id}/transition', { params: { path: { id: s.id } }, body: m }));
                      await order.reload();
                    }}
                  />
                </details>
              );
            }}
          />
          <CommentsCard
            viewer="desk"
            ownerId={id}
            load={() => unwrap(api.GET('/v2/admin/port_orders/{id}/comments', { params: { path: { id } } }))}
            add={(c) => unwrap(api.POST('/v2/admin/port_orders/{id}/comments', { params: { path: { id } }, body: c }))}
            onAdded={() => void order.reload()}
          />
        </div>
        <div class="col-side">
          <DocumentsCard viewer="desk" owner={{ kind: 'order', id }} load={() => unwrap(api.GET('/v2/admin/port_orders/{id}/documents', { params: { path: { id } } }))}>
            <Requirements order={o} />
          </DocumentsCard>
          <OrderDetails order={o} />
        </div>
      </div>
    </>
  );
}
