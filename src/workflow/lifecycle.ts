/**
 * The one writer of port changes. Every change to a port happens here, each as one transaction:
 * the port's row (a guarded UPDATE: status still allowed, version unchanged, or the INSERT of a new
 * port), its history entry, its event with the event's webhook deliveries, and its next timer. What each change writes is decided in
 * src/domain/lifecycle.ts; this module reads the port, asks the decision, and writes it.
 *
 *   submit         a new port (with its idempotency key)
 *   move           a customer's or the desk's status move (cancel, desk transitions)
 *   correct        PATCH: details corrected in place, or a failed port resubmitted
 *   carrierAnswer  the worker applying the losing carrier's answer (a move or a delay)
 *
 * Customer and desk changes are retried when something else changed the port meanwhile; a worker's
 * change instead gives up (the port moved on, and its timer with it).
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { BusinessCalendar } from '../domain/calendar.ts';
import { numberTaken } from '../domain/eligibility.ts';
import { notFound, ServiceError } from '../domain/errors.ts';
import { portCreated, portStatusChanged, portUpdated, type NewEvent } from '../domain/events.ts';
import { decideCorrection, delayEffects, moveEffects, nextStep, type CarrierDecision, type Correction, type MoveFacts, type SubmissionDecision } from '../domain/lifecycle.ts';
import { presentPort } from '../domain/port-view.ts';
import type { Port, PortStatus } from '../domain/port-request.ts';
import type { RejectionCode } from '../domain/rejection.ts';
import { ALLOWED_FROM, invalidTransition } from '../domain/transitions.ts';
import type { Database } from '../store/database.ts';
import { appendEvent, type EventInsert } from '../store/events.ts';
import { findIdempotentResponse } from '../store/idempotency.ts';
import { appendHistory, applyGuardedChange, encodeUpdate, findExistingPorts, findPort, type HistoryEntry, type PortRecord, type PortUpdate } from '../store/ports.ts';
import type { Secrets } from '../store/secrets.ts';
import { encodeSubmission } from '../store/submissions.ts';
import { cancelTimer, scheduleTimer, settleClaimedTimer, type TimerPlan } from '../store/timers.ts';
import type { Clock } from './clock.ts';
import { CARRIER_ACTOR } from './principal.ts';

export interface LifecycleDeps {
  database: Database;
  secrets: Secrets;
  clock: Clock;
  calendar: BusinessCalendar;
  /** Whether ports move on their own (the simulator): then each waiting status gets a timer. */
  automatic: boolean;
  providerName: string;
  log: Logger;
  /** Counts each status move once its transaction has committed (src/metrics.ts). */
  metrics: { transition(to: PortStatus): void };
}

export interface MoveRequest {
  to: PortStatus;
  actor: string;
  by: MoveFacts['by'];
  note?: string | undefined;
  focDate?: string | undefined;
  rejectionCode?: RejectionCode | undefined;
}

/** A claimed timer's worker: its change happens only while it still holds the claim. */
export interface Claim {
  workerId: string;
}

/** One change to one port: what to set, the history entry (a transition), its event, and the timer. */
interface PortWrite {
  /** The port as read; the change applies only if it is still so (status and version). */
  record: PortRecord;
  set: PortUpdate;
  history: HistoryEntry | null;
  /** The event the change is, from the port as written (a transition's event is its history entry). */
  event: (written: PortRecord) => NewEvent;
  /** `keep`: the scheduled step stands; otherwise the next step (null: none). */
  timer: 'keep' | TimerPlan | null;
}

/** The port or the claim moved on while a change was being written. */
class LostRace extends Error {}

const MAX_ATTEMPTS = 5;

export type SubmitResult = 'inserted' | 'idempotency_key_taken';

export interface SubmitRequest {
  decision: SubmissionDecision;
  /** In clear; sealed by the store. */
  pin: string | null;
  actor: string;
  idempotency: { key: string; requestHash: string } | null;
}

/**
 * `evt_` + 16 url-safe characters: 48 bits of the real time in milliseconds, then 48 random bits. Ids
 * made one after the other sort together, so the index on them grows at its end rather than at
 * random places (measured: a fifth cheaper to write).
 */
export function newEventId(): string {
  const b = randomBytes(12);
  b.writeUIntBE(Date.now(), 0, 6);
  return 'evt_' + b.toString('base64url');
}

/** An event's row: the event's own id, the time of the change it records, its data as JSON. */
const eventRow = (e: NewEvent, at: string): EventInsert => ({
  id: newEventId(),
  account_id: e.accountId,
  type: e.type,
  port_id: e.portId,
  order_id: e.orderId,
  created_at: at,
  data: JSON.stringify(e.data),
});

