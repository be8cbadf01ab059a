/**
 * The lifecycle of a port, as decisions: what a submission writes, what each move, correction and
 * carrier answer does to a port, which step it waits for next, and the messages a customer reads.
 * Pure: `src/workflow/lifecycle.ts` applies these with the store and the carrier gateway.
 */
import { completionForFocDate, estimateFocDate, TIMELINE, type BusinessCalendar } from './calendar.ts';
import type { LosingCarrier } from './carrier-directory.ts';
import type { ReviewOutcome, TransferOutcome } from './carrier.ts';
import { confirmedFocDate } from './foc-dates.ts';
import type { AccountDetails, Address, CarrierStatus, Port, PortStatus, Rejection } from './port-request.ts';
import { rejectionMessage, type RejectionCode } from './rejection.ts';
import { carrierStatusFor, invalidTransition } from './transitions.ts';
import type { PhoneNumberInfo } from './validation.ts';

export type Step = 'review' | 'transfer_start' | 'transfer_finish';

/** Each waiting status has one step; a timer whose step does not match the port's status is stale. */
export const STEP_OF: Readonly<Partial<Record<PortStatus, Step>>> = {
  pending: 'review',
  authorized: 'transfer_start',
  in_progress: 'transfer_finish',
};

/** The simulated transfer takes 4 of the 6 hours the timeline allows. */
export const SIMULATED_TRANSFER_HOURS = 4;
const HOUR = 3_600_000;

export interface TimerDecision {
  step: Step;
  due: Date;
  attempt: number;
}

/** When the step after entering `status` falls due (used when the carrier is automatic). */
export function nextStep(status: PortStatus, at: Date, cal: BusinessCalendar, focDate: string | null): TimerDecision | null {
  switch (status) {
    case 'pending':
      return { step: 'review', due: cal.addBusinessDays(at, TIMELINE.reviewBusinessDays), attempt: 0 };
    case 'authorized': {
      // The transfer starts when the FOC date starts (at once if the desk set a date already begun).
      const start = cal.startOfLocalDate(focDate ?? cal.localDate(at));
      return { step: 'transfer_start', due: start > at ? start : at, attempt: 0 };
    }
    case 'in_progress':
      return { step: 'transfer_finish', due: new Date(at.getTime() + SIMULATED_TRANSFER_HOURS * HOUR), attempt: 0 };
    default:
      return null;
  }
}

const day = (iso: string) => iso.slice(0, 10);

// ---- Submission -------------------------------------------------------------------------------

export interface SubmissionFacts {
  id: string;
  accountId: string;
  at: Date;
  number: PhoneNumberInfo;
  /** Already checked E.164. */
  billingPhone: string;
  details: Omit<AccountDetails, 'account_pin' | 'billing_phone'> & { customer_reference: string | null };
  losingCarrier: LosingCarrier;
  /** The FOC date asked for (already checked against the window), or null for the earliest. */
  requestedFocDate: string | null;
  /** When the port is a number of an order. */
  order: { orderId: string; subOrderId: string } | null;
  /** Whether ports move on their own (the simulator): then the review is scheduled. */
  automatic: boolean;
}

/** When a port submitted (or resubmitted) at `at` is expected to complete: on the FOC date it will get. */
const expectedCompletion = (at: Date, requested: string | null, cal: BusinessCalendar): string =>
  completionForFocDate(cal, confirmedFocDate(requested, estimateFocDate(cal, at))).toISOString();

export interface SubmissionDecision {
  port: Port;
  /** The history entry's message (also the port's first message). */
  message: string;
  timer: TimerDecision | null;
}

