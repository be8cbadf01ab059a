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
import type { Lifecycle } from './lifecycle.ts';

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
    // once, so round trips and commits overlap; SQLite's single connection runs them one by one.
    let next = 0;
    const lane = async () => {
      while (next < timers.length) {
        const timer = timers[next++]!;
        try {
          await this.process(timer);
        } catch (err) {
          // Left claimed: retried by some worker once the lease runs out.
          this.deps.log.error({ err, port_id: timer.port_id, step: timer.step }, 'workflow step failed; will retry after the lease');
        }
      }
    };
    const lanes = Math.min(this.deps.concurrency ?? this.deps.database.workerConcurrency, timers.length);
    await Promise.all(Array.from({ length: lanes }, lane));
    return timers.length;
  }

  private async process(timer: PortTimerRow): Promise<void> {
    const { database, gateway, lifecycle } = this.deps;
    const record = await findPort(database.db, timer.port_id);
    if (!record || STEP_OF[record.port.status] !== timer.step) {
      await settleClaimedTimer(database.db, timer.port_id, this.id, null); // stale: the port moved on
      return;
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
        return;
    }
    if (await lifecycle.carrierAnswer(records, decision, timer.attempt, { workerId: this.id, portId: timer.port_id })) {
      if (decision.kind === 'move') this.applied += records.length;
    } else {
      await releaseClaim(database.db, timer.port_id, this.id); // something else moved it: look again next poll
    }
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
