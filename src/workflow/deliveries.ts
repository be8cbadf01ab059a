/**
 * The delivery worker: claims due webhook deliveries with a lease (like timers: a killed instance's
 * deliveries are taken over when the lease runs out), signs and sends each through the sender, and
 * records the attempt, the delivery's next step and the endpoint's state in one transaction while
 * still holding the claim. At least once: an attempt cut by a crash is made again.
 *
 * A slow or dead receiver only delays its own deliveries: each endpoint with work due gets at most
 * `perEndpoint` lanes, each lane claiming a few of that endpoint's deliveries at a time and making
 * their attempts one after the other; at most `maxInFlight` lanes run in all.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { decideAttempt, DISABLE_AFTER_FAILING_MS, signatureHeader } from '../domain/webhooks.ts';
import type { Database } from '../store/database.ts';
import type { Secrets } from '../store/secrets.ts';
import { disableEndpoint, endpointsWithDueDeliveries, releaseDeliveries, loadEndpoint, loadEventBodies, markEndpointAfterAttempt, openSecrets, recordAttempt, type ClaimedDelivery } from '../store/webhooks.ts';
import type { WebhookEndpointRow } from '../store/schema.ts';
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
  /** Counts each recorded attempt by outcome (src/metrics.ts). */
  metrics: { delivery(outcome: 'succeeded' | 'retried' | 'failed'): void };
  /** The retry jitter's randomness (tests pin it). */
  random?: () => number;
}

export const USER_AGENT = `porting-webhooks/${VERSION}`;

/** Deliveries a lane claims at once (its lease covers all of their attempts). */
const LANE_BATCH = 10;

export class DeliveryWorker {
  readonly id = `${hostname()}:${process.pid}:dlv:${randomBytes(4).toString('hex')}`;
  /** Lanes running per endpoint. */
  private readonly lanes = new Map<string, number>();
  private totalLanes = 0;
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private readonly pending = new Set<Promise<number>>();
  /** Attempts made since start, by outcome (benchmark, metrics). */
  readonly outcomes = { succeeded: 0, failed: 0, retried: 0 };

  constructor(private readonly deps: DeliveryWorkerDeps) {}

  private realNow(): number {
    return (this.deps.realClock ?? systemClock).now().getTime();
  }

  /** Claims up to `limit` of an endpoint's due deliveries, leased long enough for all their attempts. */
  private async claim(endpointId: string, limit: number): Promise<ClaimedDelivery[]> {
    const real = this.realNow();
    return this.deps.database.claimDueDeliveries({
      endpointId,
      now: this.deps.clock.now().toISOString(),
      realNow: new Date(real).toISOString(),
      leaseUntil: new Date(real + Math.max(this.deps.leaseMs, (limit + 1) * this.deps.timeoutMs)).toISOString(),
      workerId: this.id,
      limit,
    });
  }

  /** Endpoints with work due that have room for another lane, the longest waiting first. */
  private async due(): Promise<string[]> {
    const real = this.realNow();
    const ids = await endpointsWithDueDeliveries(this.deps.database.db, {
      now: this.deps.clock.now().toISOString(),
      realNow: new Date(real).toISOString(),
      limit: this.deps.maxInFlight,
    });
    return ids.filter((id) => (this.lanes.get(id) ?? 0) < this.deps.perEndpoint);
  }

  /** A lane: claims a few of the endpoint's deliveries and attempts them in turn, `rounds` times or until none is due. */
  private runLane(endpointId: string, rounds: number): Promise<number> {
    this.lanes.set(endpointId, (this.lanes.get(endpointId) ?? 0) + 1);
    this.totalLanes++;
    const p = (async () => {
      let made = 0;
      for (let round = 0; round < rounds && (this.running || rounds === 1); round++) {
        const batch = await this.claim(endpointId, LANE_BATCH);
        if (batch.length === 0) break;
        // One read of the endpoint and of the batch's events; the attempts then go one after the other.
        const endpoint = await loadEndpoint(this.deps.database.db, endpointId);
        if (!endpoint) break; // deleted, and its deliveries with it
        const bodies = await loadEventBodies(this.deps.database.db, batch.map((c) => c.event_id));
        for (const [i, c] of batch.entries()) {
          const body = bodies.get(c.event_id);
          if (body === undefined) continue;
          let disabled = false;
          try {
            disabled = await this.attempt(c, endpoint, body);
          } catch (err) {
            this.deps.log.error({ err, delivery_id: c.id }, 'webhook delivery failed to record; retried after the lease');
          }
          made++;
          if (disabled) {
            // The endpoint is off: the rest of the batch goes back, for when it is enabled again.
            await releaseDeliveries(this.deps.database.db, endpointId, batch.slice(i + 1).map((d) => d.id), this.id);
            return made;
          }
        }
      }
      return made;
    })().finally(() => {
      const n = (this.lanes.get(endpointId) ?? 1) - 1;
      if (n <= 0) this.lanes.delete(endpointId);
      else this.lanes.set(endpointId, n);
      this.totalLanes--;
      this.pending.delete(p);
      this.wake?.();
    });
    this.pending.add(p);
    return p;
  }

