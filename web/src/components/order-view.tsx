/** An order's parts shown to the customer and the desk alike: sub-orders with each number, details. */
import type { ComponentChildren } from 'preact';
import type { Order } from '../api/client';
import { formatDateTime, formatDay, formatNumber } from '../format';
import { Link } from '../router';
import { Card, Facts, StatusBadge } from './ui';

export function SubOrders(props: { order: Order; portHref: (portId: string) => string; subOrderActions?: (s: Order['sub_orders'][number]) => ComponentChildren }) {
  const o = props.order;
  const byNumber = new Map(o.numbers.map((n) => [n.number, n]));
  if (o.sub_orders.length === 0) {
    return (
      <Card title={`Numbers (${o.numbers.length})`} id="numbers">
        <table class="table compact">
          <thead>
            <tr>
              <th scope="col">Number</th>
              <th scope="col">Losing carrier</th>
            </tr>
          </thead>
          <tbody>
            {o.numbers.map((n) => (
              <tr key={n.number}>
                <td data-label="Number">{formatNumber(n.number)}</td>
                <td data-label="Losing carrier">{n.losing_carrier.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    );
  }
  return (
    <Card title={`Sub-orders (${o.sub_orders.length})`} id="sub-orders">
      <div class="suborders">
        {o.sub_orders.map((s) => (
          <section class="suborder" key={s.id} aria-label={`Sub-order ${s.losing_carrier.name}`}>
            <div class="suborder-head">
              <div>
                <h3>{s.losing_carrier.name}</h3>
                <p class="muted small">
                  SPID {s.losing_carrier.spid} · {s.numbers.length} number{s.numbers.length === 1 ? '' : 's'} · {s.foc_date ? `FOC ${formatDay(s.foc_date)}` : 'FOC not set yet'}
                </p>
              </div>
              <StatusBadge status={s.status} />
            </div>
            <ul class="number-list">
              {s.numbers.map((num) => {
                const n = byNumber.get(num);
                return (
                  <li key={num}>
                    {n?.port_id ? <Link href={props.portHref(n.port_id)}>{formatNumber(num)}</Link> : formatNumber(num)}
                    <StatusBadge status={n?.status ?? null} />
                  </li>
                );
              })}
            </ul>
            {props.subOrderActions?.(s)}
          </section>
        ))}
      </div>
    </Card>
  );
}

export function OrderDetails(props: { order: Order & { account_id?: string } }) {
  const o = props.order;
  const a = o.end_user_address;
  const items: [string, ComponentChildren][] = [
    ['Account holder', o.end_user_name],
    ['Account number', <span class="mono">{o.account_number}</span>],
    ['Billing phone', formatNumber(o.billing_phone)],
    ['Service address', `${a.street}, ${a.city}, ${a.state} ${a.postal_code}, ${a.country}`],
    ['Current provider (as entered)', o.carrier_name ?? '—'],
    ['Requested FOC date', o.requested_foc_date ? formatDay(o.requested_foc_date) : 'Earliest possible'],
    ['Customer reference', o.customer_reference ?? '—'],
    ['Created', formatDateTime(o.created_at)],
    ['Submitted', o.submitted_at ? formatDateTime(o.submitted_at) : 'Not yet'],
  ];
  if (o.account_id) items.push(['Account', <span class="mono">{o.account_id}</span>]);
  items.push(['Order id', <span class="mono">{o.id}</span>]);
  return (
    <Card title="Details" id="details">
      <Facts items={items} />
    </Card>
  );
}
