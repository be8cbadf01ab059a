/**
 * A port as its customer sees it (GET /v2/ports/{id}, event data, webhooks): the account number
 * masked, no PIN, no internal counters, lifecycle fields only once reached.
 */
import type { LosingCarrier } from './carrier-directory.ts';
import { maskAccountNumber, type Address, type CarrierStatus, type Port, type PortStatus } from './port-request.ts';
import type { RejectionCode } from './rejection.ts';

export interface PortView {
  id: string;
  number: string;
  status: PortStatus;
  carrier_status: CarrierStatus;
  carrier_name: string | null;
  account_number: string;
  billing_phone: string;
  end_user_name: string;
  end_user_address: Address;
  customer_reference: string | null;
  number_type: string;
  region: string;
  created_at: string;
  updated_at: string;
  estimated_completion: string | null;
  /** Who holds the number today (null only for ports written before the directory existed). */
  losing_carrier: LosingCarrier | null;
  requested_foc_date?: string;
  foc_date?: string;
  completed_at?: string;
  failed_at?: string;
  cancelled_at?: string;
  rejection?: { code: RejectionCode; message: string; number?: string };
  order_id?: string;
  sub_order_id?: string;
  messages: string[];
  /** A public desk comment asks the customer to act (its comments say what). */
  action_required: boolean;
}

export function presentPort(p: Port): PortView {
  const view: PortView = {
    id: p.id,
    number: p.number,
    status: p.status,
    carrier_status: p.carrier_status,
    carrier_name: p.carrier_name,
    account_number: maskAccountNumber(p.account_number),
    billing_phone: p.billing_phone,
    end_user_name: p.end_user_name,
    end_user_address: p.end_user_address,
    customer_reference: p.customer_reference,
    number_type: p.number_type,
    region: p.region,
    created_at: p.created_at,
    updated_at: p.updated_at,
    estimated_completion: p.estimated_completion,
    losing_carrier: p.losing_carrier,
    messages: p.messages,
    // A port stored before flags existed (an idempotent replay of an old answer) has none.
    action_required: p.action_required ?? false,
  };
  if (p.requested_foc_date) view.requested_foc_date = p.requested_foc_date;
  if (p.foc_date) view.foc_date = p.foc_date;
  if (p.completed_at) view.completed_at = p.completed_at;
  if (p.failed_at) view.failed_at = p.failed_at;
  if (p.cancelled_at) view.cancelled_at = p.cancelled_at;
  if (p.rejection) view.rejection = p.rejection as PortView['rejection'];
  if (p.order_id) view.order_id = p.order_id;
  if (p.sub_order_id) view.sub_order_id = p.sub_order_id;
  return view;
}
