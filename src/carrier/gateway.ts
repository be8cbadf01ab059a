/**
 * The losing carrier, as the workflow sees it. The workflow decides what happens to a port from the
 * outcome; the gateway only answers. Implementations: the built-in simulator and `manual`, where the
 * porting desk moves ports and the workflow schedules nothing.
 */
import type { Address } from '../domain/port-request.ts';
import type { RejectionCode } from '../domain/rejection.ts';

/** What the losing carrier is asked about: the port's details, PIN decrypted for this call only. */
export interface CarrierRequest {
  portId: string;
  number: string;
  accountNumber: string;
  accountPin: string | null;
  endUserName: string;
  endUserAddress: Address;
  /** 0 on the first review, 1 after the carrier asked for more time, … */
  attempt: number;
}

export type ReviewOutcome =
  | { kind: 'approve' }
  | { kind: 'reject'; code: RejectionCode }
  | { kind: 'delay'; businessDays: number };

export type TransferOutcome = { kind: 'complete' } | { kind: 'fail'; code: RejectionCode };

export interface CarrierGateway {
  readonly mode: 'simulator' | 'manual';
  /** False in manual mode: no timers are scheduled and nothing moves on its own. */
  readonly automatic: boolean;
  review(request: CarrierRequest): Promise<ReviewOutcome>;
  transfer(request: CarrierRequest): Promise<TransferOutcome>;
}