export class Lifecycle {
  constructor(private readonly deps: LifecycleDeps) {}

  /**
   * Writes a new port with its first history entry, timer and idempotency key, or nothing. Throws
   * port_exists / already_ported when the number is taken; `idempotency_key_taken` when another
   * request with the same key won the race (the caller replays its answer), or when an expired key
   * was in the way (the caller removes it and submits again).
   */
  async submit(req: SubmitRequest): Promise<SubmitResult> {
    const { database } = this.deps;
    const { port, message, timer } = req.decision;
    const event = eventRow(portCreated(presentPort(port), port.account_id, port.id), port.created_at);
    const input = {
      port,
      pin: req.pin,
      history: { at: port.created_at, from: null, to: 'pending' as const, carrier_status: port.carrier_status, message, actor: req.actor },
      event,
      timer: timer && { step: timer.step, due_at: timer.due.toISOString(), attempt: timer.attempt },
      idempotency: req.idempotency && { ...req.idempotency, response: port },
    };
    try {
      if (await database.insertSubmission(encodeSubmission(input, this.deps.secrets))) return 'inserted';
    } catch (err) {
      if (!database.isUniqueViolation(err)) throw err;
      // Which guard refused it: a request with the same key committed first (the caller replays its
      // answer), or the number is taken.
      const keyTaken = async () => input.idempotency !== null && (await findIdempotentResponse(database.db, port.account_id, input.idempotency.key)) !== undefined;
      if (await keyTaken()) return 'idempotency_key_taken';
      const taken = await this.takenError(port.number, port.account_id);
      // A port and its key commit together: a port seen now may be the one made with this key.
      if (taken && (await keyTaken())) return 'idempotency_key_taken';
      if (taken) throw taken;
      // Nothing is in the way any more: the key's row was an expired one that a concurrent request
      // removed meanwhile (see PortService.submit). The caller looks again.
      if (input.idempotency) return 'idempotency_key_taken';
      throw this.unexpected(err, port.id);
    }
    // Nothing written: the number is already ported in.
    throw (await this.takenError(port.number, port.account_id)) ?? new Error(`submission of ${port.id} refused with nothing in its way`);
  }

  /**
   * Moves the port (scoped to `accountId` when given) for a customer or the desk. Throws not_found,
   * invalid_transition naming both states, or port_exists when a resubmission meets another active port.
   */
  async move(portId: string, req: MoveRequest, accountId?: string): Promise<Port> {
    return this.retrying(portId, accountId, (record) => {
      const from = record.port.status;
      if (!ALLOWED_FROM[req.to].includes(from)) throw invalidTransition(from, req.to);
      return this.moveWrite(record, req);
    });
  }

  /**
   * PATCH: a pending port is corrected in place (it keeps its place in review; the correction note is
   * replaced, not repeated); a failed port is corrected and resubmitted to pending. Other statuses:
   * invalid_transition.
   */
  async correct(portId: string, correction: Correction, actor: string, accountId: string): Promise<Port> {
    return this.retrying(portId, accountId, (record) => {
      const decision = decideCorrection(record.port, correction);
      const fields: PortUpdate = { ...correction };
      if (decision.kind === 'resubmit') return this.moveWrite(record, { to: 'pending', actor, by: 'customer' }, fields);
      const set: PortUpdate = { ...fields, messages: decision.messages, updated_at: this.deps.clock.now().toISOString() };
      const event = (w: PortRecord) => portUpdated(presentPort(w.port), w.port.account_id, w.port.id, decision.changed, decision.message);
      return { record, set, history: null, event, timer: 'keep' };
    });
  }

  /**
   * The worker applies the carrier's answer to the port it read, while holding the timer's claim.
   * False when the port (or the claim) moved on meanwhile: nothing was written.
   */
  async carrierAnswer(record: PortRecord, decision: CarrierDecision, attempt: number, claim: Claim): Promise<boolean> {
    let change: PortWrite;
    if (decision.kind === 'move') {
      change = this.moveWrite(record, { to: decision.to, rejectionCode: decision.rejectionCode, actor: CARRIER_ACTOR, by: 'carrier' });
    } else {
      // The carrier asked for more time: the review moves back, the customer is told; no transition.
      const now = this.deps.clock.now();
      const d = delayEffects(now, decision.businessDays, this.deps.calendar);
      change = {
        record,
        set: { estimated_completion: d.estimated_completion, updated_at: now.toISOString(), messages: [...record.port.messages, d.message] },
        history: null,
        event: (w) => portUpdated(presentPort(w.port), w.port.account_id, w.port.id, ['estimated_completion'], d.message),
        timer: { step: 'review', due_at: d.due.toISOString(), attempt: attempt + 1 },
      };
    }
    try {
      return (await this.write(change, claim)) !== undefined;
    } catch (err) {
      if (err instanceof LostRace) return false;
      throw err;
    }
  }

