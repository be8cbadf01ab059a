/**
 * The workflow worker: claims due timers from the database, asks the carrier gateway, and applies the
 * outcome through the Lifecycle. Nothing lives only in memory: a killed worker's claims expire after
 * the lease and are taken by the next worker (or by this one after a restart). State moves are
 * exactly-once (guarded by status, version and claim); a carrier call may be repeated after a crash.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { STEP_OF } from '../domain/lifecycle.ts';
import type { PortStatus } from '../domain/port-request.ts';
import type { CarrierGateway, CarrierRequest } from '../carrier/gateway.ts';
import type { Database } from '../store/database.ts';
import type { PinCipher } from '../store/pin-cipher.ts';
import { findPort } from '../store/ports.ts';
import type { PortRow, PortTimerRow } from '../store/schema.ts';
import { claimDueTimers, releaseClaim, settleClaimedTimer } from '../store/timers.ts';
import { systemClock, type Clock } from './clock.ts';
import type { Lifecycle } from './lifecycle.ts';

export interface WorkerDeps {
  database: Database;
  /** The service calendar (possibly sped up): decides what is due. */
  clock: Clock;
  /** Real time, for leases. */
  realClock?: Clock;
  gateway: CarrierGateway;
  lifecycle: Lifecycle;
  pins: PinCipher;
  batchSize: number;
  /** Steps processed at once within a batch (default 1). */
  concurrency?: number;
  pollMs: number;
  leaseMs: number;
  log: FastifyBaseLogger;
}

export const CARRIER_ACTOR = 'carrier';

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
    const timers = await claimDueTimers(this.deps.database.db, this.deps.database.dialect, {
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
    await Promise.all(Array.from({ length: Math.min(this.deps.concurrency ?? 1, timers.length) }, lane));
    return timers.length;
  }

  private async process(timer: PortTimerRow): Promise<void> {
    const { database, gateway, lifecycle } = this.deps;
    const claim = { workerId: this.id };
    const row = await findPort(database.db, timer.port_id);
    if (!row || STEP_OF[row.status as PortStatus] !== timer.step) {
      await settleClaimedTimer(database.db, timer.port_id, this.id, null); // stale: the port moved on
      return;
    }
    const base = { actor: CARRIER_ACTOR, by: 'carrier' as const };
    let moved: PortRow | undefined;
    switch (timer.step) {
      case 'review': {
        const outcome = await gateway.review(this.request(row, timer.attempt));
        if (outcome.kind === 'delay') {
          if (!(await lifecycle.delayReview(row, outcome.businessDays, timer.attempt, claim))) await releaseClaim(database.db, row.id, this.id);
          return;
        }
        moved = await lifecycle.advance(
          row,
          outcome.kind === 'approve' ? { ...base, to: 'authorized' } : { ...base, to: 'failed', rejectionCode: outcome.code },
          claim,
        );
        break;
      }
      case 'transfer_start':
        moved = await lifecycle.advance(row, { ...base, to: 'in_progress' }, claim);
        break;
      case 'transfer_finish': {
        const outcome = await gateway.transfer(this.request(row, timer.attempt));
        moved = await lifecycle.advance(
          row,
          outcome.kind === 'complete' ? { ...base, to: 'completed' } : { ...base, to: 'failed', rejectionCode: outcome.code },
          claim,
        );
        break;
      }
      default:
        await settleClaimedTimer(database.db, row.id, this.id, null);
        return;
    }
    if (moved) this.applied++;
    else await releaseClaim(database.db, row.id, this.id); // someone else moved it: look again next poll
  }

  private request(row: PortRow, attempt: number): CarrierRequest {
    return {
      portId: row.id,
      number: row.number,
      accountNumber: row.account_number,
      accountPin: row.account_pin_enc ? this.deps.pins.decrypt(row.account_pin_enc, row.id) : null,
      endUserName: row.end_user_name,
      endUserAddress: JSON.parse(row.end_user_address),
      attempt,
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
