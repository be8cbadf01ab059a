/**
 * The composition root: configuration in, the service's parts out, built once. The server, the CLI,
 * the tests and the benchmark all assemble the service here; the HTTP layer (src/http/app.ts) only
 * registers routes over the services it is handed.
 */
import pino, { type DestinationStream, type Logger } from 'pino';
import { ConfigError, type Config } from './config.ts';
import { createManualGateway } from './carrier/manual.ts';
import { createSimulator } from './carrier/simulator.ts';
import type { CarrierGateway } from './carrier/gateway.ts';
import { createBusinessCalendar, type BusinessCalendar } from './domain/calendar.ts';
import { createDatabase, type Database } from './store/database.ts';
import { isSchemaCurrent, migrateToLatest } from './store/migrate.ts';
import { resolveSecretKey, secretKeyMatches } from './store/secret-key.ts';
import { createSecrets, type Secrets } from './store/secrets.ts';
import { AccountService } from './workflow/account-service.ts';
import { openServiceClock, systemClock, type Clock } from './workflow/clock.ts';
import { CommentService } from './workflow/comment-service.ts';
import { DocumentService } from './workflow/document-service.ts';
import { DeskService } from './workflow/desk-service.ts';
import { Lifecycle } from './workflow/lifecycle.ts';
import { PortService } from './workflow/port-service.ts';
import { OrderService } from './workflow/order-service.ts';
import { createDirectory } from './carrier/directory.ts';
import { Worker } from './workflow/worker.ts';
import { DeliveryWorker } from './workflow/deliveries.ts';
import { EventService } from './workflow/event-service.ts';
import { WebhookService } from './workflow/webhook-service.ts';
import { SessionService } from './workflow/session-service.ts';
import { createHttpSender, defaultResolver } from './webhooks/http-sender.ts';
import { Metrics } from './metrics.ts';
import { countPortsByStatus, countWebhookBacklog, oldestDueTimer, pingDatabase } from './store/stats.ts';
import { Health } from './workflow/health.ts';
import { HOUR_MS, Retention } from './workflow/retention.ts';
import type { Resolver, WebhookSender } from './webhooks/transport.ts';

export interface ServiceOptions {
  /** A clock to use instead of the service clock (tests move a fake one). */
  clock?: Clock;
  /** An already open, migrated database the caller owns and closes (tests share one between apps). */
  database?: Database;
  /** Where logs go (tests capture them); defaults to stdout. */
  logStream?: DestinationStream;
  /** The CLI reads the service clock without moving its anchor. */
  readOnlyClock?: boolean;
  /** How webhook host names resolve (tests stand in for DNS). */
  resolve?: Resolver;
  /** Real time for leases, timeouts and signatures (tests that move past a lease). */
  realClock?: Clock;
  /** The webhook retry jitter's randomness, in [0, 1) (tests pin it to follow the schedule exactly). */
  random?: () => number;
}

export interface Services {
  config: Config;
  log: Logger;
  database: Database;
  clock: Clock;
  calendar: BusinessCalendar;
  gateway: CarrierGateway;
  secrets: Secrets;
  lifecycle: Lifecycle;
  ports: PortService;
  orders: OrderService;
  /** Documents of orders and ports, and the generated, signed LOA. */
  documents: DocumentService;
  /** Comments between customers and the desk. */
  comments: CommentService;
  desk: DeskService;
  accounts: AccountService;
  events: EventService;
  webhooks: WebhookService;
  /** Console sign-in sessions (real time). */
  sessions: SessionService;
  worker: Worker;
  deliveries: DeliveryWorker;
  /** Background pruning of expired idempotency keys and old webhook attempt logs. */
  retention: Retention;
  sender: WebhookSender;
  /** This service's metrics registry and counters (GET /metrics). */
  metrics: Metrics;
  /** Readiness (GET /health/ready). */
  health: Health;
  /** How far the service clock runs ahead of real time (a database once run with a larger TIME_SCALE). */
  clockAheadMs: number;
  /** Starts the workers (workflow steps, webhook deliveries, retention). */
  startWorkers(): void;
  /** Stops the workers (after the work in hand) and closes the database if the services opened it. */
  close(): Promise<void>;
}

/** Secrets never reach the logs, whatever gets logged. */
const REDACT = [
  'req.headers["x-auth-token"]',
  'req.headers.authorization',
  'req.headers.cookie',
  'account_pin',
  '*.account_pin',
  '*.*.account_pin',
  'api_key',
  '*.api_key',
  'secret',
  '*.secret',
];

export function createLogger(config: Config, stream?: DestinationStream): Logger {
  return pino({ level: config.logLevel, redact: { paths: REDACT, censor: '[redacted]' } }, stream ?? pino.destination(1));
}

