/** The desk's view of a port: everything about it, its timeline, the move form, comments with internal notes, documents. */
import { api, unwrap } from '../api/client';
import { MoveForm } from '../components/move-form';
import { CommentsCard } from '../components/comments';
import { DocumentsCard } from '../components/documents';
import { PortDetails, PortSummary } from '../components/port-facts';
import { Timeline } from '../components/timeline';
import { Card, Notice, PageHeader, Spinner, StatusBadge } from '../components/ui';
import { formatNumber } from '../format';
import { useLoad, useTitle } from '../hooks';

export function DeskPortPage(props: { params: Record<string, string> }) {
  const id = props.params['id']!;
  const path = { params: { path: { id } } };
  const data = useLoad(async () => {
    const [port, history] = await Promise.all([unwrap(api.GET('/v2/admin/ports/{id}', path)), unwrap(api.GET('/v2/admin/ports/{id}/events', path))]);
    return { port, history };
  }, [id], 1500);
  useTitle(data.data ? `Desk · ${formatNumber(data.data.port.number)}` : 'Desk · port');
  if (data.error && !data.data) return <Notice kind="error">{data.error.status === 404 ? 'There is no such port.' : data.error.message}</Notice>;
  if (!data.data) return <Spinner />;
  const { port, history } = data.data;
  return (
    <>
      <PageHeader
        back={{ href: '/desk', label: 'Queue' }}
        title={
          <span class="title-with-badge">
            {formatNumber(port.number)} <StatusBadge status={port.status} />
          </span>
        }
        subtitle={`Account ${port.account_id}${port.losing_carrier ? ` · losing carrier ${port.losing_carrier.name}` : ''}`}
      />
      {port.rejection && port.status === 'failed' && (
        <Notice kind="error" title={port.rejection.code}>
          {port.rejection.message}
        </Notice>
      )}
      {port.action_required && (
        <Notice kind="info" title="Waiting for the customer">
          A public comment asked the customer to act; the flag clears when they comment or correct the port.
        </Notice>
      )}
      <div class="columns">
        <div class="col-main">
          <Card title="Move this port" id="move" class="emphasis">
            <MoveForm
              key={port.status}
              from={port.status}
              onMove={async (m) => {
                await unwrap(api.POST('/v2/admin/ports/{id}/transition', { ...path, body: m }));
                await data.reload();
              }}
            />
          </Card>
          <Card title="Timeline" id="timeline" actions={<span class="live">Live</span>}>
            <Timeline entries={history} viewer="desk" />
          </Card>
          <CommentsCard viewer="desk" ownerId={id} load={() => unwrap(api.GET('/v2/admin/ports/{id}/comments', path))} add={(c) => unwrap(api.POST('/v2/admin/ports/{id}/comments', { ...path, body: c }))} onAdded={() => void data.reload()} />
        </div>
        <div class="col-side">
          <Card title="Progress">
            <PortSummary port={port} />
          </Card>
          <Card title="Details">
            <PortDetails port={port} orderHref={port.order_id ? `/desk/orders/${port.order_id}` : undefined} />
          </Card>
          <DocumentsCard viewer="desk" owner={{ kind: 'port', id }} load={() => unwrap(api.GET('/v2/admin/ports/{id}/documents', path))} />
        </div>
      </div>
    </>
  );
}
