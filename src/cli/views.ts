/** How each resource reads in a terminal: tables for lists, labelled fields for one item. */
import type { Port, PortEvent, PortOrder, Schemas } from './api.ts';
import { renderFields, renderTable, type Column } from './output.ts';

type Address = Schemas['Address'];
type LosingCarrier = Schemas['LosingCarrier'];

const address = (a: Address) => `${a.street}, ${a.city}, ${a.state} ${a.postal_code}, ${a.country}`;
const carrier = (c: LosingCarrier | null | undefined) => (c ? `${c.name} (SPID ${c.spid})` : null);
/** The account details a port and an order share. */
const detailFields = (d: Port | PortOrder) =>
  [
    ['carrier name', d.carrier_name],
    ['account number', d.account_number],
    ['billing phone', d.billing_phone],
    ['end user', d.end_user_name],
    ['address', address(d.end_user_address)],
    ['reference', d.customer_reference],
    ['requested FOC', d.requested_foc_date],
  ] as const;
const bullets = (lines: readonly string[]) => (lines.length ? lines.map((l) => `- ${l}`).join('\n') : null);

export const PORT_COLUMNS: Column<Port>[] = [
  { header: 'id', value: (p) => p.id },
  { header: 'number', value: (p) => p.number },
  { header: 'status', value: (p) => p.status },
  { header: 'carrier status', value: (p) => p.carrier_status },
  { header: 'foc date', value: (p) => p.foc_date },
  { header: 'reference', value: (p) => p.customer_reference },
  { header: 'updated', value: (p) => p.updated_at },
];

export function portView(p: Port): string {
  return renderFields([
    ['id', p.id],
    ['number', `${p.number} (${p.region}, ${p.number_type})`],
    ['status', `${p.status} (carrier: ${p.carrier_status})`],
    ...(p.rejection ? ([['rejection', `${p.rejection.code}${p.rejection.number ? ` (${p.rejection.number})` : ''}: ${p.rejection.message}`]] as const) : []),
    ['losing carrier', carrier(p.losing_carrier)],
    ...detailFields(p),
    ['FOC date', p.foc_date],
    ['estimated completion', p.estimated_completion],
    ...(p.order_id ? ([['order', `${p.order_id} / ${p.sub_order_id ?? '-'}`]] as const) : []),
    ['created', p.created_at],
    ['updated', p.updated_at],
    ...(p.completed_at ? ([['completed', p.completed_at]] as const) : []),
    ...(p.failed_at ? ([['failed', p.failed_at]] as const) : []),
    ...(p.cancelled_at ? ([['cancelled', p.cancelled_at]] as const) : []),
    ['messages', bullets(p.messages)],
  ]);
}

const requirements = (o: PortOrder) => `loa ${o.requirements.loa}, invoice ${o.requirements.invoice}${o.requirements_met ? '' : ' (not met)'}`;
const counts = (o: PortOrder) =>
  Object.entries(o.counts)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${status} ${n}`)
    .join(', ');

export const ORDER_COLUMNS: Column<PortOrder>[] = [
  { header: 'id', value: (o) => o.id },
  { header: 'status', value: (o) => o.status },
  { header: 'numbers', value: (o) => o.numbers.length },
  { header: 'documents', value: requirements },
  { header: 'reference', value: (o) => o.customer_reference },
  { header: 'created', value: (o) => o.created_at },
];

export function orderView(o: PortOrder): string {
  const fields = renderFields([
    ['id', o.id],
    ['status', o.status],
    ['ports', counts(o)],
    ['documents', requirements(o)],
    ...detailFields(o),
    ['created', o.created_at],
    ['updated', o.updated_at],
    ['submitted', o.submitted_at],
  ]);
  const numbers = renderTable<PortOrder['numbers'][number]>(
    [
      { header: 'number', value: (n) => n.number },
      { header: 'losing carrier', value: (n) => carrier(n.losing_carrier) },
      { header: 'port', value: (n) => n.port_id },
      { header: 'status', value: (n) => n.status },
    ],
    o.numbers,
  );
  const subOrders = o.sub_orders.length
    ? '\n' +
      renderTable<PortOrder['sub_orders'][number]>(
        [
          { header: 'sub-order', value: (s) => s.id },
          { header: 'losing carrier', value: (s) => carrier(s.losing_carrier) },
          { header: 'numbers', value: (s) => s.numbers.length },
          { header: 'status', value: (s) => s.status },
          { header: 'foc date', value: (s) => s.foc_date },
        ],
        o.sub_orders,
      )
    : '';
  return `${fields}\n${numbers}${subOrders}`;
}

export const PORTABILITY_COLUMNS: Column<Schemas['PortabilityResult']>[] = [
  { header: 'number', value: (r) => r.number },
  { header: 'e164', value: (r) => r.e164 },
  { header: 'portable', value: (r) => r.portable },
  { header: 'reason', value: (r) => r.reason },
  { header: 'losing carrier', value: (r) => carrier(r.losing_carrier) },
];

export const WEBHOOK_COLUMNS: Column<Schemas['Webhook']>[] = [
  { header: 'id', value: (w) => w.id },
  { header: 'url', value: (w) => w.url },
  { header: 'events', value: (w) => w.events.join(',') },
  { header: 'enabled', value: (w) => (w.enabled ? 'yes' : `no${w.disabled_reason ? ` (${w.disabled_reason})` : ''}`) },
  { header: 'description', value: (w) => w.description },
];

export function createdWebhookView(w: Schemas['CreatedWebhook']): string {
  return renderFields([
    ['id', w.id],
    ['url', w.url],
    ['events', w.events.join(',')],
    ['description', w.description],
    ['enabled', w.enabled],
    ['secret', `${w.secret}  (shown once: keep it to verify deliveries)`],
    ['created', w.created_at],
  ]);
}

export const DELIVERY_COLUMNS: Column<Schemas['Delivery']>[] = [
  { header: 'id', value: (d) => d.id },
  { header: 'event', value: (d) => d.event_id },
  { header: 'type', value: (d) => d.event_type },
  { header: 'status', value: (d) => d.status },
  { header: 'attempts', value: (d) => d.attempts },
  { header: 'last result', value: (d) => d.last_response_status ?? d.last_error },
  { header: 'next attempt', value: (d) => d.next_attempt_at },
  { header: 'created', value: (d) => d.created_at },
];

/** One line per event as it arrives (no table: the widths of later events are unknown). */
export function eventLine(e: PortEvent): string {
  const d = e.data as { port?: Port; order?: PortOrder; from?: string; to?: string; message?: string | null; changes?: string[]; webhook_id?: string };
  const subject = d.port ? `${d.port.id} ${d.port.number}` : d.order ? d.order.id : (d.webhook_id ?? '-');
  let what: string;
  if (e.type === 'port.status_changed' || e.type === 'order.status_changed') what = `${d.from} → ${d.to}${d.message ? `: ${d.message}` : ''}`;
  else if (e.type === 'port.updated') what = `${(d.changes ?? []).join(', ')}${d.message ? `: ${d.message}` : ''}`;
  else if (e.type === 'port.created') what = d.port?.status ?? '';
  else if (e.type === 'order.created') what = d.order?.status ?? '';
  else what = '';
  return `${e.created_at}  ${e.id}  ${e.type.padEnd(20)}  ${subject}${what ? `  ${what}` : ''}\n`;
}
