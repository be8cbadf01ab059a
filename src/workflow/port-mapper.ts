import type { Port, PortStatus } from '../domain/port-request.ts';
import type { NewPortRow, PortEventRow, PortRow } from '../store/schema.ts';

/** Rows become domain objects here and nowhere else. */
export function rowToPort(row: PortRow): Port {
  return {
    id: row.id,
    account_id: row.account_id,
    number: row.number,
    status: row.status as PortStatus,
    carrier_status: row.carrier_status as Port['carrier_status'],
    carrier_name: row.carrier_name,
    account_number: row.account_number,
    billing_phone: row.billing_phone,
    end_user_name: row.end_user_name,
    end_user_address: JSON.parse(row.end_user_address) as Port['end_user_address'],
    customer_reference: row.customer_reference,
    number_type: row.number_type,
    region: row.region,
    created_at: row.created_at,
    updated_at: row.updated_at,
    estimated_completion: row.estimated_completion,
    foc_date: row.foc_date,
    completed_at: row.completed_at,
    failed_at: row.failed_at,
    cancelled_at: row.cancelled_at,
    rejection: row.rejection_code ? { code: row.rejection_code, message: row.rejection_message ?? '' } : null,
    messages: JSON.parse(row.messages) as string[],
  };
}

/** The row of a new port (the inverse of rowToPort); the PIN arrives already encrypted. */
export function portToRow(port: Port, accountPinEnc: string | null, version: number): Required<NewPortRow> {
  return {
    id: port.id,
    account_id: port.account_id,
    number: port.number,
    status: port.status,
    carrier_status: port.carrier_status,
    carrier_name: port.carrier_name,
    account_number: port.account_number,
    account_pin_enc: accountPinEnc,
    billing_phone: port.billing_phone,
    end_user_name: port.end_user_name,
    end_user_address: JSON.stringify(port.end_user_address),
    customer_reference: port.customer_reference,
    number_type: port.number_type,
    region: port.region,
    created_at: port.created_at,
    updated_at: port.updated_at,
    estimated_completion: port.estimated_completion,
    foc_date: port.foc_date,
    completed_at: port.completed_at,
    failed_at: port.failed_at,
    cancelled_at: port.cancelled_at,
    rejection_code: port.rejection?.code ?? null,
    rejection_message: port.rejection?.message ?? null,
    messages: JSON.stringify(port.messages),
    version,
  };
}

/** A history entry as customers and the desk see it. */
export interface PortEvent {
  at: string;
  from: string | null;
  to: string;
  carrier_status: string;
  message: string | null;
  actor: string;
}

export const rowToEvent = (e: PortEventRow): PortEvent => ({
  at: e.at,
  from: e.from_status,
  to: e.to_status,
  carrier_status: e.carrier_status,
  message: e.message,
  actor: e.actor,
});
