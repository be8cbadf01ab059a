/**
 * The one writer of port and order changes. Every change happens here, each as one transaction:
 * the ports' rows (guarded UPDATEs: status still allowed, version unchanged; or INSERTs of new
 * ports), each port's history entry and event (with the event's webhook deliveries), its next timer,
 * the per-account port counts, and for ports of an order the order's counts, its derived status and,
 * when that changes, its `order.status_changed` event. What each change writes is decided in
 * src/domain (lifecycle.ts, orders.ts); this module reads, asks the decision, and writes.
 *
 *   submit         a new port (with its idempotency key)
 *   move           a customer's or the desk's status move (cancel, desk transitions)
 *   correct        PATCH: details corrected in place, or a failed port resubmitted
 *   carrierAnswer  the worker applying the losing carrier's answer to a port or a whole sub-order
 *   moveSubOrder   the desk moving every port of a sub-order at once
 *   createOrder, updateDraft, submitOrder, correctOrder, cancelOrder   port orders
 *   storeDocument, deleteDocument   documents, and the order requirements they meet
 *   addComment     a comment, the flag it raises or clears, and its event when the customer may see it
 *
 * Customer and desk changes are retried when something else changed a port meanwhile; a worker's
 * change instead gives up (the port moved on, and its timer with it).
 */
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { BusinessCalendar } from '../domain/calendar.ts';
import { numberTaken } from '../domain/eligibility.ts';
import { notFound, ServiceError } from '../domain/errors.ts';
import { customerMaySee, flagAfterComment } from '../domain/comments.ts';
import { DELETABLE_ORDER_STATUSES, DELETABLE_PORT_STATUSES, requirementsOf } from '../domain/documents.ts';
import { orderCommentCreated, orderCreated, orderStatusChanged, portCommentCreated, portCreated, portStatusChanged, portUpdated, type NewEvent } from '../domain/events.ts';
import { loaCover, type LoaOrder } from '../domain/loa.ts';
import { decideCorrection, delayEffects, moveEffects, nextStep, type CarrierDecision, type Correction, type MoveFacts, type SubmissionDecision } from '../domain/lifecycle.ts';
import { presentOrder, type OrderView } from '../domain/order-view.ts';
import { deriveOrderStatus, type OrderStatus, type RequirementKind } from '../domain/orders.ts';
import { presentPort } from '../domain/port-view.ts';
import type { Port, PortStatus } from '../domain/port-request.ts';
import type { RejectionCode } from '../domain/rejection.ts';
import { ALLOWED_FROM, invalidTransition } from '../domain/transitions.ts';
import { activePortCount, CountDeltas } from '../store/counts.ts';
import type { Database } from '../store/database.ts';
import { insertComment, setFlag, type NewComment } from '../store/comments.ts';
import { deleteDocumentRows, documentFactsOf, findDocument, insertDocument, type StoredDocument } from '../store/documents.ts';
import { appendEvent, type EventInsert } from '../store/events.ts';
import { findIdempotentResponse, insertKey } from '../store/idempotency.ts';
import { bumpOrderCounts, findOrder, insertOrder, insertSubOrder, portsOfOrder, orderPortsOf, subOrdersOfOrders, updateOrder, type Order, type OrderChanges, type OrderRecord } from '../store/orders.ts';
import { appendHistory, applyGuardedChange, encodeUpdate, findExistingPorts, findPort, insertFullPort, insertFirstEvent, historyColumns, type Db, type HistoryEntry, type PortRecord, type PortUpdate } from '../store/ports.ts';
import type { Secrets } from '../store/secrets.ts';
import { encodeSubmission } from '../store/submissions.ts';
import { cancelTimer, scheduleTimer, settleClaimedTimer, type TimerPlan } from '../store/timers.ts';
import type { Clock } from './clock.ts';
import { newEventId } from './ids.ts';
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
  /** MAX_ACTIVE_PORTS: active ports an account may hold at once. */
  maxActivePorts: number;
  /** ORDER_REQUIREMENTS: documents an order needs before submission (shown in order views). */
  orderRequirements: readonly RequirementKind[];
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
  rejectedNumber?: string | undefined;
}

