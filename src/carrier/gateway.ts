/**
 * The losing carrier, as the workflow sees it. The workflow decides what happens to a port from the
 * outcome (src/domain/lifecycle.ts); the gateway only answers. Implementations: the built-in
 * simulator and `manual`, where the porting desk moves ports and the workflow schedules nothing.
 */
import type { LosingCarrier } from '../domain/carrier-directory.ts';
import type { ReviewedDetails } from '../domain/carrier-records.ts';
import type { ReviewOutcome, TransferOutcome } from '../domain/carrier.ts';

export type { ReviewOutcome, TransferOutcome };

/** What the losing carrier is asked about: the port's details, PIN decrypted for this call only. */
export interface CarrierRequest extends ReviewedDetails {
  portId: string;
  number: string;
  /** 0 on the first review, 1 after the carrier asked for more time, … */
  attempt: number;
  /** No carrier has answered a review of this number before (on this port or an earlier one). */
  firstReview: boolean;
  /** Who holds the number (the carrier being asked). */
  losingCarrier: LosingCarrier;
}

export interface CarrierGateway {
  readonly mode: 'simulator' | 'manual';
  /** False in manual mode: no timers are scheduled and nothing moves on its own. */
  readonly automatic: boolean;
  /**
   * One review request: a port alone, or every port of a sub-order (the same losing carrier), which
   * the carrier answers as a whole.
   */
  review(requests: readonly CarrierRequest[]): Promise<ReviewOutcome>;
  transfer(request: CarrierRequest): Promise<TransferOutcome>;
}
