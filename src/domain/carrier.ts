/**
 * The losing carrier's answers, as data: what the workflow asks (a review of the port's details, the
 * network transfer) and what it may hear back. Gateways produce these; `lifecycle.ts` decides what
 * each does to a port.
 */
import type { RejectionCode } from './rejection.ts';

/** The carrier's answer to a review, of one port or of a whole sub-order. */
export type ReviewOutcome =
  | { kind: 'approve' }
  /** `number`: the number at fault, when the carrier names one (a sub-order fails as a whole). */
  | { kind: 'reject'; code: RejectionCode; number?: string }
  | { kind: 'delay'; businessDays: number };

export type TransferOutcome = { kind: 'complete' } | { kind: 'fail'; code: RejectionCode };
