/**
 * The porting desk's queue (admin keys): every account's ports, oldest waiting first, by status,
 * account, losing carrier, number or reference, and "Needs attention" (flagged by the desk, first, then
 * failed: what the customer's own tab shows); and every account's orders. Live.
 */
import { useRef } from 'preact/hooks';
import { api, unwrap, unwrapPage, type DeskPort, type PortStatus, type Schemas } from '../api/client';
import { PortTable } from '../components/port-table';
import { SearchBox, searchFilter } from '../components/search';
import { Card, Empty, Notice, PageHeader, Spinner, Tabs } from '../components/ui';
import { PORT_STATUSES, STATUS_LABEL } from '../format';
import { useLoad, useTitle } from '../hooks';
import { setQuery, useLocation } from '../router';
import { OrderTable } from './orders';
import { LIST_POLL_MS } from './ports';

const LIMIT = 25;
const ACCOUNT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const SPID = /^[A-Za-z0-9]{4}$/;

type ListQuery = { account_id?: string; losing_carrier?: string; status?: PortStatus; action_required?: boolean };
type Carrier = Schemas['LosingCarrier'];

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/**
 * Page `page` of the queue, oldest first. The list is newest first, so the page is read from its end:
 * `known` is how many ports match when the kept counts say so; otherwise the API counts them.
 */
async function oldestFirst(query: ListQuery, page: number, known: number | undefined): Promise<{ ports: DeskPort[]; total: number }> {
  const total = known ?? (await unwrapPage(api.GET('/v2/admin/ports', { params: { query: { ...query, limit: 1 } } }))).pagination.total;
  const end = total - page * LIMIT;
  if (end <= 0) return { ports: [], total };
  const offset = Math.max(0, end - LIMIT);
  const r = await unwrapPage(api.GET('/v2/admin/ports', { params: { query: { ...query, limit: end - offset, offset } } }));
  return { ports: r.data.reverse(), total };
}

/** The directory's carriers by SPID (one SPID may name more than one carrier in CARRIER_RECORDS). */
function carrierOptions(carriers: Carrier[]): { value: string; label: string }[] {
  const names = new Map<string, string[]>();
  for (const c of carriers) names.set(c.spid, [...(names.get(c.spid) ?? []), c.name]);
  return [...names].map(([spid, n]) => ({ value: spid, label: `${n.join(' / ')} (${spid})` }));
}

