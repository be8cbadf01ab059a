/** The customer's port orders, newest first, by status; live. */
import { api, unwrapPage, type Order } from '../api/client';
import { Card, Empty, Notice, PageHeader, Spinner, StatusBadge, Tabs } from '../components/ui';
import { formatDateTime, STATUS_LABEL } from '../format';
import { useLoad, useTitle } from '../hooks';
import { Link, setQuery, useLocation } from '../router';
import { LIST_POLL_MS } from './ports';

const ORDER_STATUSES = ['draft', 'in_progress', 'action_required', 'completed', 'cancelled'] as const;
type OrderStatus = (typeof ORDER_STATUSES)[number];

export function OrdersPage() {
  useTitle('Orders');
  const { query } = useLocation();
  const view = query.get('status') ?? '';
  const after = query.get('after') ?? undefined;
  const status = (ORDER_STATUSES as readonly string[]).includes(view) ? (view as OrderStatus) : undefined;
  const list = useLoad(() => unwrapPage(api.GET('/v2/port_orders', { params: { query: { limit: 20, ...(status ? { status } : {}), ...(after ? { after } : {}) } } })), [view, after], LIST_POLL_MS);
  return (
    <>
      <PageHeader
        title="Orders"
        subtitle="Many numbers ported together, split by losing carrier."
        actions={
          <Link href="/orders/new" class="button primary">
            New order
          </Link>
        }
      />
      <Tabs
        label="Orders by status"
        items={[{ href: '/orders', label: 'All', current: !status }, ...ORDER_STATUSES.map((s) => ({ href: `/orders?status=${s}`, label: STATUS_LABEL[s]!, current: status === s, ...(s === 'action_required' ? { tone: 'alert' } : {}) }))]}
      />
      <Card>
        {list.error && <Notice kind="error">{list.error.message}</Notice>}
        {!list.data && !list.error && <Spinner />}
        {list.data && list.data.data.length === 0 && (
          <Empty
            title={status ? `No ${STATUS_LABEL[status]!.toLowerCase()} orders` : 'No orders yet'}
            action={
              !status && (
                <Link href="/orders/new" class="button primary">
                  Create an order
                </Link>
              )
            }
          >
            Paste or upload a list of numbers; the console checks each one and shows how the order splits by carrier before you submit.
          </Empty>
        )}
        {list.data && list.data.data.length > 0 && (
          <>
            <OrderTable orders={list.data.data} hrefOf={(o) => `/orders/${o.id}`} />
            {(after || list.data.pagination.next_cursor) && (
              <div class="pager">
                <span />
                <div class="actions">
                  {after && (
                    <button type="button" class="button secondary small" onClick={() => setQuery({ after: null })}>
                      First page
                    </button>
                  )}
                  {list.data.pagination.next_cursor && (
                    <button type="button" class="button secondary small" onClick={() => setQuery({ after: list.data!.pagination.next_cursor })}>
                      Next
                    </button>
                  )}
                </div>
              </div>
            )}
          </>
        )}
      </Card>
    </>
  );
}

export function OrderTable(props: { orders: (Order & { account_id?: string })[]; hrefOf: (o: Order) => string }) {
  return (
    <table class="table">
      <thead>
        <tr>
          <th scope="col">Order</th>
          <th scope="col">Status</th>
          <th scope="col">Numbers</th>
          <th scope="col">Carriers</th>
          <th scope="col">Reference</th>
          <th scope="col">Created</th>
        </tr>
      </thead>
      <tbody>
        {props.orders.map((o) => (
          <tr key={o.id}>
            <td data-label="Order">
              <Link href={props.hrefOf(o)} class="strong">
                {o.end_user_name}
              </Link>
              <span class="muted small block mono">{o.id}</span>
            </td>
            <td data-label="Status">
              <StatusBadge status={o.status} />
            </td>
            <td data-label="Numbers">{o.numbers.length}</td>
            <td data-label="Carriers">{o.sub_orders.length ? o.sub_orders.map((s) => s.losing_carrier.name).join(', ') : [...new Set(o.numbers.map((n) => n.losing_carrier.name))].join(', ')}</td>
            <td data-label="Reference">{o.customer_reference ?? <span class="muted">—</span>}</td>
            <td data-label="Created" title={formatDateTime(o.created_at, true)}>
              {formatDateTime(o.created_at)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
