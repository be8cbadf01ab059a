/**
 * The workflow worker: claims due timers from the database, asks the carrier gateway, and applies the
 * outcome through the Lifecycle. Nothing lives only in memory: a killed worker's claims expire after
 * the lease and are taken by the next worker (or by this one after a restart). State moves are
 * exactly-once (guarded by status, version and claim); a carrier call may be repeated after a crash.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { decideReview, decideTransfer, STEP_OF, type CarrierDecision } from '../domain/lifecycle.ts';
import type { CarrierDirectory } from '../carrier/directory.ts';
import type { CarrierGateway, CarrierRequest } from '../carrier/gateway.ts';
import type { Database } from '../store/database.ts';
import { findPort, numberReviewedElsewhere, type PortRecord } from '../store/ports.ts';
import type { PortTimerRow } from '../store/schema.ts';
import type { Secrets } from '../store/secrets.ts';
import { releaseClaim, settleClaimedTimer } from '../store/timers.ts';
import { systemClock, type Clock } from './clock.ts';
import type { CarrierAnswer, Lifecycle } from './lifecycle.ts';

export interface WorkerDeps {
  database: Database;
  /** The service calendar (possibly sped up): decides what is due. */
  clock: Clock;
  /** Real time, for leases. */
  realClock?: Clock;
  gateway: CarrierGateway;
  /** The losing carrier of ports written before each port recorded its own. */
  directory: CarrierDirectory;
  lifecycle: Lifecycle;
  secrets: Secrets;
  batchSize: number;
  /** Steps processed at once within a batch (default: what the database allows). */
  concurrency?: number;
  pollMs: number;
  leaseMs: number;
  log: Logger;
}

/**
 * Answers written in one transaction on a single-writer database (see answerAll). Measured with the
 * workflow bench (30,000 ports, SQLite, this 2-core machine): one transaction per answer drained
 * 1,707–1,741 transitions/s; 16 a transaction 2,110–2,428 (the connection held 4 ms at the median,
 * 10 at p99); 50 a transaction 2,225–2,600 but held 14 ms at the median, while API requests wait.
 */
const ANSWERS_PER_TRANSACTION = 16;

export class Worker {
  readonly id = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  /** Transitions applied since start (for the benchmark and logs). */
  applied = 0;

  constructor(private readonly deps: WorkerDeps) {}

  /** Claims and processes one batch of due timers; returns how many were claimed. */
  async tick(): Promise<number> {
    const real = (this.deps.realClock ?? systemClock).now().getTime();
    const timers = await this.deps.database.claimDueTimers({
      now: this.deps.clock.now().toISOString(),
      realNow: new Date(real).toISOString(),
      leaseUntil: new Date(real + this.deps.leaseMs).toISOString(),
      workerId: this.id,
      limit: this.deps.batchSize,
    });
    // Steps of different ports are independent: with a connection pool (PostgreSQL) several run at
    // once, so round trips and commits overlap. SQLite's single connection runs them one by one and
    // writes the batch's answers in shared transactions (see answerAll).
    const lanes = Math.min(this.deps.concurrency ?? this.deps.database.workerConcurrency, timers.length);
    if (this.deps.database.groupsWorkerAnswers && lanes === 1 && timers.length > 1) {
      await this.answerAll(timers);
      return timers.length;
    }
    let next = 0;
    const lane = async () => {
      while (next < timers.length) {
        const timer = timers[next++]!;
        try {
          await this.process(timer);
        } catch (err) {
          this.stepFailed(err, timer.port_id, timer.step);
        }
      }
    };
    await Promise.all(Array.from({ length: lanes }, lane));
    return timers.length;
  }

  /**
   * The batch one step after another, each asked of the carrier, then the answers written a group at a
   * time, a group in one transaction (Lifecycle.carrierAnswers: a savepoint each, so one lost race or
   * failure is its own).
   * A step whose port an earlier answer of the batch already covers (a sub-order's review answers for
   * all its ports) is not asked again: that answer sets its next step, and the claim is given back.
   */
  private async answerAll(timers: readonly PortTimerRow[]): Promise<void> {
    const { database, lifecycle, log } = this.deps;
    const answers: CarrierAnswer[] = [];
    const covered = new Set<string>();
    const skipped: PortTimerRow[] = [];
    for (const timer of timers) {
      if (covered.has(timer.port_id)) {
        skipped.push(timer);
        continue;
      }
      try {
        const answer = await this.answer(timer);
        if (!answer) continue;
        for (const r of answer.records) covered.add(r.port.id);
        answers.push(answer);
      } catch (err) {
        this.stepFailed(err, timer.port_id, timer.step);
      }
    }
    // A few answers a transaction: it holds the one connection while it writes, and API requests wait.
    for (let i = 0; i < answers.length; i += ANSWERS_PER_TRANSACTION) {
      const group = answers.slice(i, i + ANSWERS_PER_TRANSACTION);
      let outcomes: (boolean | Error)[];
      try {
        outcomes = await lifecycle.carrierAnswers(group);
      } catch (err) {
        // Nothing of the group written: its claims are left, retried by some worker once the lease runs out.
        log.error({ err, steps: group.length }, 'workflow steps failed together; they will retry after the lease');
        continue;
      }
      for (const [j, outcome] of outcomes.entries()) {
        const a = group[j]!;
        if (outcome instanceof Error) this.stepFailed(outcome, a.claim.portId);
        else await this.settle(a, outcome).catch((err: unknown) => this.claimKept(err, a.claim.portId));
      }
    }
    for (const timer of skipped) {
      await releaseClaim(database.db, timer.port_id, this.id).catch((err: unknown) => this.claimKept(err, timer.port_id));
    }
  }