/** What a submission writes: the new port in `pending`, its first message and its first step. */
export function decideSubmission(f: SubmissionFacts, cal: BusinessCalendar): SubmissionDecision {
  const at = f.at.toISOString();
  const estimated = expectedCompletion(f.at, f.requestedFocDate, cal);
  const message = `Port request received; the current provider is reviewing it. Estimated completion: ${day(estimated)}.`;
  const port: Port = {
    id: f.id,
    account_id: f.accountId,
    number: f.number.e164,
    status: 'pending',
    carrier_status: carrierStatusFor('pending'),
    carrier_name: f.details.carrier_name,
    account_number: f.details.account_number,
    billing_phone: f.billingPhone,
    end_user_name: f.details.end_user_name,
    end_user_address: f.details.end_user_address,
    customer_reference: f.details.customer_reference,
    number_type: f.number.numberType,
    region: f.number.region,
    created_at: at,
    updated_at: at,
    estimated_completion: estimated,
    foc_date: null,
    completed_at: null,
    failed_at: null,
    cancelled_at: null,
    rejection: null,
    messages: [message],
    reviews: 0,
    losing_carrier: f.losingCarrier,
    requested_foc_date: f.requestedFocDate,
    order_id: f.order?.orderId ?? null,
    sub_order_id: f.order?.subOrderId ?? null,
    action_required: false,
  };
  return { port, message, timer: f.automatic ? nextStep('pending', f.at, cal, null) : null };
}

// ---- Moves ------------------------------------------------------------------------------------

export interface MoveFacts {
  portId: string;
  from: PortStatus;
  to: PortStatus;
  at: Date;
  providerName: string;
  /** authorized: the FOC date (default: the timeline's, counted from now). */
  focDate?: string | undefined;
  /** failed: why. */
  rejectionCode?: RejectionCode | undefined;
  /** failed: the number at fault when the carrier rejected a whole sub-order. */
  rejectedNumber?: string | undefined;
  /** The FOC date the customer asked for: approval confirms the later of it and the earliest. */
  requestedFocDate?: string | null | undefined;
  /** Who moved it, for the default message of a cancellation. */
  by: 'customer' | 'desk' | 'carrier';
  /** A person's words (the desk's message, a cancellation reason) shown to the customer. */
  note?: string | undefined;
}

/** What changes on the port when it moves; lifecycle timestamps not listed stay as they are. */
export interface MoveEffects {
  status: PortStatus;
  carrier_status: CarrierStatus;
  estimated_completion: string | null;
  foc_date?: string | null;
  completed_at?: string;
  failed_at?: string | null;
  cancelled_at?: string;
  rejection?: Rejection | null;
  /** The carrier answered a review (pending → authorized or failed). */
  reviewed: boolean;
  message: string;
}

export function moveEffects(f: MoveFacts, cal: BusinessCalendar): MoveEffects {
  const at = f.at.toISOString();
  const base = { status: f.to, carrier_status: carrierStatusFor(f.to, f.from), reviewed: f.from === 'pending' && (f.to === 'authorized' || f.to === 'failed') };
  const withNote = (text: string) => (f.note ? `${text} ${f.note}` : text);
  switch (f.to) {
    case 'pending': {
      const estimate = expectedCompletion(f.at, f.requestedFocDate ?? null, cal);
      return {
        ...base,
        estimated_completion: estimate,
        foc_date: null,
        failed_at: null,
        rejection: null,
        message: withNote(`Port resubmitted; the current provider is reviewing it again. Estimated completion: ${day(estimate)}.`),
      };
    }
    case 'authorized': {
      const foc = f.focDate ?? confirmedFocDate(f.requestedFocDate ?? null, cal.localDate(cal.addBusinessDays(f.at, TIMELINE.authorizationBusinessDays)));
      return {
        ...base,
        foc_date: foc,
        estimated_completion: completionForFocDate(cal, foc).toISOString(),
        message: f.note ?? `Carrier approved the port; transfer scheduled for ${foc}.`,
      };
    }
    case 'in_progress': {
      const estimate = new Date(f.at.getTime() + TIMELINE.transferHours * HOUR).toISOString();
      return { ...base, estimated_completion: estimate, message: f.note ?? `Network transfer started; the number moves to ${f.providerName} within ${TIMELINE.transferHours} hours.` };
    }
    case 'completed':
      return { ...base, estimated_completion: null, completed_at: at, message: f.note ?? `Number successfully transferred to ${f.providerName}` };
    case 'failed': {
      const code = f.rejectionCode ?? 'OTHER';
      const text = rejectionMessage(code, f.portId, f.from === 'in_progress', f.rejectedNumber);
      const rejection: Rejection = f.rejectedNumber ? { code, message: text, number: f.rejectedNumber } : { code, message: text };
      return { ...base, estimated_completion: null, failed_at: at, rejection, message: f.note ? `${text} ${f.note}` : text };
    }
    case 'cancelled':
      return {
        ...base,
        estimated_completion: null,
        cancelled_at: at,
        message: withNote(f.by === 'desk' ? 'Port cancelled by the porting desk.' : 'Port cancelled at your request.'),
      };
  }
}

