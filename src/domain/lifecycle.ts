/**
 * The lifecycle of a port, as decisions: what a port looks like after each move, and which step it
 * waits for next. Pure: the workflow applies these with the store and the carrier gateway.
 */
import { completionForFocDate, estimateFocDate, TIMELINE, type BusinessCalendar } from './calendar.ts';
import type { CarrierStatus, PortStatus, Rejection } from './port-request.ts';
import { rejectionMessage, type RejectionCode } from './rejection.ts';
import { carrierStatusFor } from './transitions.ts';

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
  message: string;
}

const day = (iso: string) => iso.slice(0, 10);

export function moveEffects(f: MoveFacts, cal: BusinessCalendar): MoveEffects {
  const at = f.at.toISOString();
  const base = { status: f.to, carrier_status: carrierStatusFor(f.to, f.from) };
  const withNote = (text: string) => (f.note ? `${text} ${f.note}` : text);
  switch (f.to) {
    case 'pending': {
      const estimate = completionForFocDate(cal, estimateFocDate(cal, f.at)).toISOString();
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
      const foc = f.focDate ?? cal.localDate(cal.addBusinessDays(f.at, TIMELINE.authorizationBusinessDays));
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
      const text = rejectionMessage(code, f.portId, f.from === 'in_progress');
      return { ...base, estimated_completion: null, failed_at: at, rejection: { code, message: text }, message: f.note ? `${text} ${f.note}` : text };
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
