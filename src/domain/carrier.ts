/**
 * The losing carrier's answers, as data: what the workflow asks (a review of the port's details, the
 * network transfer) and what it may hear back. Gateways produce these; `lifecycle.ts` decides what
 * each does to a port.
 */
import type { RejectionCode } from './rejection.ts';

export type ReviewOutcome =
  | { kind: 'approve' }
  | { kind: 'reject'; code: RejectionCode }
  | { kind: 'delay'; businessDays: number };

export type TransferOutcome = { kind: 'complete' } | { kind: 'fail'; code: RejectionCode };
