/**
 * `buildApp(config)`: the one way the HTTP application is assembled, used by the server and by every
 * test, so tests run the real settings (limits, parsers, validators, error handling).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import Fastify, { LogController, type FastifyInstance, type FastifyRequest } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import pino, { type DestinationStream, type Logger } from 'pino';
import { ConfigError, type Config } from '../config.ts';
import { createBusinessCalendar } from '../domain/calendar.ts';
import { ServiceError } from '../domain/errors.ts';
import { createDatabase, type Database } from '../store/database.ts';
import { migrateToLatest } from '../store/migrate.ts';
import { createPinCipher } from '../store/pin-cipher.ts';
import { resolveSecretKey } from '../store/secret-key.ts';
import { createManualGateway } from '../carrier/manual.ts';
import { loadRecords } from '../carrier/records.ts';
import { createSimulator } from '../carrier/simulator.ts';
import { claimSetting, getSetting, putSetting } from '../store/settings.ts';
import { nextAnchor, scaledClock, systemClock, type Clock, type ClockAnchor } from '../workflow/clock.ts';
import { DeskService } from '../workflow/desk-service.ts';
import { Lifecycle } from '../workflow/lifecycle.ts';
import { PortService } from '../workflow/port-service.ts';
import { Worker } from '../workflow/worker.ts';
import { adminRoutes } from './routes/admin.ts';
import { createAuthenticator } from './auth.ts';
import { errorBody, registerErrorHandling, sendError, toServiceError, type RouteTable } from './errors.ts';
import { portRoutes } from './routes/ports.ts';
import { validatorCompiler } from './validator.ts';
import { ErrorResponse } from './schemas/common.ts';
import { DeskPortSchema, PortSchema } from './schemas/port.ts';

export const BODY_LIMIT = 64 * 1024;

export interface AppOptions {
  config: Config;
  /** Defaults to the system clock. */
  clock?: Clock;
  /** An already open database (tests share one between apps); otherwise opened and closed by the app. */
  database?: Database;
  /** Where logs go (tests capture them); defaults to stdout. */
  logStream?: DestinationStream;
}

export interface AppContext {
  config: Config;
  database: Database;
  clock: Clock;
  ports: PortService;
  desk: DeskService;
  lifecycle: Lifecycle;
  worker: Worker;
}

/** TIME_SCALE > 1: one sped-up calendar, anchored in the database so restarts and instances share it. */
async function serviceClock(config: Config, database: Database): Promise<Clock> {
  if (config.timeScale === 1) return systemClock;
  // Instances starting together must agree: the first anchor written wins, the others read it.
  await claimSetting(database.db, 'clock_anchor', JSON.stringify(nextAnchor(undefined, config.timeScale, Date.now())));
  const stored = JSON.parse((await getSetting(database.db, 'clock_anchor'))!) as ClockAnchor;
  const anchor = nextAnchor(stored, config.timeScale, Date.now());
  if (anchor !== stored) await putSetting(database.db, 'clock_anchor', JSON.stringify(anchor));
  return scaledClock(anchor, anchor.scale);
}

