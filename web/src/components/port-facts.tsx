/** A port's fields (the account number as the API masks it), and its dates explained. */
import type { Port } from '../api/client';
import { CARRIER_STATUS_LABEL, formatDateTime, formatDay, formatNumber, viewerTimeZone } from '../format';
import { Link } from '../router';
import { Facts } from './ui';

export function PortSummary(props: { port: Port }) {
  const p = props.port;
  const items: [string, preact.ComponentChildren][] = [['Carrier status', CARRIER_STATUS_LABEL[p.carrier_status] ?? p.carrier_status]];
  if (p.foc_date) items.push(['FOC date', <span>{formatDay(p.foc_date)}<span class="muted small block">The business day the number moves (weekends and US federal holidays are never FOC dates).</span></span>]);
  else if (p.requested_foc_date) items.push(['Requested FOC date', formatDay(p.requested_foc_date)]);
  if (p.estimated_completion)
    items.push(['Estimated completion', <span>{formatDateTime(p.estimated_completion)}<span class="muted small block">Your time ({viewerTimeZone}); counted in business days.</span></span>]);
  if (p.completed_at) items.push(['Completed', formatDateTime(p.completed_at)]);
  if (p.failed_at) items.push(['Failed', formatDateTime(p.failed_at)]);
  if (p.cancelled_at) items.push(['Cancelled', formatDateTime(p.cancelled_at)]);
  items.push(['Submitted', formatDateTime(p.created_at)]);
  return <Facts items={items} />;
}

export function PortDetails(props: { port: Port & { account_id?: string }; orderHref?: string }) {
  const p = props.port;
  const a = p.end_user_address;
  const items: [string, preact.ComponentChildren][] = [
    ['Number', `${formatNumber(p.number)} (${p.region}, ${p.number_type.replaceAll('_', ' ')})`],
    ['Losing carrier', p.losing_carrier ? `${p.losing_carrier.name} · SPID ${p.losing_carrier.spid}${p.losing_carrier.wireless ? ' · wireless' : ''}` : '—'],
    ['Current provider (as entered)', p.carrier_name ?? '—'],
    ['Account number', <span class="mono">{p.account_number}</span>],
    ['Billing phone', formatNumber(p.billing_phone)],
    ['Account holder', p.end_user_name],
    ['Service address', `${a.street}, ${a.city}, ${a.state} ${a.postal_code}, ${a.country}`],
    ['Customer reference', p.customer_reference ?? '—'],
  ];
  if (p.account_id) items.push(['Account', <span class="mono">{p.account_id}</span>]);
  if (p.order_id) items.push(['Order', props.orderHref ? <Link href={props.orderHref}>{p.order_id}</Link> : <span class="mono">{p.order_id}</span>]);
  items.push(['Port id', <span class="mono">{p.id}</span>]);
  return <Facts items={items} />;
}
