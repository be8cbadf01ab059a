import type { Port, PortStatus } from '../domain/port-request.ts';
import type { PortRow } from '../store/schema.ts';

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
