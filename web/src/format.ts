/** How the console writes statuses, dates and numbers for people. */
import type { PortStatus } from './api/client';

export const STATUS_LABEL: Record<string, string> = {
  pending: 'Pending review',
  authorized: 'Authorized',
  in_progress: 'Transferring',
  completed: 'Completed',
  failed: 'Failed',
  cancelled: 'Cancelled',
  draft: 'Draft',
  action_required: 'Action required',
  succeeded: 'Succeeded',
};

export const STATUS_HINT: Record<string, string> = {
  pending: 'The current provider is reviewing the request.',
  authorized: 'The current provider approved; the transfer is scheduled for the FOC date.',
  in_progress: 'The number is moving between networks now.',
  completed: 'The number now works on our network.',
  failed: 'The port needs your attention: see what to do below.',
  cancelled: 'The port was cancelled; the number stays where it was.',
};

export const PORT_STATUSES: PortStatus[] = ['pending', 'authorized', 'in_progress', 'completed', 'failed', 'cancelled'];

/** Allowed moves (CONTRACT.md "Statuses"). */
export const NEXT_STATUSES: Record<PortStatus, PortStatus[]> = {
  pending: ['authorized', 'failed', 'cancelled'],
  authorized: ['in_progress', 'failed', 'cancelled'],
  in_progress: ['completed', 'failed'],
  failed: ['pending'],
  completed: [],
  cancelled: [],
};

export const CARRIER_STATUS_LABEL: Record<string, string> = {
  pending_transfer: 'Pending transfer',
  foc_received: 'FOC received',
  transfer_in_progress: 'Transfer in progress',
  ported: 'Ported',
  rejected: 'Rejected',
  transfer_failed: 'Transfer failed',
  cancelled: 'Cancelled',
};

export const REJECTION_CODES = ['ACCOUNT_NUMBER_MISMATCH', 'PIN_INVALID', 'NUMBER_INACTIVE', 'ACCOUNT_DISPUTE', 'END_USER_MISMATCH', 'NUMBER_NOT_PORTABLE', 'TRANSFER_FAILED', 'OTHER'] as const;

/** What the customer can do about each rejection. */
export const REJECTION_ADVICE: Record<string, string> = {
  ACCOUNT_NUMBER_MISMATCH: 'Check the account number on a recent bill from the current provider, correct it and resubmit.',
  PIN_INVALID: 'Ask the current provider for the account PIN (or port-out PIN), correct it and resubmit.',
  NUMBER_INACTIVE: 'The number is not active with the current provider. Reactivate it there, then resubmit.',
  ACCOUNT_DISPUTE: 'The current provider reports a dispute on the account (often a balance). Settle it with them, then resubmit.',
  END_USER_MISMATCH: 'The name or service address does not match the provider’s records. Use them exactly as on the bill, then resubmit.',
  NUMBER_NOT_PORTABLE: 'The current provider says this number cannot be ported. Contact them or cancel the port.',
  TRANSFER_FAILED: 'The network transfer failed. Resubmit to try again, or contact the porting desk.',
  OTHER: 'Read the provider’s message, correct what it names and resubmit, or cancel.',
};

export const viewerTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateTimeZone = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });
const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** An instant in the viewer's time zone: "Nov 16, 2026, 10:00 AM". */
export const formatDateTime = (iso: string | null | undefined, withZone = false) => (iso ? (withZone ? dateTimeZone : dateTime).format(new Date(iso)) : '—');

/** A calendar date (YYYY-MM-DD, a business day of the porting calendar): "Mon, Nov 23, 2026". */
export const formatDay = (day: string | null | undefined) => (day ? dayFormat.format(new Date(`${day}T00:00:00Z`)) : '—');

/** +14155551234 → +1 415 555 1234 (North American numbers); others as given. */
export function formatNumber(e164: string): string {
  const m = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  return m ? `+1 ${m[1]} ${m[2]} ${m[3]}` : e164;
}

/** Who made a move, as the viewer calls them (the customer is "You" on their own pages). */
export const actorLabel = (actor: string, viewer: 'customer' | 'desk' = 'customer') =>
  actor === 'carrier' ? 'Current provider' : actor.startsWith('desk:') ? 'Porting desk' : actor.startsWith('customer:') ? (viewer === 'desk' ? 'Customer' : 'You') : actor;
