/**
 * Retention (contract/operations.md "Retention"): idempotency keys expire after IDEMPOTENCY_TTL_HOURS
 * and the attempt logs of webhook deliveries that succeeded more than 30 days ago are deleted.
 * Events, ports, their history and the deliveries themselves are kept: they are the audit trail.
 *
 * Pruning runs in the background, in small batches with a pause between them, so that it never holds
 * the database for long (on SQLite, one writer: a request waits at most one short batch). Ages are
 * on the service's calendar, like the timestamps they compare with. Several instances may prune at
 * once: every delete is idempotent.
 */
import type { Logger } from 'pino';
import type { Database } from '../store/database.ts';
import { deleteAttemptsOf, deleteExpiredIdempotencyKeys, succeededDeliveriesBefore, type DeliveryPosition } from '../store/retention.ts';
import { getSetting, putSetting } from '../store/settings.ts';
import type { Clock } from './clock.ts';

export const HOUR_MS = 3_600_000;
/** Attempt logs of succeeded deliveries are kept this long after the delivery succeeded. */
export const ATTEMPT_LOG_TTL_MS = 30 * 24 * HOUR_MS;

/**
 * Where the attempt-log pruning has got to (a position among succeeded deliveries): each pass goes on
 * from there instead of walking every delivery that ever succeeded.
 */
const ATTEMPTS_PRUNED = 'retention_attempts_pruned_through';

export interface RetentionDeps {
  database: Database;
  /** The service calendar (possibly sped up). */
  clock: Clock;
  log: Logger;
  idempotencyTtlMs: number;
  attemptLogTtlMs?: number;
  /** Rows per statement (default 500). */
  batchSize?: number;
  /** Real-time pause between two batches (default 50 ms). */
  pauseMs?: number;
  /** Real time between two passes (default one minute). */
  intervalMs?: number;
}

export interface PruneResult {
  idempotencyKeys: number;
  webhookAttempts: number;
}

export class Retention {
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;

  constructor(private readonly deps: RetentionDeps) {}

  private get batchSize(): number {
    return this.deps.batchSize ?? 500;
  }

  /** One pass over everything due for deletion now; stops early when the service stops. */
  async prune(): Promise<PruneResult> {
    const idempotencyKeys = await this.pruneIdempotencyKeys();
    const webhookAttempts = await this.pruneAttemptLogs();
    return { idempotencyKeys, webhookAttempts };
  }

  private cutoff(ttlMs: number): string {
    return new Date(this.deps.clock.now().getTime() - ttlMs).toISOString();
  }

  private async pruneIdempotencyKeys(): Promise<number> {
    const before = this.cutoff(this.deps.idempotencyTtlMs);
    let total = 0;
    for (;;) {
      const n = await deleteExpiredIdempotencyKeys(this.deps.database.db, before, this.batchSize);
      total += n;
      if (n < this.batchSize || !(await this.pause())) return total;
    }
  }

  private async pruneAttemptLogs(): Promise<number> {
    const { db } = this.deps.database;
    const before = this.cutoff(this.deps.attemptLogTtlMs ?? ATTEMPT_LOG_TTL_MS);
    const saved = await getSetting(db, ATTEMPTS_PRUNED);
    let after = saved === undefined ? null : (JSON.parse(saved) as DeliveryPosition);
    let total = 0;
    for (;;) {
      const batch = await succeededDeliveriesBefore(db, before, after, this.batchSize);
      if (batch.length === 0) return total;
      total += await deleteAttemptsOf(db, batch.map((d) => d.id));
      after = batch[batch.length - 1]!;
      await putSetting(db, ATTEMPTS_PRUNED, JSON.stringify(after));
      if (batch.length < this.batchSize || !(await this.pause())) return total;
    }
  }

  /** Started and now stopping: a pass ends after the batch in hand. (A pass run on its own goes to the end.) */
  private stopping(): boolean {
    return !this.running && this.loop !== null;
  }

  /** Waits between batches; false when the service is stopping. */
  private async pause(): Promise<boolean> {
    if (this.stopping()) return false;
    await this.sleep(this.deps.pauseMs ?? 50);
    return !this.stopping();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        this.wake = null;
        resolve();
      }, ms);
      this.wake = () => {
        clearTimeout(t);
        this.wake = null;
        resolve();
      };
    });
  }

  /** Prunes now and then every interval, until stopped. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        try {
          const r = await this.prune();
          if (r.idempotencyKeys + r.webhookAttempts > 0) this.deps.log.info({ pruned: r }, 'retention: expired rows deleted');
        } catch (err) {
          this.deps.log.error({ err }, 'retention: pruning failed; trying again at the next interval');
        }
        if (this.running) await this.sleep(this.deps.intervalMs ?? 60_000);
      }
    })();
  }

  /** Stops after the batch in hand. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.loop = null;
  }
}
