/**
 * The porting desk's queue (admin keys): every account's ports, oldest waiting first, by status,
 * account, number or reference; and every account's orders. Live.
 */
import { useRef } from 'preact/hooks';
import { api, unwrap, unwrapPage, type PortStatus } from '../api/client';
import { PortTable } from '../components/port-table';
import { SearchBox, searchFilter } from '../components/search';
import { Card, Empty, Notice, PageHeader, Spinner, Tabs } from '../components/ui';
import { PORT_STATUSES, STATUS_LABEL } from '../format';
import { useLoad, useTitle } from '../hooks';
import { setQuery, useLocation } from '../router';
import { OrderTable } from './orders';
import { LIST_POLL_MS } from './ports';

const LIMIT = 25;

export function DeskPage() {
  useTitle('Porting desk');
  const { query } = useLocation();
  const view = query.get('view') ?? 'pending';
  const account = query.get('account') ?? '';
  const q = query.get('q') ?? '';
  const page = Math.max(0, Number(query.get('page') ?? 0) || 0);
  const status: PortStatus | undefined = view === 'attention' ? 'failed' : (PORT_STATUSES as string[]).includes(view) ? (view as PortStatus) : undefined;
  const accountFilter = /^[A-Za-z0-9_-]{1,64}$/.test(account) ? { account_id: account } : {};

  const counts = useLoad(() => unwrap(api.GET('/v2/admin/port_counts', { params: { query: accountFilter } })), [account], LIST_POLL_MS);
  const total = counts.data ? (status ? counts.data[status] : Object.values(counts.data).reduce((a, b) => a + b, 0)) : undefined;
  // The queue's pages count from the end, so the list reads the latest total (not a dependency: a
  // count that moves must not reset the list).
  const totalRef = useRef(total);
  totalRef.current = total;
  const search = searchFilter(q);
  // Oldest first: the list is newest first, so the queue's page p is read from the end.
  const list = useLoad(
    async () => {
      if (view === 'orders') return undefined;
      if (search.number || search.customer_reference) {
        return (await unwrapPage(api.GET('/v2/admin/ports', { params: { query: { limit: 100, ...search, ...accountFilter, ...(status ? { status } : {}) } } }))).data.reverse();
      }
      let matching = totalRef.current;
      if (matching === undefined) {
        const c = await unwrap(api.GET('/v2/admin/port_counts', { params: { query: accountFilter } }));
        matching = status ? c[status] : Object.values(c).reduce((a, b) => a + b, 0);
      }
      const end = matching - page * LIMIT;
      if (end <= 0) return [];
      const offset = Math.max(0, end - LIMIT);
      const r = await unwrapPage(api.GET('/v2/admin/ports', { params: { query: { limit: end - offset, offset, ...accountFilter, ...(status ? { status } : {}) } } }));
      return r.data.reverse();
    },
    [view, account, q, page],
    LIST_POLL_MS,
  );
  const orders = useLoad(
    async () => (view === 'orders' ? (await unwrapPage(api.GET('/v2/admin/port_orders', { params: { query: { limit: 50, ...accountFilter } } }))).data : undefined),
    [view, account],
    LIST_POLL_MS,
  );

  const c = counts.data;
  const tab = (v: string, label: string, count?: number, tone?: string) => ({ href: `/desk?view=${v}${account ? `&account=${encodeURIComponent(account)}` : ''}`, label, count, current: view === v, ...(tone ? { tone } : {}) });
  return (
    <>
      <PageHeader title="Porting desk" subtitle="Every account’s ports, oldest waiting first. Open one to move it, as a carrier answered." />
      <Tabs
        label="Queue"
        items={[
          tab('attention', 'Needs attention', c?.failed, c?.failed ? 'alert' : undefined),
          ...PORT_STATUSES.map((s) => tab(s, STATUS_LABEL[s]!, c?.[s])),
          tab('all', 'All ports', c ? Object.values(c).reduce((a, b) => a + b, 0) : undefined),
          tab('orders', 'Orders'),
        ]}
      />
      <Card>
        <div class="toolbar">
          {view !== 'orders' && <SearchBox value={q} onSearch={(v) => setQuery({ q: v, page: null })} />}
          <form
            class="search"
            onSubmit={(e) => {
              e.preventDefault();
              const v = ((e.target as HTMLFormElement).elements.namedItem('account') as HTMLInputElement).value.trim();
              setQuery({ account: v, page: null });
            }}
          >
            <label for="account" class="visually-hidden">
              Account id
            </label>
            <input id="account" name="account" placeholder="Account id (acc_…)" value={account} />
            <button type="submit" class="button secondary">
              Filter
            </button>
          </form>
        </div>
        {(list.error || orders.error) && <Notice kind="error">{(list.error ?? orders.error)!.message}</Notice>}
        {view === 'orders' ? (
          !orders.data ? (
            <Spinner />
          ) : orders.data.length === 0 ? (
            <Empty title="No orders">Orders appear here once customers draft them.</Empty>
          ) : (
            <OrderTable orders={orders.data} hrefOf={(o) => `/desk/orders/${o.id}`} />
          )
        ) : !list.data ? (
          <Spinner />
        ) : list.data.length === 0 ? (
          <Empty title={view === 'attention' ? 'Nothing needs attention' : `No ${view === 'all' ? '' : `${STATUS_LABEL[view]?.toLowerCase()} `}ports${account ? ' for this account' : ''}`}>
            {view === 'pending' ? 'New ports wait here for the losing carrier’s answer.' : 'Ports show up here when they reach this status.'}
          </Empty>
        ) : (
          <>
            <PortTable ports={list.data} hrefOf={(p) => `/desk/ports/${p.id}`} showAccount />
            {!q && total !== undefined && total > LIMIT && (
              <div class="pager">
                <span class="muted">
                  Oldest first · {page * LIMIT + 1}–{Math.min(total, (page + 1) * LIMIT)} of {total}
                </span>
                <div class="actions">
                  <button type="button" class="button secondary small" disabled={page === 0} onClick={() => setQuery({ page: page > 1 ? String(page - 1) : null })}>
                    Previous
                  </button>
                  <button type="button" class="button secondary small" disabled={(page + 1) * LIMIT >= total} onClick={() => setQuery({ page: String(page + 1) })}>
                    Next
                  </button>
                </div>
              </div>
            )}
          </>
        )}
      </Card>
    </>
  );
}
