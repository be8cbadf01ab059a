/**
 * The delivery worker: claims due webhook deliveries with a lease (like timers: a killed instance's
 * deliveries are taken over when the lease runs out), signs and sends each through the sender, and
 * records the attempt, the delivery's next step and the endpoint's state in one transaction while
 * still holding the claim. At least once: an attempt cut by a crash is made again.
 *
 * A slow or dead receiver only delays its own deliveries: at most `perEndpoint` attempts are in
 * flight per endpoint (an endpoint at its limit is left out of the next claims), at most
 * `maxInFlight` in all, and sends are not awaited by the loop that claims.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { decideAttempt, DISABLE_AFTER_FAILING_MS, signatureHeader } from '../domain/webhooks.ts';
import type { Database } from '../store/database.ts';
import type { Secrets } from '../store/secrets.ts';
import { disableEndpoint, loadDeliveryWork, markEndpointAfterAttempt, openSecrets, recordAttempt, type ClaimedDelivery } from '../store/webhooks.ts';
import { VERSION } from '../version.ts';
import type { WebhookSender } from '../webhooks/transport.ts';
import { systemClock, type Clock } from './clock.ts';

export interface DeliveryWorkerDeps {
  database: Database;
  /** The service calendar (possibly sped up): the retry schedule runs on it. */
  clock: Clock;
  /** Real time: leases, the per-attempt timeout and the signature's timestamp. */
  realClock?: Clock;
  sender: WebhookSender;
  secrets: Secrets;
  log: Logger;
  timeoutMs: number;
  batchSize: number;
  pollMs: number;
  leaseMs: number;
  maxInFlight: number;
  perEndpoint: number;
  /** The retry jitter's randomness (tests pin it). */
  random?: () => number;
}

export const USER_AGENT = `porting-webhooks/${VERSION}`;

export class DeliveryWorker {
  readonly id = `${hostname()}:${process.pid}:dlv:${randomBytes(4).toString('hex')}`;
  private readonly inFlight = new Map<string, number>();
  private total = 0;
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private readonly pending = new Set<Promise<void>>();
  /** Attempts made since start, by outcome (benchmark, metrics). */
  readonly outcomes = { succeeded: 0, failed: 0, retried: 0 };

  constructor(private readonly deps: DeliveryWorkerDeps) {}

  private realNow(): number {
    return (this.deps.realClock ?? systemClock).now().getTime();
  }

  private async claim(limit: number): Promise<ClaimedDelivery[]> {
    const real = this.realNow();
    const saturated = [...this.inFlight].filter(([, n]) => n >= this.deps.perEndpoint).map(([id]) => id);
    return this.deps.database.claimDueDeliveries({
      now: this.deps.clock.now().toISOString(),
      realNow: new Date(real).toISOString(),
      // Long enough for the attempt itself, whatever the lease setting.
      leaseUntil: new Date(real + Math.max(this.deps.leaseMs, 2 * this.deps.timeoutMs)).toISOString(),
      workerId: this.id,
      limit,
      saturated,
    });
  }

  /** Starts the attempts of claimed deliveries (counted in flight until each is recorded). */
  private launch(claimed: ClaimedDelivery[]): Promise<void>[] {
    return claimed.map((c) => {
      this.inFlight.set(c.endpoint_id, (this.inFlight.get(c.endpoint_id) ?? 0) + 1);
      this.total++;
      const p = this.attempt(c)
        .catch((err) => this.deps.log.error({ err, delivery_id: c.id }, 'webhook delivery failed to record; retried after the lease'))
        .finally(() => {
          const n = (this.inFlight.get(c.endpoint_id) ?? 1) - 1;
          if (n <= 0) this.inFlight.delete(c.endpoint_id);
          else this.inFlight.set(c.endpoint_id, n);
          this.total--;
          this.pending.delete(p);
          this.wake?.();
        });
      this.pending.add(p);
      return p;
    });
  }

  /** Claims one batch and makes its attempts, waiting for all of them (tests, the benchmark). */
  async tick(): Promise<number> {
    const claimed = await this.claim(Math.min(this.deps.batchSize, this.deps.maxInFlight));
    await Promise.all(this.launch(claimed));
    return claimed.length;
  }

  private async attempt(c: ClaimedDelivery): Promise<void> {
    const { database, secrets, sender } = this.deps;
    const work = await loadDeliveryWork(database.db, c);
    if (!work) return; // the endpoint was deleted, and its deliveries with it
    const now = this.deps.clock.now();
    const timestamp = Math.floor(this.realNow() / 1000);
    const result = await sender.send({
      url: work.endpoint.url,
      body: work.body,
      timeoutMs: this.deps.timeoutMs,
      headers: {
        'content-type': 'application/json',
        'user-agent': USER_AGENT,
        'webhook-id': c.event_id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signatureHeader(openSecrets(work.endpoint, secrets, now.toISOString()), c.event_id, timestamp, work.body),
      },
    });
    const n = c.attempts + 1;
    const decision = decideAttempt(result, n, (this.deps.random ?? Math.random)(), this.realNow());
    const at = this.deps.clock.now();
    const atIso = at.toISOString();
    const status = decision.kind === 'retry' ? 'pending' : decision.kind === 'succeeded' ? 'succeeded' : 'failed';
    await database.db.transaction().execute(async (trx) => {
      const recorded = await recordAttempt(trx, {
        deliveryId: c.id,
        workerId: this.id,
        n,
        at: atIso,
        responseStatus: 'status' in result ? result.status : null,
        durationMs: result.durationMs,
        error: 'error' in result ? result.error : null,
        status,
        nextAttemptAt: decision.kind === 'retry' ? new Date(at.getTime() + decision.delayMs).toISOString() : null,
      });
      if (!recorded) return; // the claim was lost (lease ran out): the new holder records its own attempt
      if (decision.kind === 'succeeded') {
        await markEndpointAfterAttempt(trx, c.endpoint_id, true, atIso);
      } else if (decision.kind === 'gone') {
        await disableEndpoint(trx, c.endpoint_id, 'The receiver answered 410 Gone', atIso);
      } else {
        const since = await markEndpointAfterAttempt(trx, c.endpoint_id, false, atIso);
        if (since && at.getTime() - Date.parse(since) >= DISABLE_AFTER_FAILING_MS) {
          await disableEndpoint(trx, c.endpoint_id, 'Every delivery to it failed for 72 hours', atIso);
        }
      }
    });
    if (decision.kind === 'succeeded') this.outcomes.succeeded++;
    else if (decision.kind === 'retry') this.outcomes.retried++;
    else this.outcomes.failed++;
  }

  /** Runs until stopped: claims as much as it has room for, then waits for room or the next poll. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        let claimed = 0;
        const room = this.deps.maxInFlight - this.total;
        if (room > 0) {
          try {
            const batch = await this.claim(Math.min(room, this.deps.batchSize));
            claimed = batch.length;
            this.launch(batch);
          } catch (err) {
            this.deps.log.error({ err }, 'webhook worker could not claim deliveries');
          }
        }
        if ((claimed === 0 || this.total >= this.deps.maxInFlight) && this.running) {
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

  /** Stops claiming and waits for the attempts in flight to be recorded. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.loop = null;
    await Promise.allSettled([...this.pending]);
  }
}
