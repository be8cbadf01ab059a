/**
 * The service's metrics (contract/operations.md "Health and metrics"): one prom-client Registry per
 * assembled service, never the global one, so two services in one process (tests, the benchmark)
 * count apart. The composition root builds it and hands it to the parts that count: the HTTP layer
 * (request durations), the lifecycle writer (transitions), the delivery worker (attempt outcomes).
 * Gauges that describe the database are read when scraped, one query each.
 *
 * Labels are bounded and never secret: a route pattern (never the raw URL), a method, a status, a
 * port status, an outcome.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { PORT_STATUSES, type PortStatus } from './domain/port-request.ts';

/** What the scrape-time gauges read (the composition root wires them to the store). */
export interface MetricSources {
  /** Ports by status: one grouped count. */
  portsByStatus(): Promise<Partial<Record<string, number>>>;
  /** Seconds (real time) since the oldest due workflow step became due; 0 when none is due. */
  workerLagSeconds(): Promise<number>;
  /** Webhook deliveries waiting (pending). */
  webhookBacklog(): Promise<number>;
}

export const DELIVERY_OUTCOMES = ['succeeded', 'retried', 'failed'] as const;
export type DeliveryOutcome = (typeof DELIVERY_OUTCOMES)[number];

/** The route label of a request that matched no route (404, 405, malformed). */
export const UNMATCHED_ROUTE = 'unmatched';

export class Metrics {
  readonly registry = new Registry();
  readonly httpDuration: Histogram<'route' | 'method' | 'status'>;
  private readonly transitions: Counter<'to'>;
  private readonly deliveries: Counter<'outcome'>;

  constructor(sources: MetricSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.httpDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by route pattern, method and status',
      labelNames: ['route', 'method', 'status'] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.transitions = new Counter({
      name: 'porting_transitions_total',
      help: 'Port status moves written (carrier, customer and desk), by target status',
      labelNames: ['to'] as const,
      registers,
    });
    this.deliveries = new Counter({
      name: 'porting_webhook_deliveries_total',
      help: 'Webhook delivery attempts, by outcome: succeeded, retried (failed, another attempt scheduled) or failed (no more attempts)',
      labelNames: ['outcome'] as const,
      registers,
    });
    // Every series exists from the start, so rates work from the first scrape.
    for (const to of PORT_STATUSES) this.transitions.inc({ to }, 0);
    for (const outcome of DELIVERY_OUTCOMES) this.deliveries.inc({ outcome }, 0);

    new Gauge({
      name: 'porting_ports',
      help: 'Ports by status',
      labelNames: ['status'] as const,
      registers,
      async collect() {
        const counts = await sources.portsByStatus();
        for (const status of PORT_STATUSES) this.set({ status }, counts[status] ?? 0);
      },
    });
    new Gauge({
      name: 'porting_worker_lag_seconds',
      help: 'How long the oldest due workflow step has been waiting (real seconds; 0 when none is due)',
      registers,
      async collect() {
        this.set(await sources.workerLagSeconds());
      },
    });
    new Gauge({
      name: 'porting_webhook_backlog',
      help: 'Webhook deliveries waiting for an attempt (pending)',
      registers,
      async collect() {
        this.set(await sources.webhookBacklog());
      },
    });
  }

  /** A status move was written (counted after its transaction committed). */
  transition(to: PortStatus): void {
    this.transitions.inc({ to });
  }

  /** A webhook delivery attempt was recorded. */
  delivery(outcome: DeliveryOutcome): void {
    this.deliveries.inc({ outcome });
  }

  /** The Prometheus text exposition, with the gauges read now. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