  /** What a status move writes: the decision's effects, the history entry and the next step. */
  private moveWrite(record: PortRecord, req: MoveRequest, extra: PortUpdate = {}): PortWrite {
    const { port } = record;
    const at = this.deps.clock.now();
    const e = moveEffects(
      { portId: port.id, from: port.status, to: req.to, at, providerName: this.deps.providerName, focDate: req.focDate, rejectionCode: req.rejectionCode, by: req.by, note: req.note },
      this.deps.calendar,
    );
    const set: PortUpdate = {
      ...extra,
      status: e.status,
      carrier_status: e.carrier_status,
      estimated_completion: e.estimated_completion,
      updated_at: at.toISOString(),
      messages: [...port.messages, e.message],
    };
    if (e.foc_date !== undefined) set.foc_date = e.foc_date;
    if (e.completed_at !== undefined) set.completed_at = e.completed_at;
    if (e.failed_at !== undefined) set.failed_at = e.failed_at;
    if (e.cancelled_at !== undefined) set.cancelled_at = e.cancelled_at;
    if (e.rejection !== undefined) set.rejection = e.rejection;
    if (e.reviewed) set.reviews = port.reviews + 1;
    const next = this.deps.automatic ? nextStep(e.status, at, this.deps.calendar, e.foc_date ?? port.foc_date) : null;
    return {
      record,
      set,
      history: { at: at.toISOString(), from: port.status, to: e.status, carrier_status: e.carrier_status, message: e.message, actor: req.actor },
      event: (w) => portStatusChanged(presentPort(w.port), w.port.account_id, w.port.id, port.status, e.status, e.message),
      timer: next && { step: next.step, due_at: next.due.toISOString(), attempt: next.attempt },
    };
  }

  /** One transaction: the guarded change, its history entry, its event, its timer. Undefined: the port moved on. */
  private async write(w: PortWrite, claim?: Claim): Promise<PortRecord | undefined> {
    const { id } = w.record.port;
    const set = encodeUpdate(w.set, id, this.deps.secrets);
    const written = await this.deps.database.db.transaction().execute(async (trx) => {
      const written = await applyGuardedChange(trx, { id, fromStatuses: [w.record.port.status], expectVersion: w.record.version, set });
      if (!written) {
        if (claim) throw new LostRace();
        return undefined;
      }
      const event = eventRow(w.event(written), written.port.updated_at);
      if (w.history) await appendHistory(trx, id, w.history, event.id);
      await appendEvent(trx, event);
      if (claim) {
        if (w.timer === 'keep') throw new Error('a worker change must say what comes next');
        if (!(await settleClaimedTimer(trx, id, claim.workerId, w.timer))) throw new LostRace();
      } else if (w.timer !== 'keep') {
        if (w.timer) await scheduleTimer(trx, id, w.timer);
        else await cancelTimer(trx, id);
      }
      return written;
    });
    if (written && w.history) this.deps.metrics.transition(w.history.to);
    return written;
  }

  /**
   * The one retry loop: read the port, decide the change, write it if the port is still as read;
   * otherwise read again. A number taken by another port surfaces as port_exists; any other
   * constraint error is logged and surfaces as a 500.
   */
  private async retrying(portId: string, accountId: string | undefined, decide: (record: PortRecord) => PortWrite): Promise<Port> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const record = await findPort(this.deps.database.db, portId, accountId);
      if (!record) throw notFound();
      const change = decide(record);
      try {
        const written = await this.write(change);
        if (written) return written.port;
      } catch (err) {
        if (!this.deps.database.isUniqueViolation(err)) throw err;
        throw (await this.takenError(record.port.number, record.port.account_id, record.port.id)) ?? this.unexpected(err, portId);
      }
    }
    throw new ServiceError('service_unavailable', 'The port is changing too often to apply this; retry shortly');
  }

  /** The one port_exists / already_ported builder, from the ports that hold the number now. */
  private async takenError(number: string, accountId: string, self?: string): Promise<ServiceError | null> {
    return numberTaken(number, await findExistingPorts(this.deps.database.db, number), accountId, self);
  }

  private unexpected(err: unknown, portId: string): Error {
    this.deps.log.error({ err, port_id: portId }, 'unexpected constraint violation while writing a port');
    return err instanceof Error ? err : new Error(String(err));
  }
}