export function DeskPage() {
  useTitle('Porting desk');
  const { query } = useLocation();
  const view = query.get('view') ?? 'pending';
  const account = query.get('account') ?? '';
  const carrier = query.get('carrier') ?? '';
  const q = query.get('q') ?? '';
  const page = Math.max(0, Number(query.get('page') ?? 0) || 0);
  const attention = view === 'attention';
  const status: PortStatus | undefined = attention ? 'failed' : (PORT_STATUSES as string[]).includes(view) ? (view as PortStatus) : undefined;
  const accountFilter = ACCOUNT_ID.test(account) ? { account_id: account } : {};
  const carrierFilter = SPID.test(carrier) ? { losing_carrier: carrier } : {};
  // "Needs attention": ports the desk flagged (waiting for the customer; few, read whole, shown
  // first), then failed ones not flagged (so none shows twice), as on the customer's ports page.
  const listQuery: ListQuery = { ...accountFilter, ...carrierFilter, ...(status ? { status } : {}), ...(attention ? { action_required: false } : {}) };

  const carriers = useLoad(() => unwrap(api.GET('/v2/admin/carriers')), []);
  const counts = useLoad(() => unwrap(api.GET('/v2/admin/port_counts', { params: { query: { ...accountFilter, ...carrierFilter } } })), [account, carrier], LIST_POLL_MS);
  const flagged = useLoad(
    async () => (await unwrapPage(api.GET('/v2/admin/ports', { params: { query: { ...accountFilter, ...carrierFilter, action_required: true, limit: 100 } } }))).data,
    [account, carrier],
    LIST_POLL_MS,
  );
  // The kept counts answer for a status (or all) of every account or one, of every carrier or one;
  // the failed ports that are not flagged are counted by the API.
  const known = !attention && counts.data ? (status ? counts.data[status] : sum(counts.data)) : undefined;
  // Not a dependency: a count that moves must not reset the list.
  const knownRef = useRef(known);
  knownRef.current = known;
  const search = searchFilter(q);
  const list = useLoad(
    async () => {
      if (view === 'orders') return undefined;
      if (search.number || search.customer_reference) {
        const found = (await unwrapPage(api.GET('/v2/admin/ports', { params: { query: { limit: 100, ...search, ...accountFilter, ...carrierFilter, ...(status && !attention ? { status } : {}) } } }))).data;
        const ports = attention ? found.filter((p) => p.status === 'failed' || p.action_required) : found;
        return { ports: ports.reverse(), total: ports.length };
      }
      return oldestFirst(listQuery, page, knownRef.current);
    },
    [view, account, carrier, q, page],
    LIST_POLL_MS,
  );
  const orders = useLoad(
    async () => (view === 'orders' ? (await unwrapPage(api.GET('/v2/admin/port_orders', { params: { query: { limit: 50, ...accountFilter, ...carrierFilter } } }))).data : undefined),
    [view, account, carrier],
    LIST_POLL_MS,
  );

  const c = counts.data;
  const flaggedPorts = flagged.data ? [...flagged.data].reverse() : []; // oldest waiting first
  const showFlagged = attention && !q && page === 0 && flaggedPorts.length > 0;
  // Tab counts: the kept counts (of the account and carrier chosen, if any).
  const attentionCount = c && flagged.data ? c.failed + flaggedPorts.filter((p) => p.status !== 'failed').length : undefined;
  const href = (v: string) => {
    const params = new URLSearchParams({ view: v });
    if (account) params.set('account', account);
    if (carrier) params.set('carrier', carrier);
    return `/desk?${params}`;
  };
  const tab = (v: string, label: string, count?: number, tone?: string) => ({ href: href(v), label, count, current: view === v, ...(tone ? { tone } : {}) });
  const carrierName = carrierOptions(carriers.data ?? []).find((o) => o.value === carrier)?.label ?? (carrier ? `SPID ${carrier}` : '');
  const scope = `${account ? ' for this account' : ''}${carrier ? ` from ${carrierName}` : ''}`;
  const total = !q && list.data ? list.data.total : undefined;

  return (
    <>
      <PageHeader title="Porting desk" subtitle="Every account’s ports, oldest waiting first. Open one to move it, as a carrier answered." />
      <Tabs
        label="Queue"
        items={[
          tab('attention', 'Needs attention', attentionCount, attentionCount ? 'alert' : undefined),
          ...PORT_STATUSES.map((s) => tab(s, STATUS_LABEL[s]!, c?.[s])),
          tab('all', 'All ports', c ? sum(c) : undefined),
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
          <div class="filter">
            <label for="carrier">Losing carrier</label>
            <select id="carrier" name="carrier" value={carrier} onChange={(e) => setQuery({ carrier: (e.target as HTMLSelectElement).value, page: null })}>
              <option value="">Any carrier</option>
              {carrierOptions(carriers.data ?? []).map((o) => (
                <option value={o.value} key={o.value}>
                  {o.label}
                </option>
              ))}
              {carrier && carriers.data && !carriers.data.some((x) => x.spid === carrier) && <option value={carrier}>SPID {carrier}</option>}
            </select>
          </div>
        </div>
        {carrier && !SPID.test(carrier) && <Notice kind="error">“{carrier}” is not a SPID (4 letters or digits): the carrier filter is off.</Notice>}
        {(list.error || orders.error || flagged.error) && <Notice kind="error">{(list.error ?? orders.error ?? flagged.error)!.message}</Notice>}
        {view === 'orders' ? (
          !orders.data ? (
            <Spinner />
          ) : orders.data.length === 0 ? (
            <Empty title={`No orders${scope}`}>{carrier ? 'Orders show up here once they are submitted with a number of this carrier.' : 'Orders appear here once customers draft them.'}</Empty>
          ) : (
            <OrderTable orders={orders.data} hrefOf={(o) => `/desk/orders/${o.id}`} />
          )
        ) : !list.data ? (
          <Spinner />
        ) : (
          <>
            {showFlagged && (
              <section class="queue-part" aria-labelledby="flagged-title">
                <h2 id="flagged-title" class="queue-title">
                  Flagged by the desk <span class="count">{flaggedPorts.length}</span>
                </h2>
                <p class="muted small">The desk asked the customer to act on these; they wait for the customer’s answer or correction.</p>
                <PortTable ports={flaggedPorts} hrefOf={(p) => `/desk/ports/${p.id}`} showAccount />
              </section>
            )}
            {showFlagged && list.data.ports.length > 0 && (
              <h2 class="queue-title">
                Failed <span class="count">{list.data.total}</span>
              </h2>
            )}
            {list.data.ports.length === 0 && !showFlagged ? (
              <Empty title={attention ? `Nothing needs attention${scope}` : `No ${view === 'all' ? '' : `${STATUS_LABEL[view]?.toLowerCase()} `}ports${scope}`}>
                {attention
                  ? 'Ports the losing carrier rejected, and ports the desk flagged for the customer, appear here.'
                  : view === 'pending'
                    ? 'New ports wait here for the losing carrier’s answer.'
                    : 'Ports show up here when they reach this status.'}
              </Empty>
            ) : (
              list.data.ports.length > 0 && <PortTable ports={list.data.ports} hrefOf={(p) => `/desk/ports/${p.id}`} showAccount />
            )}
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
