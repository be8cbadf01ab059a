/** The port request model: what a customer submits and what the service keeps about it. */
import type { LosingCarrier } from './carrier-directory.ts';

export const PORT_STATUSES = ['pending', 'authorized', 'in_progress', 'completed', 'failed', 'cancelled'] as const;
export type PortStatus = (typeof PORT_STATUSES)[number];

/** The statuses in which a port holds its number (one such port per number, across all accounts). */
export const ACTIVE_STATUSES = ['pending', 'authorized', 'in_progress'] as const satisfies readonly PortStatus[];

export const CARRIER_STATUSES = [
  'pending_transfer',
  'foc_received',
  'transfer_in_progress',
  'ported',
  'rejected',
  'transfer_failed',
  'cancelled',
] as const;
export type CarrierStatus = (typeof CARRIER_STATUSES)[number];

export interface Address {
  street: string;
  city: string;
  state: string;
  postal_code: string;
  country: string;
}

/** Details a customer can give at submission and correct later with PATCH. */
export interface AccountDetails {
  account_number: string;
  account_pin: string | null;
  carrier_name: string | null;
  billing_phone: string;
  end_user_name: string;
  end_user_address: Address;
}

export interface Rejection {
  code: string;
  message: string;
  /** When the carrier rejected a whole sub-order: the number at fault. */
  number?: string;
}

/** A port as the service knows it (the PIN in clear only while in memory, never returned). */
export interface Port extends Omit<AccountDetails, 'account_pin'> {
  id: string;
  account_id: string;
  number: string;
  status: PortStatus;
  carrier_status: CarrierStatus;
  customer_reference: string | null;
  number_type: string;
  region: string;
  created_at: string;
  updated_at: string;
  estimated_completion: string | null;
  foc_date: string | null;
  completed_at: string | null;
  failed_at: string | null;
  cancelled_at: string | null;
  rejection: Rejection | null;
  messages: string[];
  /** How many times a carrier answered a review of this port (internal; never returned). */
  reviews: number;
  /** Who holds the number today (null only for ports written before the directory existed). */
  losing_carrier: LosingCarrier | null;
  /** The FOC date the customer asked for (null: the earliest). */
  requested_foc_date: string | null;
  /** The order and sub-order this port belongs to (null when submitted alone). */
  order_id: string | null;
  sub_order_id: string | null;
  /** A public desk comment asks the customer to act (until the customer comments or corrects it). */
  action_required: boolean;
}

/**
 * Everything but the last four characters replaced by `*` (CONTRACT.md), and never less than four
 * masked: a short account number shows fewer of its characters (`12345678` → `****5678`,
 * `123456` → `****56`, `1234` → `****`), so no account number is ever returned whole.
 */
export function maskAccountNumber(accountNumber: string): string {
  const chars = Array.from(accountNumber);
  const keep = Math.max(0, Math.min(4, chars.length - 4));
  return '*'.repeat(chars.length - keep) + chars.slice(chars.length - keep).join('');
}