/** A claimed timer's worker: its change happens only while it still holds the claim on `portId`'s timer. */
export interface Claim {
  workerId: string;
  portId: string;
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

/** A carrier's answer to one claimed step: the ports it answers for, what it decided, under which claim. */
export interface CarrierAnswer {
  records: readonly PortRecord[];
  decision: CarrierDecision;
  attempt: number;
  claim: Claim;
}

/** A port or a claim moved on while a change was being written: the transaction is rolled back. */
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

export const quotaExceeded = (max: number, adding = 1): ServiceError =>
  new ServiceError('quota_exceeded', `Your account may hold at most ${max} active ports at once; ${adding === 1 ? 'this one' : `these ${adding}`} would go beyond it. Wait for ports to complete, or cancel some.`, [
    { field: 'number', message: `at most ${max} active ports (pending, authorized, in_progress) per account` },
  ]);

/** What a new order's draft holds, from the order use cases. */
export interface NewOrder {
  order: Order;
  pin: string | null;
  idempotency: { key: string; requestHash: string } | null;
}

export class Lifecycle {
  constructor(private readonly deps: LifecycleDeps) {}

  // ---- Ports ---------------------------------------------------------------------------------

  /**
   * Writes a new port with its first history entry, event, timer and idempotency key, or nothing.
   * Throws port_exists / already_ported when the number is taken, quota_exceeded when the account
   * holds its maximum of active ports; `idempotency_key_taken` when another request with the same
   * key won the race (the caller replays its answer), or when an expired key was in the way (the
   * caller removes it and submits again).
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
      maxActive: this.deps.maxActivePorts,
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
    // Nothing written: the number is already ported in, or the account is at its quota.
    const taken = await this.takenError(port.number, port.account_id);
    if (taken) throw taken;
    if ((await activePortCount(database.db, port.account_id)) >= this.deps.maxActivePorts) throw quotaExceeded(this.deps.maxActivePorts);
    throw new Error(`submission of ${port.id} refused with nothing in its way`);
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
    return this.retrying(portId, accountId, (record) => this.correctionWrite(record, correction, actor));
  }

  /**
   * The worker applies the carrier's answer to the ports it read (one port, or every port of a
   * sub-order awaiting review), while holding the claim on one of their timers. False when a port
   * (or the claim) moved on meanwhile: nothing was written.
   */
  async carrierAnswer(answer: CarrierAnswer): Promise<boolean> {
    try {
      await this.writePorts(this.answerWrites(answer), answer.claim);
      return true;
    } catch (err) {
      if (this.lostRace(err)) return false;
      throw err;
    }
  }

  /**
   * Several carrier answers, each as carrierAnswer would write it, in one transaction: each answer in
   * a savepoint of its own, so one that lost a race (false) or failed (its error) is rolled back
   * alone and the others commit together. For a single-writer database (SQLite), where a commit's
   * cost is writing every page it touched to the WAL and the answers of one batch touch many of the
   * same pages (the ends of the same indexes, the same counts).
   */
  async carrierAnswers(answers: readonly CarrierAnswer[]): Promise<(boolean | Error)[]> {
    const outcomes: (boolean | Error)[] = [];
    const committed: { writes: readonly PortWrite[]; written: PortRecord[] }[] = [];
    const trx = await this.deps.database.db.startTransaction().execute();
    try {
      for (const a of answers) {
        const sp = await trx.savepoint('answer').execute();
        try {
          const writes = this.answerWrites(a);
          const written = await this.writePortsIn(sp, writes, a.claim);
          await sp.releaseSavepoint('answer').execute();
          committed.push({ writes, written });
          outcomes.push(true);
        } catch (err) {
          await sp.rollbackToSavepoint('answer').execute();
          await sp.releaseSavepoint('answer').execute();
          outcomes.push(this.lostRace(err) ? false : err instanceof Error ? err : new Error(String(err)));
        }
      }
      await trx.commit().execute();
    } catch (err) {
      // Its own error if the rollback fails too (the database may have ended the transaction itself).
      await trx.rollback().execute().catch(() => {});
      throw err;
    }
    for (const c of committed) this.countMoves(c.writes, c.written);
    return outcomes;
  }