  /** A step that failed is left claimed: retried by some worker once the lease runs out. */
  private stepFailed(err: unknown, portId: string, step?: string): void {
    this.deps.log.error({ err, port_id: portId, ...(step === undefined ? {} : { step }) }, 'workflow step failed; will retry after the lease');
  }

  private claimKept(err: unknown, portId: string): void {
    this.deps.log.error({ err, port_id: portId }, 'could not give a workflow claim back; it is retried after the lease');
  }

  private async process(timer: PortTimerRow): Promise<void> {
    const answer = await this.answer(timer);
    if (answer) await this.settle(answer, await this.deps.lifecycle.carrierAnswer(answer));
  }

  /** After an answer's write: counted when written, its claim given back when something else moved the port first. */
  private async settle(answer: CarrierAnswer, written: boolean): Promise<void> {
    if (written) {
      if (answer.decision.kind === 'move') this.applied += answer.records.length;
    } else {
      await releaseClaim(this.deps.database.db, answer.claim.portId, this.id); // something else moved it: look again next poll
    }
  }

  /** The carrier's answer to a claimed step; null when the step is stale (the port moved on), settled here. */
  private async answer(timer: PortTimerRow): Promise<CarrierAnswer | null> {
    const { database, gateway } = this.deps;
    const record = await findPort(database.db, timer.port_id);
    if (!record || STEP_OF[record.port.status] !== timer.step) {
      await settleClaimedTimer(database.db, timer.port_id, this.id, null); // stale: the port moved on
      return null;
    }
    let decision: CarrierDecision;
    let records: PortRecord[] = [record];
    switch (timer.step) {
      case 'review':
        // A sub-order is one request to one carrier: every port of it awaiting review is asked at once.
        if (record.port.sub_order_id) records = await this.awaitingReview(record);
        decision = decideReview(await gateway.review(await Promise.all(records.map((r) => this.request(r, timer.attempt, true)))));
        break;
      case 'transfer_start':
        decision = { kind: 'move', to: 'in_progress' };
        break;
      case 'transfer_finish':
        decision = decideTransfer(await gateway.transfer(await this.request(record, timer.attempt, false)));
        break;
      default:
        await settleClaimedTimer(database.db, timer.port_id, this.id, null);
        return null;
    }
    return { records, decision, attempt: timer.attempt, claim: { workerId: this.id, portId: timer.port_id } };
  }

  /** The ports of `record`'s sub-order waiting for the carrier's review (itself first). */
  private async awaitingReview(record: PortRecord): Promise<PortRecord[]> {
    const { db } = this.deps.database;
    const others = await db.selectFrom('ports').select('id').where('sub_order_id', '=', record.port.sub_order_id).where('status', '=', 'pending').where('id', '<>', record.port.id).orderBy('created_at').orderBy('id').execute();
    const records = [record];
    for (const o of others) {
      const r = await findPort(db, o.id);
      if (r && r.port.status === 'pending') records.push(r);
    }
    return records;
  }

  private async request(record: PortRecord, attempt: number, review: boolean): Promise<CarrierRequest> {
    const { port } = record;
    return {
      portId: port.id,
      number: port.number,
      accountNumber: port.account_number,
      accountPin: record.sealedPin ? this.deps.secrets.openPin(record.sealedPin, port.id) : null,
      endUserName: port.end_user_name,
      endUserAddress: port.end_user_address,
      attempt,
      firstReview: review && port.reviews === 0 && !(await numberReviewedElsewhere(this.deps.database.db, port.number, port.id)),
      losingCarrier: port.losing_carrier ?? this.deps.directory.of(port.number),
    };
  }

  /** Runs until stopped: a full batch is followed at once by the next, otherwise it waits pollMs. */
  start(): void {
    if (this.running || !this.deps.gateway.automatic) return;
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        let claimed = 0;
        try {
          claimed = await this.tick();
        } catch (err) {
          this.deps.log.error({ err }, 'workflow worker could not claim timers');
        }
        if (claimed < this.deps.batchSize && this.running) {
          await new Promise<void>((resolve) => {
            const t = setTimeout(resolve, this.deps.pollMs);
            this.wake = () => {
              clearTimeout(t);
              resolve();
            };
          });
          this.wake = null;
        }
      }
    })();
  }

  /** Finishes the current batch, then stops. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.loop = null;
  }
}