// ---- Corrections (PATCH) ----------------------------------------------------------------------

/** Details a customer may correct while a port is pending or failed (the PIN in clear). */
export type Correction = Partial<Pick<AccountDetails, 'account_number' | 'account_pin' | 'carrier_name' | 'billing_phone' | 'end_user_name'> & { end_user_address: Address }>;

export const CORRECTION_NOTE = 'Port details corrected; the current provider reviews the corrected details.';

export type CorrectionDecision =
  /** A pending port keeps its place in review; its messages gain the note once (a repeat replaces it). */
  | { kind: 'in_place'; changed: string[]; messages: string[]; message: string }
  /** A failed port goes back to pending with the corrected details: a move (see moveEffects). */
  | { kind: 'resubmit'; changed: string[] };

export function decideCorrection(port: Pick<Port, 'status' | 'messages'>, correction: Correction): CorrectionDecision {
  const changed = Object.keys(correction).filter((k) => correction[k as keyof Correction] !== undefined);
  if (port.status === 'failed') return { kind: 'resubmit', changed };
  if (port.status !== 'pending') {
    throw invalidTransition(port.status, 'pending', `Port details can only be corrected while pending or failed; this port is ${port.status}`);
  }
  return { kind: 'in_place', changed, messages: [...port.messages.filter((m) => m !== CORRECTION_NOTE), CORRECTION_NOTE], message: CORRECTION_NOTE };
}

// ---- Carrier answers --------------------------------------------------------------------------

export type CarrierDecision =
  | { kind: 'move'; to: PortStatus; rejectionCode?: RejectionCode; rejectedNumber?: string }
  | { kind: 'delay'; businessDays: number };

/** What the review's answer does: approval authorizes, rejection fails with its code, a delay waits. */
export function decideReview(outcome: ReviewOutcome): CarrierDecision {
  switch (outcome.kind) {
    case 'approve':
      return { kind: 'move', to: 'authorized' };
    case 'reject':
      return outcome.number ? { kind: 'move', to: 'failed', rejectionCode: outcome.code, rejectedNumber: outcome.number } : { kind: 'move', to: 'failed', rejectionCode: outcome.code };
    case 'delay':
      return { kind: 'delay', businessDays: outcome.businessDays };
  }
}

export function decideTransfer(outcome: TransferOutcome): CarrierDecision {
  return outcome.kind === 'complete' ? { kind: 'move', to: 'completed' } : { kind: 'move', to: 'failed', rejectionCode: outcome.code };
}

/** The carrier asked for more time: the review moves, and so does the estimate. */
export function delayEffects(at: Date, businessDays: number, cal: BusinessCalendar): { due: Date; estimated_completion: string; message: string } {
  const due = cal.addBusinessDays(at, businessDays);
  const foc = cal.localDate(cal.addBusinessDays(due, TIMELINE.authorizationBusinessDays));
  const estimated = completionForFocDate(cal, foc).toISOString();
  return {
    due,
    estimated_completion: estimated,
    message: `The current provider needs more time to review the port (${businessDays} more business days). New estimated completion: ${day(estimated)}.`,
  };
}
