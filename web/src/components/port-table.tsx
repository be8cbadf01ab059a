/** Ports as rows (a table on wide screens, stacked cards on narrow ones). */
import type { Port } from '../api/client';
import { formatDateTime, formatDay, formatNumber } from '../format';
import { Link } from '../router';
import { StatusBadge } from './ui';

export function PortTable(props: { ports: (Port & { account_id?: string })[]; hrefOf: (p: Port) => string; showAccount?: boolean }) {
  return (
    <table class="table">
      <thead>
        <tr>
          <th scope="col">Number</th>
          <th scope="col">Status</th>
          {props.showAccount && <th scope="col">Account</th>}
          <th scope="col">Reference</th>
          <th scope="col">Losing carrier</th>
          <th scope="col">Transfer</th>
          <th scope="col">Updated</th>
        </tr>
      </thead>
      <tbody>
        {props.ports.map((p) => (
          <tr key={p.id}>
            <td data-label="Number">
              <Link href={props.hrefOf(p)} class="strong">
                {formatNumber(p.number)}
              </Link>
            </td>
            <td data-label="Status">
              <StatusBadge status={p.status} />
            </td>
            {props.showAccount && (
              <td data-label="Account" class="mono small">
                {p.account_id}
              </td>
            )}
            <td data-label="Reference">{p.customer_reference ?? <span class="muted">—</span>}</td>
            <td data-label="Losing carrier">{p.losing_carrier?.name ?? p.carrier_name ?? <span class="muted">—</span>}</td>
            <td data-label="Transfer">{transferText(p)}</td>
            <td data-label="Updated" title={formatDateTime(p.updated_at, true)}>
              {formatDateTime(p.updated_at)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function transferText(p: Port) {
  if (p.status === 'completed') return <span>Done {formatDateTime(p.completed_at)}</span>;
  if (p.status === 'cancelled' || p.status === 'failed') return <span class="muted">—</span>;
  if (p.foc_date) return <span>FOC {formatDay(p.foc_date)}</span>;
  if (p.estimated_completion) return <span>Est. {formatDateTime(p.estimated_completion)}</span>;
  return <span class="muted">—</span>;
}