  /** One pass: every endpoint with work due gets its lanes, each attempting one batch; waits for them (tests, the benchmark). */
  async tick(): Promise<number> {
    const lanes: Promise<number>[] = [];
    for (const id of await this.due()) {
      const room = Math.min(this.deps.perEndpoint - (this.lanes.get(id) ?? 0), this.deps.maxInFlight - this.totalLanes - lanes.length);
      for (let i = 0; i < room; i++) lanes.push(this.runLane(id, 1));
    }
    return (await Promise.all(lanes)).reduce((a, b) => a + b, 0);
  }

  /** The signing secrets of an endpoint row, opened once per sealed value. */
  private readonly opened = new Map<string, string>();
  private secretsOf(endpoint: WebhookEndpointRow, now: string): string[] {
    const key = `${endpoint.secret_enc}|${endpoint.previous_secret_enc ?? ''}|${endpoint.previous_secret_until ?? ''}|${now > (endpoint.previous_secret_until ?? '') ? 1 : 0}`;
    let joined = this.opened.get(key);
    if (joined === undefined) {
      joined = openSecrets(endpoint, this.deps.secrets, now).join(' ');
      if (this.opened.size >= 1000) this.opened.clear();
      this.opened.set(key, joined);
    }
    return joined.split(' ');
  }

  /** Makes and records one attempt; true when it disabled the endpoint. */
  private async attempt(c: ClaimedDelivery, endpoint: WebhookEndpointRow, body: string): Promise<boolean> {
    const { database, sender } = this.deps;
    const now = this.deps.clock.now();
    const timestamp = Math.floor(this.realNow() / 1000);
    const result = await sender.send({
      url: endpoint.url,
      body,
      timeoutMs: this.deps.timeoutMs,
      headers: {
        'content-type': 'application/json',
        'user-agent': USER_AGENT,
        'webhook-id': c.event_id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signatureHeader(this.secretsOf(endpoint, now.toISOString()), c.event_id, timestamp, body),
      },
    });
    const n = c.attempts + 1;
    const decision = decideAttempt(result, n, (this.deps.random ?? Math.random)(), this.realNow());
    const at = this.deps.clock.now();
    const atIso = at.toISOString();
    const status = decision.kind === 'retry' ? 'pending' : decision.kind === 'succeeded' ? 'succeeded' : 'failed';
    const disabled = await database.db.transaction().execute(async (trx) => {
      const recorded = await recordAttempt(trx, {
        endpointId: c.endpoint_id,
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
      if (!recorded) return false; // the claim was lost (lease ran out): the new holder records its own attempt
      if (decision.kind === 'succeeded') {
        await markEndpointAfterAttempt(trx, c.endpoint_id, true, atIso);
        return false;
      }
      if (decision.kind === 'gone') {
        await disableEndpoint(trx, c.endpoint_id, 'The receiver answered 410 Gone', atIso);
        return true;
      }
      const since = await markEndpointAfterAttempt(trx, c.endpoint_id, false, atIso);
      if (since && at.getTime() - Date.parse(since) >= DISABLE_AFTER_FAILING_MS) {
        await disableEndpoint(trx, c.endpoint_id, 'Every delivery to it failed for 72 hours', atIso);
        return true;
      }
      return false;
    });
    const outcome = decision.kind === 'succeeded' ? 'succeeded' : decision.kind === 'retry' ? 'retried' : 'failed';
    this.outcomes[outcome]++;
    this.deps.metrics.delivery(outcome);
    return disabled;
  }

  /** Runs until stopped: opens lanes where work is due and there is room, then waits for room or the next poll. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        if (this.totalLanes < this.deps.maxInFlight) {
          try {
            for (const id of await this.due()) {
              while ((this.lanes.get(id) ?? 0) < this.deps.perEndpoint && this.totalLanes < this.deps.maxInFlight) {
                void this.runLane(id, Number.POSITIVE_INFINITY);
              }
            }
          } catch (err) {
            this.deps.log.error({ err }, 'webhook worker could not look for due deliveries');
          }
        }
        if (this.running) {
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

  /** Stops opening lanes and waits for the attempts in hand to be recorded. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.loop = null;
    await Promise.allSettled([...this.pending]);
  }
}