/** A missing or malformed records file is a configuration error naming CARRIER_RECORDS. */
function recordsFrom(path: string) {
  try {
    return loadRecords(path);
  } catch (err) {
    throw new ConfigError('CARRIER_RECORDS', `cannot be used: ${(err as Error).message}`);
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
}

/** Secrets never reach the logs, whatever gets logged. */
const REDACT = [
  'req.headers["x-auth-token"]',
  'req.headers.authorization',
  'account_pin',
  '*.account_pin',
  '*.*.account_pin',
  'api_key',
  '*.api_key',
];

export function createLogger(config: Config, stream?: DestinationStream): Logger {
  return pino({ level: config.logLevel, redact: { paths: REDACT, censor: '[redacted]' } }, stream ?? pino.destination(1));
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** 405 needs to know which methods exist at a path; Fastify only knows whether the pair exists. */
function routeTable(): RouteTable & { add(method: string | string[], url: string): void } {
  const entries: { pattern: RegExp; methods: Set<string> }[] = [];
  return {
    add(method, url) {
      const source = '^' + url.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z_]\w*/g, '[^/]+').replace(/\*/g, '.*') + '/?$';
      let entry = entries.find((e) => e.pattern.source === source);
      if (!entry) entries.push((entry = { pattern: new RegExp(source), methods: new Set() }));
      for (const m of Array.isArray(method) ? method : [method]) entry.methods.add(m.toUpperCase());
    },
    methodsFor(path) {
      const methods = new Set<string>();
      for (const e of entries) if (e.pattern.test(path)) e.methods.forEach((m) => methods.add(m));
      return [...methods].sort();
    },
  };
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const logger = createLogger(config, options.logStream);
  const ownsDatabase = !options.database;
  const database = options.database ?? createDatabase(config.database);
  if (ownsDatabase) await migrateToLatest(database);
  const clock = options.clock ?? (await serviceClock(config, database));
  const gateway =
    config.carrierMode === 'manual' ? createManualGateway() : createSimulator(config.carrierRecords ? recordsFrom(config.carrierRecords) : undefined);

  const secretKey = resolveSecretKey(config);
  const calendar = createBusinessCalendar(config.calendarTimeZone);
  const pins = createPinCipher(secretKey);
  const lifecycle = new Lifecycle({ database, clock, calendar, gateway, providerName: config.providerName });
  const ports = new PortService({ database, clock, calendar, pins, secretKey, supportedRegions: config.supportedRegions, lifecycle, automatic: gateway.automatic });
  const desk = new DeskService({ database, lifecycle, calendar, clock });
  const auth = createAuthenticator(database, config.authCacheTtlMs);
  const routes = routeTable();
  let closing = false;

  const app = Fastify({
    loggerInstance: logger,
    logController: new LogController({ disableRequestLogging: true }), // one line per request, in onResponse
    bodyLimit: BODY_LIMIT,
    return503OnClosing: false,
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // Malformed URLs and the like: same envelope as everything else.
    frameworkErrors: (error, request, reply) => {
      reply.header('x-request-id', request.id);
      return sendError(reply, toServiceError(error));
    },
    ...(config.tls ? { https: { cert: readFileSync(config.tls.cert), key: readFileSync(config.tls.key) } } : {}),
  }) as unknown as FastifyInstance;

  // Requests too broken for HTTP parsing never reach a route; answer them in the envelope too.
  app.server.removeAllListeners('clientError');
  app.server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || err.code === 'ECONNRESET') return socket.destroy();
    const body = JSON.stringify(errorBody('validation_failed', 'The HTTP request is malformed'));
    socket.end(`HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });

  // Half the pool for the worker's concurrent steps; the rest stays free for requests.
  const concurrency = config.database.kind === 'postgres' ? Math.max(1, Math.floor(config.database.poolSize / 2)) : 1;
  const worker = new Worker({ database, clock, gateway, lifecycle, pins, log: logger, concurrency, ...config.worker });
  app.decorate('ctx', { config, database, clock, ports, desk, lifecycle, worker });
  app.decorateRequest('principal', null);
  app.setValidatorCompiler(validatorCompiler);
  app.removeContentTypeParser('text/plain'); // JSON only: anything else is 415
  app.addSchema(ErrorResponse);
  app.addSchema(PortSchema);
  app.addSchema(DeskPortSchema);
  registerErrorHandling(app, routes);

  app.addHook('onRoute', (route) => routes.add(route.method, route.url));
  // Hooks on every request are callback-style: an async hook costs a promise and a tick per request.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    if (closing) {
      reply.header('connection', 'close');
      return done(new ServiceError('service_unavailable', 'The service is shutting down; retry shortly'));
    }
    done();
  });
  const accessLog = logger.isLevelEnabled('info');
  app.addHook('onResponse', (request, reply, done) => {
    if (accessLog) request.log.info({ method: request.method, url: request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
    done();
  });
  app.addHook('preClose', async () => {
    closing = true;
    await worker.stop(); // finish the current batch
  });
  if (config.worker.enabled) app.addHook('onReady', async () => worker.start());
  if (ownsDatabase) app.addHook('onClose', async () => database.close());

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Number Porting API',
        version: '2.0.0',
        description: 'Port phone numbers in from another carrier. Authenticate with the X-Auth-Token header.',
      },
      components: { securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'X-Auth-Token' } } },
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true, uiConfig: { url: '/v2/openapi.json' } as never });

  app.get('/v2/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(async (api) => {
    api.addHook('onRequest', (request: FastifyRequest, _reply, done) => {
      let principal: ReturnType<typeof auth.check>;
      try {
        principal = auth.check(request);
      } catch (err) {
        return done(err as Error);
      }
      if (principal instanceof Promise) {
        principal.then((p) => {
          request.principal = p;
          done();
        }, done);
      } else {
        request.principal = principal;
        done();
      }
    });
    portRoutes(api, ports);
    await api.register(async (admin) => adminRoutes(admin, desk));
  });

  return app;
}
