/**
 * The built-in losing carrier: deterministic, so anyone can try every path (CONTRACT.md "The
 * simulated carrier"). Numbers +1 NPA 555-01XX pick an outcome by their last four digits; numbers in
 * the customer-records file are checked against their record; everything else is approved.
 * A magic-number rejection (0101–0105) happens at a number's first review only, so the whole
 * reject → correct → complete path can be tried (contract/orders-documents.md). A losing carrier that
 * requires a PIN (Metro Wireless) rejects a port without one. A sub-order is answered as a whole:
 * the first number at fault fails all of them (and is named); otherwise a delay delays all of them.
 */
import { checkAgainstRecord, EMPTY_CARRIER_FILE, type CarrierFile } from '../domain/carrier-records.ts';
import type { RejectionCode } from '../domain/rejection.ts';
import type { CarrierGateway, CarrierRequest, ReviewOutcome, TransferOutcome } from './gateway.ts';

const MAGIC = /^\+1\d{3}555(01\d\d)$/;

export const MAGIC_REJECTIONS: Readonly<Record<string, RejectionCode>> = {
  '0101': 'ACCOUNT_NUMBER_MISMATCH',
  '0102': 'PIN_INVALID',
  '0103': 'NUMBER_INACTIVE',
  '0104': 'ACCOUNT_DISPUTE',
  '0105': 'END_USER_MISMATCH',
};
export const MAGIC_DELAY = '0106';
export const MAGIC_TRANSFER_FAILURE = '0107';
/** How much longer the delaying carrier takes to review. */
export const DELAY_BUSINESS_DAYS = 3;

const magic = (number: string): string | undefined => MAGIC.exec(number)?.[1];

export function createSimulator(file: CarrierFile = EMPTY_CARRIER_FILE): CarrierGateway {
  /** What the carrier says about one number of the request, before it answers the whole. */
  const judge = (req: CarrierRequest): ReviewOutcome => {
    const m = magic(req.number);
    const rejection = m ? MAGIC_REJECTIONS[m] : undefined;
    if (rejection && req.firstReview) return { kind: 'reject', code: rejection, number: req.number };
    if (m === MAGIC_DELAY && req.attempt === 0) return { kind: 'delay', businessDays: DELAY_BUSINESS_DAYS };
    if (req.losingCarrier.pin_required && !req.accountPin) return { kind: 'reject', code: 'PIN_INVALID', number: req.number };
    const record = file.records.get(req.number);
    const code = record ? checkAgainstRecord(record, req) : null;
    return code ? { kind: 'reject', code, number: req.number } : { kind: 'approve' };
  };
  return {
    mode: 'simulator',
    automatic: true,
    async review(requests: readonly CarrierRequest[]): Promise<ReviewOutcome> {
      const answers = requests.map(judge);
      const rejected = answers.find((a) => a.kind === 'reject');
      if (rejected) return requests.length === 1 && rejected.kind === 'reject' ? { kind: 'reject', code: rejected.code } : rejected;
      return answers.find((a) => a.kind === 'delay') ?? { kind: 'approve' };
    },
    async transfer(req: CarrierRequest): Promise<TransferOutcome> {
      return magic(req.number) === MAGIC_TRANSFER_FAILURE ? { kind: 'fail', code: 'TRANSFER_FAILED' } : { kind: 'complete' };
    },
  };
}
