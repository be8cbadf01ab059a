/**
 * Port orders (contract/orders-documents.md): many numbers ported together, split into sub-orders by
 * losing carrier. A number in an order IS a port; the order's status is derived from its ports.
 */
import type { LosingCarrier } from './carrier-directory.ts';
import { PORT_STATUSES, type Address, type PortStatus } from './port-request.ts';

export const ORDER_STATUSES = ['draft', 'in_progress', 'action_required', 'completed', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const MAX_ORDER_NUMBERS = 1000;

export type StatusCounts = Record<PortStatus, number>;

/** Zero of each status. A literal (the type checker requires every status): made for every order of a page, and Object.fromEntries showed in its profile. */
export const noCounts = (): StatusCounts => ({ pending: 0, authorized: 0, in_progress: 0, completed: 0, failed: 0, cancelled: 0 });

/**
 * draft (not submitted); action_required (at least one port failed); cancelled (all cancelled);
 * completed (all final, at least one completed); in_progress otherwise.
 */
export function deriveOrderStatus(counts: StatusCounts, submitted: boolean): OrderStatus {
  if (!submitted) return 'draft';
  const total = PORT_STATUSES.reduce((n, s) => n + counts[s], 0);
  if (counts.failed > 0) return 'action_required';
  if (total === 0 || counts.cancelled === total) return 'cancelled';
  if (counts.pending + counts.authorized + counts.in_progress === 0 && counts.completed > 0) return 'completed';
  return 'in_progress';
}

export const REQUIREMENT_KINDS = ['loa', 'invoice'] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];
export type LoaState = 'missing' | 'signed' | 'uploaded';
export type InvoiceState = 'missing' | 'uploaded';

export interface Requirements {
  loa: LoaState;
  invoice: InvoiceState;
}

/** Which of the required documents are missing. */
export const missingRequirements = (required: readonly RequirementKind[], r: Requirements): RequirementKind[] => required.filter((k) => r[k] === 'missing');

/** A number of a draft: as given, its E.164 form and its losing carrier. */
export interface DraftNumber {
  number: string;
  losing_carrier: LosingCarrier;
}

/** An order's own fields (its PIN is kept sealed beside it by the store, never here). */
export interface Order {
  id: string;
  account_id: string;
  status: OrderStatus;
  numbers: DraftNumber[];
  account_number: string;
  billing_phone: string;
  end_user_name: string;
  end_user_address: Address;
  carrier_name: string | null;
  requested_foc_date: string | null;
  customer_reference: string | null;
  requirements: Requirements;
  counts: StatusCounts;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  /** A public desk comment asks the customer to act (until the customer comments or corrects the order). */
  action_required: boolean;
}
