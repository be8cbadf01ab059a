/** The customer's ports: a tab per status with counts, "Needs attention", search, paging; live. */
import { api, unwrap, unwrapPage, type PortStatus } from '../api/client';
import { PortTable } from '../components/port-table';
import { SearchBox, searchFilter } from '../components/search';
import { Card, Empty, Notice, PageHeader, Pager, Spinner, Tabs } from '../components/ui';
import { PORT_STATUSES, STATUS_LABEL } from '../format';
import { useLoad, useTitle } from '../hooks';
import { Link, setQuery, useLocation } from '../router';

const LIMIT = 20;
/** Live: lists are read again this often (the contract: a move shows within 2 s). */
export const LIST_POLL_MS = 1500;

export function PortsPage() {
  useTitle('Ports');
  const { query } = useLocation();
  const view = query.get('view') ?? 'all';
  const q = query.get('q') ?? '';
  const offset = Math.max(0, Number(query.get('offset') ?? 0) || 0);
  const attention = view === 'attention';
  const status: PortStatus | undefined = attention ? 'failed' : (PORT_STATUSES as string[]).includes(view) ? (view as PortStatus) : undefined;

  const counts = useLoad(() => unwrap(api.GET('/v2/port_counts')), [], LIST_POLL_MS);
  // "Needs attention": failed ports, and ports the porting desk flagged (few: read whole, shown first).
  const flagged = useLoad(() => unwrapPage(api.GET('/v2/ports', { params: { query: { limit: 100, action_required: true } } })), [], LIST_POLL_MS);
  const list = useLoad(
    () =>
      unwrapPage(
        api.GET('/v2/ports', { params: { query: { limit: LIMIT, offset, ...(status ? { status } : {}), ...(attention ? { action_required: false } : {}), ...searchFilter(q) } } }),
      ),
    [view, q, offset],
    LIST_POLL_MS,
  );

  const c = counts.data;
  const flaggedPorts = flagged.data?.data ?? [];
  const attentionCount = c ? c.failed + flaggedPorts.filter((p) => p.status !== 'failed').length : undefined;
  const total = c ? Object.values(c).reduce((a, b) => a + b, 0) : undefined;
  const tab = (v: string, label: string, count: number | undefined, tone?: string) => ({
    href: `/ports${v === 'all' ? '' : `?view=${v}`}`,
    label,
    count,
    current: view === v,
    ...(tone ? { tone } : {}),
  });

  return (
    <>
      <PageHeader
        title="Ports"
        subtitle="Every number you are moving to us, newest first. Statuses update live."
        actions={
          <Link href="/ports/new" class="button primary">
            New port
          </Link>
        }
      />
      <Tabs
        label="Ports by status"
        items={[
          tab('all', 'All', total),
          tab('attention', 'Needs attention', attentionCount, attentionCount ? 'alert' : undefined),
          ...PORT_STATUSES.map((s) => tab(s, STATUS_LABEL[s]!, c?.[s])),
        ]}
      />
      {attention && !q && flaggedPorts.length > 0 && (
        <Card title="Flagged by the porting desk">
          <p class="muted">The porting desk asked you for something on these ports: open one to read its comment and answer.</p>
          <PortTable ports={flaggedPorts} hrefOf={(p) => `/ports/${p.id}`} />
        </Card>
      )}
      <Card>
        <div class="toolbar">
          <SearchBox value={q} onSearch={(v) => setQuery({ q: v, offset: null })} />
        </div>
        {list.error && <Notice kind="error">{list.error.message}</Notice>}
        {!list.data && !list.error && <Spinner />}
        {list.data && list.data.data.length === 0 && (
          <Empty
            title={q ? `No port matches “${q}”` : attention ? (flaggedPorts.length > 0 ? 'No failed ports' : 'Nothing needs your attention') : view === 'all' ? 'No ports yet' : `No ${STATUS_LABEL[view]?.toLowerCase()} ports`}
            action={
              view === 'all' && !q ? (
                <Link href="/ports/new" class="button primary">
                  Start your first port
                </Link>
              ) : undefined
            }
          >
            {q
              ? 'Search takes a whole phone number (any spelling) or an exact customer reference.'
              : view === 'all'
                ? 'Submit a number with its account details from the current provider; you can follow every step here.'
                : view === 'attention'
                  ? 'Ports the current provider rejects, and ports the porting desk asks you about, appear here.'
                  : 'Ports appear in this tab when they reach this status.'}
          </Empty>
        )}
        {list.data && list.data.data.length > 0 && (
          <>
            <PortTable ports={list.data.data} hrefOf={(p) => `/ports/${p.id}`} />
            <Pager offset={offset} limit={LIMIT} total={list.data.pagination.total} noun="ports" onPage={(o) => setQuery({ offset: o ? String(o) : null })} />
          </>
        )}
      </Card>
    </>
  );
}