export async function createServices(config: Config, options: ServiceOptions = {}): Promise<Services> {
  const log = createLogger(config, options.logStream);
  const ownsDatabase = !options.database;
  const database = options.database ?? createDatabase(config.database);
  try {
    if (ownsDatabase) await migrateToLatest(database);

    const secretKey = resolveSecretKey(config);
    const secrets = createSecrets(secretKey.key);
    if (!(await secretKeyMatches(database, secrets))) {
      throw new ConfigError(
        'SECRET_KEY',
        `does not match the key this database was written with (the key in use comes from ${secretKey.source}); start with the key the database was created with`,
      );
    }

    let clock = options.clock;
    let clockAheadMs = 0;
    if (!clock) {
      const opened = await openServiceClock(database, config.timeScale, { readOnly: options.readOnlyClock ?? false });
      clock = opened.clock;
      clockAheadMs = opened.aheadMs;
    }

    const calendar = createBusinessCalendar(config.calendarTimeZone);
    const gateway = config.carrierMode === 'manual' ? createManualGateway() : createSimulator(config.carrierFile);
    const directory = createDirectory(config.carrierFile.carriers);
    const serviceClock = clock;
    const metrics = new Metrics({
      portsByStatus: () => countPortsByStatus(database.db),
      async workerLagSeconds() {
        const now = serviceClock.now();
        const due = await oldestDueTimer(database.db, now.toISOString());
        // The calendar may run TIME_SCALE times faster than real time: the lag is told in real seconds.
        return due === null ? 0 : Math.max(0, now.getTime() - Date.parse(due)) / 1000 / config.timeScale;
      },
      webhookBacklog: () => countWebhookBacklog(database.db),
    });
    const health = new Health({ ping: () => pingDatabase(database.db), schemaCurrent: () => isSchemaCurrent(database) });
    const lifecycle = new Lifecycle({
      database,
      secrets,
      clock,
      calendar,
      automatic: gateway.automatic,
      providerName: config.providerName,
      log,
      maxActivePorts: config.maxActivePorts,
      orderRequirements: config.orderRequirements,
      metrics,
    });
    const idempotencyTtlMs = config.idempotencyTtlHours * HOUR_MS;
    const ports = new PortService({ database, secrets, clock, calendar, supportedRegions: config.supportedRegions, lifecycle, directory, automatic: gateway.automatic, idempotencyTtlMs });
    const orders = new OrderService({
      database,
      secrets,
      clock,
      calendar,
      supportedRegions: config.supportedRegions,
      directory,
      lifecycle,
      automatic: gateway.automatic,
      orderRequirements: config.orderRequirements,
    });
    const documents = new DocumentService({ database, clock, calendar, lifecycle, providerName: config.providerName, log });
    const comments = new CommentService({ database, clock, lifecycle });
    const desk = new DeskService({ database, lifecycle, calendar, clock, directory });
    const accounts = new AccountService(database, clock);
    const worker = new Worker({ database, clock, gateway, directory, lifecycle, secrets, log, ...config.worker, ...(options.realClock ? { realClock: options.realClock } : {}) });
    const resolve = options.resolve ?? defaultResolver;
    const events = new EventService({ database });
    const webhooks = new WebhookService({ database, secrets, clock, allowPrivate: config.webhooks.allowPrivate, resolve });
    const sender = createHttpSender({ allowPrivate: config.webhooks.allowPrivate, resolve, connectionsPerOrigin: config.webhooks.perEndpoint });
    const deliveries = new DeliveryWorker({
      database,
      clock,
      ...(options.realClock ? { realClock: options.realClock } : {}),
      ...(options.random ? { random: options.random } : {}),
      sender,
      secrets,
      log,
      timeoutMs: config.webhooks.timeoutMs,
      batchSize: config.worker.batchSize,
      pollMs: config.worker.pollMs,
      leaseMs: config.worker.leaseMs,
      maxInFlight: config.webhooks.maxInFlight,
      perEndpoint: config.webhooks.perEndpoint,
      metrics,
    });
    const retention = new Retention({ database, clock, log, idempotencyTtlMs });
    const sessions = new SessionService(database, options.realClock ?? systemClock);

    return {
      config,
      log,
      database,
      clock,
      calendar,
      gateway,
      secrets,
      lifecycle,
      ports,
      orders,
      documents,
      comments,
      desk,
      accounts,
      events,
      webhooks,
      sessions,
      worker,
      deliveries,
      retention,
      sender,
      metrics,
      health,
      clockAheadMs,
      startWorkers() {
        worker.start();
        deliveries.start();
        retention.start();
      },
      async close() {
        await Promise.all([worker.stop(), deliveries.stop(), retention.stop()]);
        await sender.close();
        if (ownsDatabase) await database.close();
      },
    };
  } catch (err) {
    if (ownsDatabase) await database.close();
    throw err;
  }
}
