/** An order as its customer sees it (GET /v2/port_orders/{id}, event data, webhooks). */
import type { LosingCarrier } from './carrier-directory.ts';
import { deriveOrderStatus, missingRequirements, noCounts, type Order, type OrderStatus, type Requirements, type RequirementKind, type StatusCounts } from './orders.ts';
import { maskAccountNumber, type Address, type Port, type PortStatus } from './port-request.ts';

export interface OrderNumberView {
  number: string;
  port_id: string | null;
  status: PortStatus | null;
  losing_carrier: LosingCarrier;
}

export interface SubOrderView {
  id: string;
  losing_carrier: LosingCarrier;
  numbers: string[];
  status: OrderStatus;
  foc_date: string | null;
}

export interface OrderView {
  id: string;
  status: OrderStatus;
  numbers: OrderNumberView[];
  sub_orders: SubOrderView[];
  requested_foc_date: string | null;
  requirements: Requirements;
  requirements_met: boolean;
  counts: StatusCounts;
  account_number: string;
  billing_phone: string;
  end_user_name: string;
  end_user_address: Address;
  carrier_name: string | null;
  customer_reference: string | null;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  /** A public desk comment asks the customer to act (its comments say what). */
  action_required: boolean;
}

/** What an order view shows of each of its ports. */
export type OrderPort = Pick<Port, 'id' | 'number' | 'status' | 'losing_carrier' | 'sub_order_id' | 'foc_date'>;

/** What an order view is made of: the order's own fields, its ports (once submitted) and sub-orders. */
export interface OrderParts {
  order: Omit<Order, 'account_id'>;
  ports: readonly OrderPort[];
  subOrders: readonly { id: string; losing_carrier: LosingCarrier }[];
  /** ORDER_REQUIREMENTS: the documents submission needs. */
  required: readonly RequirementKind[];
}

export function presentOrder({ order, ports, subOrders, required }: OrderParts): OrderView {
  // In the order the numbers were given (ports of one order share their creation time).
  const position = new Map(order.numbers.map((n, i) => [n.number, i]));
  const rank = (number: string) => position.get(number) ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...ports].sort((a, b) => rank(a.number) - rank(b.number));
  const numbers: OrderNumberView[] =
    sorted.length > 0
      ? sorted.map((p) => ({ number: p.number, port_id: p.id, status: p.status, losing_carrier: p.losing_carrier! }))
      : order.numbers.map((n) => ({ number: n.number, port_id: null, status: null, losing_carrier: n.losing_carrier }));
  const sub_orders = subOrders
    .map((s) => {
      const mine = sorted.filter((p) => p.sub_order_id === s.id);
      const counts = noCounts();
      for (const p of mine) counts[p.status]++;
      return {
        id: s.id,
        losing_carrier: s.losing_carrier,
        numbers: mine.map((p) => p.number),
        status: deriveOrderStatus(counts, true),
        foc_date: mine.find((p) => p.foc_date)?.foc_date ?? null,
      };
    })
    .sort((a, b) => rank(a.numbers[0] ?? '') - rank(b.numbers[0] ?? ''));
  return {
    id: order.id,
    status: order.status,
    numbers,
    sub_orders,
    requested_foc_date: order.requested_foc_date,
    requirements: order.requirements,
    requirements_met: missingRequirements(required, order.requirements).length === 0,
    counts: order.counts,
    account_number: maskAccountNumber(order.account_number),
    billing_phone: order.billing_phone,
    end_user_name: order.end_user_name,
    end_user_address: order.end_user_address,
    carrier_name: order.carrier_name,
    customer_reference: order.customer_reference,
    created_at: order.created_at,
    updated_at: order.updated_at,
    submitted_at: order.submitted_at,
    action_required: order.action_required,
  };
}