  /** Whether a carrier answer's write failed only because something else moved first (nothing written). */
  private lostRace(err: unknown): boolean {
    return err instanceof LostRace || this.deps.database.isTransientConflict(err);
  }

  /** The changes a carrier's answer makes to the ports it answers for. */
  private answerWrites({ records, decision, attempt }: CarrierAnswer): PortWrite[] {
    return records.map((record): PortWrite => {
      if (decision.kind === 'move') {
        return this.moveWrite(record, { to: decision.to, rejectionCode: decision.rejectionCode, rejectedNumber: decision.rejectedNumber, actor: CARRIER_ACTOR, by: 'carrier' });
      }
      // The carrier asked for more time: the review moves back, the customer is told; no transition.
      const now = this.deps.clock.now();
      const d = delayEffects(now, decision.businessDays, this.deps.calendar);
      return {
        record,
        set: { estimated_completion: d.estimated_completion, updated_at: now.toISOString(), messages: [...record.port.messages, d.message] },
        history: null,
        event: (w) => portUpdated(presentPort(w.port), w.port.account_id, w.port.id, ['estimated_completion'], d.message),
        timer: { step: 'review', due_at: d.due.toISOString(), attempt: attempt + 1 },
      };
    });
  }

  /**
   * The desk moves every port of a sub-order that may make the move, in one transaction (how an
   * operator records a carrier's answer to a whole sub-order). invalid_transition when none may.
   */
  async moveSubOrder(subOrderId: string, req: MoveRequest): Promise<Port[]> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const records = await this.subOrderPorts(subOrderId);
      if (records.length === 0) throw notFound('Sub-order');
      const movable = records.filter((r) => ALLOWED_FROM[req.to].includes(r.port.status));
      if (movable.length === 0) throw invalidTransition(records[0]!.port.status, req.to, `No port of this sub-order can move to ${req.to} (they are ${[...new Set(records.map((r) => r.port.status))].join(', ')})`);
      try {
        const written = await this.writePorts(movable.map((r) => this.moveWrite(r, req)));
        return written.map((w) => w.port);
      } catch (err) {
        if (!(err instanceof LostRace)) throw err;
      }
    }
    throw new ServiceError('service_unavailable', 'The sub-order is changing too often to apply this; retry shortly');
  }

  private async subOrderPorts(subOrderId: string): Promise<PortRecord[]> {
    const rows = await this.deps.database.db.selectFrom('ports').select('id').where('sub_order_id', '=', subOrderId).orderBy('created_at').orderBy('id').execute();
    const records: PortRecord[] = [];
    for (const r of rows) {
      const rec = await findPort(this.deps.database.db, r.id);
      if (rec) records.push(rec);
    }
    return records;
  }

  // ---- What a change writes --------------------------------------------------------------------

  /** What a status move writes: the decision's effects, the history entry and the next step. */
  private moveWrite(record: PortRecord, req: MoveRequest, extra: PortUpdate = {}): PortWrite {
    const { port } = record;
    const at = this.deps.clock.now();
    const e = moveEffects(
      {
        portId: port.id,
        from: port.status,
        to: req.to,
        at,
        providerName: this.deps.providerName,
        focDate: req.focDate,
        rejectionCode: req.rejectionCode,
        rejectedNumber: req.rejectedNumber,
        requestedFocDate: port.requested_foc_date,
        by: req.by,
        note: req.note,
      },
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

  /** What a correction writes: in place while pending, a resubmission when failed. */
  private correctionWrite(record: PortRecord, correction: Correction, actor: string): PortWrite {
    const decision = decideCorrection(record.port, correction);
    // A correction answers the desk's request for action, if there was one.
    const fields: PortUpdate = { ...correction, action_required: false };
    if (decision.kind === 'resubmit') return this.moveWrite(record, { to: 'pending', actor, by: 'customer' }, fields);
    const set: PortUpdate = { ...fields, messages: decision.messages, updated_at: this.deps.clock.now().toISOString() };
    const event = (w: PortRecord) => portUpdated(presentPort(w.port), w.port.account_id, w.port.id, decision.changed, decision.message);
    return { record, set, history: null, event, timer: 'keep' };
  }

  // ---- Writing ---------------------------------------------------------------------------------

  /** One transaction for the changes; LostRace (rolled back) when a port or the claim moved on. */
  private async writePorts(writes: readonly PortWrite[], claim?: Claim): Promise<PortRecord[]> {
    const written = await this.deps.database.db.transaction().execute((trx) => this.writePortsIn(trx, writes, claim));
    this.countMoves(writes, written);
    return written;
  }

  /** Counts the status moves among `writes` that were written (after their transaction committed). */
  private countMoves(writes: readonly PortWrite[], written: readonly PortRecord[]): void {
    const moved = new Set(written.map((r) => r.port.id));
    for (const w of writes) if (w.history && moved.has(w.record.port.id)) this.deps.metrics.transition(w.history.to);
  }

  /** The changes of `writes` inside the transaction `trx`: ports, history, events, timers, counts, orders. */
  private async writePortsIn(trx: Db, unordered: readonly PortWrite[], claim?: Claim): Promise<PortRecord[]> {
    // Ports are always locked in the order of their ids, so two writers of overlapping sets of ports
    // (two workers answering one sub-order) wait for each other instead of deadlocking.
    const writes = [...unordered].sort((a, b) => (a.record.port.id < b.record.port.id ? -1 : a.record.port.id > b.record.port.id ? 1 : 0));
    const written: PortRecord[] = [];
    const counts = new CountDeltas();
    const orders = new Map<string, Partial<Record<PortStatus, number>>>();
    for (const w of writes) {
      const { id } = w.record.port;
      const set = encodeUpdate(w.set, id, this.deps.secrets);
      const rec = await applyGuardedChange(trx, { id, fromStatuses: [w.record.port.status], expectVersion: w.record.version, set });
      if (!rec) throw new LostRace();
      written.push(rec);
      const from = w.record.port.status;
      const to = rec.port.status;
      if (from !== to) {
        counts.move(rec.port.account_id, rec.port.losing_carrier?.spid, from, to);
        if (rec.port.order_id) {
          const d = orders.get(rec.port.order_id) ?? {};
          d[from] = (d[from] ?? 0) - 1;
          d[to] = (d[to] ?? 0) + 1;
          orders.set(rec.port.order_id, d);
        }
      }
      const event = eventRow(w.event(rec), rec.port.updated_at);
      if (w.history) await appendHistory(trx, id, w.history, event.id);
      await appendEvent(trx, event);
      if (claim && claim.portId === id) {
        if (w.timer === 'keep') throw new Error('a worker change must say what comes next');
        if (!(await settleClaimedTimer(trx, id, claim.workerId, w.timer))) throw new LostRace();
      } else if (w.timer !== 'keep') {
        if (w.timer) await scheduleTimer(trx, id, w.timer);
        else await cancelTimer(trx, id);
      }
    }
    await counts.apply(trx, this.deps.database.counterShard());
    const at = written[0]?.port.updated_at ?? this.deps.clock.now().toISOString();
    for (const [orderId, deltas] of orders) await this.orderPortsMoved(trx, orderId, deltas, at);
    return written;
  }

  /** An order's ports moved: its counts follow, and its derived status (with an event when it changes). */
  private async orderPortsMoved(trx: Db, orderId: string, deltas: Partial<Record<PortStatus, number>>, at: string): Promise<void> {
    const record = await bumpOrderCounts(trx, orderId, deltas);
    const { order } = record;
    const derived = deriveOrderStatus(order.counts, order.submitted_at !== null);
    if (derived === order.status) return;
    const updated = await updateOrder(trx, orderId, { status: derived, updated_at: at }, this.deps.secrets);
    await this.orderEvent(trx, updated!, (view) => orderStatusChanged(view, order.account_id, order.status, derived), at);
  }

  /** Writes an order event with the order as it now stands (read inside the transaction). */
  private async orderEvent(trx: Db, record: OrderRecord, make: (view: OrderView) => NewEvent, at: string): Promise<void> {
    const [view] = await this.orderViews([record.order], trx);
    await appendEvent(trx, eventRow(make(view!), at));
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
        const [written] = await this.writePorts([change]);
        return written!.port;
      } catch (err) {
        if (err instanceof LostRace) continue;
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

  private unexpected(err: unknown, id: string): Error {
    this.deps.log.error({ err, id }, 'unexpected constraint violation while writing');
    return err instanceof Error ? err : new Error(String(err));
  }

  // ---- Orders ----------------------------------------------------------------------------------

  /** A new draft with its `order.created` event (and its idempotency key), or nothing. */
  async createOrder(n: NewOrder): Promise<SubmitResult> {
    const { database } = this.deps;
    try {
      await database.db.transaction().execute(async (trx) => {
        await insertOrder(trx, n.order, n.pin, this.deps.secrets);
        const record = (await findOrder(trx, n.order.id))!;
        await this.orderEvent(trx, record, (view) => orderCreated(view, n.order.account_id), n.order.created_at);
        if (n.idempotency) {
          await insertKey(trx, {
            account_id: n.order.account_id,
            key: n.idempotency.key,
            request_hash: n.idempotency.requestHash,
            resource_id: n.order.id,
            response_body: JSON.stringify({ order_id: n.order.id }),
            created_at: n.order.created_at,
          });
        }
      });
      return 'inserted';
    } catch (err) {
      if (n.idempotency && database.isUniqueViolation(err) && (await findIdempotentResponse(database.db, n.order.account_id, n.idempotency.key))) return 'idempotency_key_taken';
      throw err;
    }
  }

  /**
   * Changes a draft (any field); undefined when it is no longer the draft that was read. A correction
   * clears the desk's request for action; a signed LOA meets the requirement only while it covers the
   * details as they now are.
   */
  async updateDraft(record: OrderRecord, changes: OrderChanges): Promise<OrderRecord | undefined> {
    return this.deps.database.db.transaction().execute(async (trx) => {
      const updated = await updateOrder(trx, record.order.id, { ...changes, action_required: false }, this.deps.secrets, { expectVersion: record.version, fromStatuses: ['draft'] });
      return updated && this.refreshRequirements(trx, updated, changes.updated_at);
    });
  }

  /**
   * Submits a draft: one port per number, in one transaction (all or none), each in the sub-order of
   * its losing carrier; the order moves to in_progress with its event. Throws port_exists naming the
   * number (field numbers[i]) when one was taken since the draft, quota_exceeded when the ports would
   * take the account beyond its maximum.
   */
  async submitOrder(record: OrderRecord, ports: readonly SubmissionDecision[], pin: string | null, actor: string, subOrders: readonly { id: string; losing_carrier: import('../domain/carrier-directory.ts').LosingCarrier }[]): Promise<OrderRecord> {
    const { database } = this.deps;
    const { order } = record;
    const now = this.deps.clock.now().toISOString();
    try {
      return await database.db.transaction().execute(async (trx) => {
        const submitted = await updateOrder(trx, order.id, { submitted_at: now, updated_at: now }, this.deps.secrets, { expectVersion: record.version, fromStatuses: ['draft'] });
        if (!submitted) throw new ServiceError('invalid_transition', 'This order is no longer a draft', [{ field: 'status', message: 'only a draft is submitted' }]);
        const active = await activePortCount(trx, order.account_id);
        if (active + ports.length > this.deps.maxActivePorts) throw quotaExceeded(this.deps.maxActivePorts, ports.length);
        for (const s of subOrders) await insertSubOrder(trx, { id: s.id, order_id: order.id, losing_carrier: s.losing_carrier, created_at: now }, order.account_id);
        const counts = new CountDeltas();
        for (const d of ports) {
          const { port, message, timer } = d;
          const event = eventRow(portCreated(presentPort(port), port.account_id, port.id), port.created_at);
          const row = encodeSubmission(
            { port, pin, history: { at: port.created_at, from: null, to: 'pending', carrier_status: port.carrier_status, message, actor }, event, timer: null, idempotency: null, maxActive: this.deps.maxActivePorts },
            this.deps.secrets,
          ).row;
          await insertFullPort(trx, row);
          await insertFirstEvent(trx, { ...historyColumns(port.id, { at: port.created_at, from: null, to: 'pending', carrier_status: port.carrier_status, message, actor }, event.id), seq: 1 });
          await appendEvent(trx, event);
          if (timer) await scheduleTimer(trx, port.id, { step: timer.step, due_at: timer.due.toISOString(), attempt: timer.attempt });
          counts.add(port.account_id, 'pending', port.losing_carrier?.spid, 1);
        }
        await counts.apply(trx, database.counterShard());
        await this.orderPortsMoved(trx, order.id, { pending: ports.length }, now);
        return (await findOrder(trx, order.id))!;
      });
    } catch (err) {
      if (!database.isUniqueViolation(err)) throw err;
      // A number was taken since the draft: name it.
      for (const [i, d] of ports.entries()) {
        const taken = await this.takenError(d.port.number, d.port.account_id);
        if (taken) throw new ServiceError(taken.code, `${d.port.number} (numbers[${i}]): ${taken.message}`, [{ field: `numbers[${i}]`, message: taken.message, number: d.port.number }]);
      }
      throw this.unexpected(err, order.id);
    }
  }

  /**
   * An order needing action: its account details corrected, and every failed port corrected and
   * resubmitted with them, in one transaction.
   */
  async correctOrder(orderId: string, accountId: string, correction: Correction, changes: OrderChanges, actor: string): Promise<OrderRecord> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const record = await findOrder(this.deps.database.db, orderId, accountId);
      if (!record) throw notFound('Order');
      if (record.order.status !== 'action_required') throw orderNotCorrectable(record.order.status);
      const failed = (await portsOfOrder(this.deps.database.db, orderId)).filter((p) => p.status === 'failed');
      const records: PortRecord[] = [];
      for (const p of failed) {
        const rec = await findPort(this.deps.database.db, p.id);
        if (rec) records.push(rec);
      }
      try {
        const writes = records.map((r) => this.moveWrite(r, { to: 'pending', actor, by: 'customer' }, { ...correction, action_required: false }));
        const { order, written } = await this.deps.database.db.transaction().execute(async (trx) => {
          const updated = await updateOrder(trx, orderId, { ...changes, action_required: false }, this.deps.secrets, { expectVersion: record.version });
          if (!updated) throw new LostRace();
          await this.refreshRequirements(trx, updated, changes.updated_at);
          const written = await this.writePortsIn(trx, writes);
          return { order: (await findOrder(trx, orderId))!, written };
        });
        this.countMoves(writes, written);
        return order;
      } catch (err) {
        if (err instanceof LostRace) continue;
        if (!this.deps.database.isUniqueViolation(err)) throw err;
        for (const r of records) {
          const taken = await this.takenError(r.port.number, r.port.account_id, r.port.id);
          if (taken) throw taken;
        }
        throw this.unexpected(err, orderId);
      }
    }
    throw new ServiceError('service_unavailable', 'The order is changing too often to apply this; retry shortly');
  }

  /** Cancels a draft, or every port of a submitted order that may still be cancelled, in one transaction. */
  async cancelOrder(orderId: string, accountId: string | undefined, actor: string, by: MoveFacts['by'], note?: string): Promise<OrderRecord> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const record = await findOrder(this.deps.database.db, orderId, accountId);
      if (!record) throw notFound('Order');
      const { order } = record;
      const now = this.deps.clock.now().toISOString();
      try {
        if (order.status === 'draft') {
          return await this.deps.database.db.transaction().execute(async (trx) => {
            const updated = await updateOrder(trx, orderId, { status: 'cancelled', updated_at: now }, this.deps.secrets, { expectVersion: record.version, fromStatuses: ['draft'] });
            if (!updated) throw new LostRace();
            await this.orderEvent(trx, updated, (view) => orderStatusChanged(view, order.account_id, 'draft', 'cancelled'), now);
            return updated;
          });
        }
        const cancellable: PortRecord[] = [];
        for (const p of await portsOfOrder(this.deps.database.db, orderId)) {
          if (!ALLOWED_FROM.cancelled.includes(p.status)) continue;
          const rec = await findPort(this.deps.database.db, p.id);
          if (rec) cancellable.push(rec);
        }
        if (cancellable.length === 0) throw new ServiceError('invalid_transition', `No port of this order can be cancelled any more (the order is ${order.status})`, [{ field: 'status', message: 'ports can be cancelled while pending or authorized', from: order.status, to: 'cancelled' }]);
        await this.writePorts(cancellable.map((r) => this.moveWrite(r, { to: 'cancelled', actor, by, note })));
        return (await findOrder(this.deps.database.db, orderId))!;
      } catch (err) {
        if (!(err instanceof LostRace)) throw err;
      }
    }
    throw new ServiceError('service_unavailable', 'The order is changing too often to apply this; retry shortly');
  }

  // ---- Documents and comments ------------------------------------------------------------------

  /** The order's requirements from its documents, written when they changed; the order as it now stands. */
  private async refreshRequirements(trx: Db, record: OrderRecord, at: string): Promise<OrderRecord> {
    const now = requirementsOf(await documentFactsOf(trx, record.order.id), loaCoverHash(record.order));
    const was = record.order.requirements;
    if (now.loa === was.loa && now.invoice === was.invoice) return record;
    return (await updateOrder(trx, record.order.id, { requirements: now, updated_at: at }, this.deps.secrets))!;
  }

  private async refreshRequirementsOf(trx: Db, orderId: string | null, at: string): Promise<void> {
    if (orderId === null) return;
    const record = await findOrder(trx, orderId);
    if (record) await this.refreshRequirements(trx, record, at);
  }

  /**
   * A document checked and ready (an upload, or the LOA signed here): its row and its bytes, and its
   * order's requirements that follow, in one transaction.
   */
  async storeDocument(doc: StoredDocument, bytes: AsyncIterable<Uint8Array> | Uint8Array): Promise<StoredDocument> {
    return this.deps.database.db.transaction().execute(async (trx) => {
      await insertDocument(trx, doc, bytes);
      await this.refreshRequirementsOf(trx, doc.order_id, doc.created_at);
      return (await findDocument(trx, doc.id))!;
    });
  }

  /**
   * Deletes a document while its order is draft or action_required (a port submitted alone: while it
   * is pending or failed), and its order's requirements follow; invalid_transition otherwise.
   */
  async deleteDocument(doc: StoredDocument): Promise<void> {
    const at = this.deps.clock.now().toISOString();
    await this.deps.database.db.transaction().execute(async (trx) => {
      const port = doc.port_id === null ? undefined : (await findPort(trx, doc.port_id))?.port;
      const orderId = doc.order_id ?? port?.order_id ?? null;
      if (orderId !== null) {
        const order = (await findOrder(trx, orderId))!.order;
        if (!DELETABLE_ORDER_STATUSES.includes(order.status)) throw documentKept(`its order is ${order.status}`, DELETABLE_ORDER_STATUSES);
      } else if (port && !DELETABLE_PORT_STATUSES.includes(port.status)) {
        throw documentKept(`its port is ${port.status}`, DELETABLE_PORT_STATUSES);
      }
      if (!(await deleteDocumentRows(trx, doc.id))) throw notFound('Document');
      await this.refreshRequirementsOf(trx, doc.order_id, at);
    });
  }

  /**
   * A comment on a port or an order, in one transaction with what it does: a public desk comment asking
   * for action flags its port or order, a customer's comment clears the flag, and a comment the
   * customer may see is an event (`port.comment_created`, `order.comment_created`, so also a webhook);
   * an internal one is no event at all.
   */
  async addComment(comment: NewComment): Promise<void> {
    const target: { portId: string } | { orderId: string } = comment.port_id !== null ? { portId: comment.port_id } : { orderId: comment.order_id! };
    await this.deps.database.db.transaction().execute(async (trx) => {
      await insertComment(trx, comment);
      const flag = flagAfterComment({ author: comment.author.kind, visibility: comment.visibility, action_required: comment.action_required });
      if (flag !== 'keep') await setFlag(trx, target, flag === 'raise');
      if (!customerMaySee(comment)) return;
      const view = { id: comment.id, body: comment.body, author: comment.author, visibility: comment.visibility, action_required: comment.action_required, created_at: comment.created_at };
      if ('portId' in target) await appendEvent(trx, eventRow(portCommentCreated(view, comment.account_id, target.portId), comment.created_at));
      else await this.orderEvent(trx, (await findOrder(trx, target.orderId))!, (order) => orderCommentCreated(order, comment.account_id, view), comment.created_at);
    });
  }

  /** An order as its customer sees it. */
  async orderView(record: OrderRecord): Promise<OrderView> {
    return (await this.orderViews([record.order]))[0]!;
  }

  /** Orders as their owners see them, with their ports and sub-orders read in two queries for all (inside a transaction when given one). */
  async orderViews(orders: readonly Order[], db: Db = this.deps.database.db): Promise<OrderView[]> {
    const ids = orders.map((o) => o.id);
    // Side by side: on PostgreSQL two pooled connections, one round trip instead of two.
    const [ports, subOrders] = await Promise.all([orderPortsOf(db, ids), subOrdersOfOrders(db, ids)]);
    return orders.map((order) => presentOrder({ order, ports: ports.get(order.id) ?? [], subOrders: subOrders.get(order.id) ?? [], required: this.deps.orderRequirements }));
  }
}

/** What a signature covers, as stored with a signed LOA: the SHA-256 of the details the letter states. */
export const loaCoverHash = (order: LoaOrder): string => createHash('sha256').update(loaCover(order)).digest('hex');

const documentKept = (why: string, allowed: readonly string[]): ServiceError =>
  new ServiceError('invalid_transition', `This document can no longer be deleted: ${why} (documents are deleted while it is ${allowed.join(' or ')})`, [
    { field: 'status', message: why },
  ]);

export const orderNotCorrectable = (status: OrderStatus): ServiceError =>
  new ServiceError('invalid_transition', `An order can be changed while draft (anything) or action_required (its account details); this one is ${status}`, [
    { field: 'status', message: `${status} orders cannot be changed`, from: status, to: 'in_progress' },
  ]);
