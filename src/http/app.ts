/**
 * `buildApp(services)`: the HTTP application over services assembled by the composition root
 * (src/app.ts). One plugin per concern; the same function serves the server and every test, so
 * tests run the real settings (limits, parsers, validators, error handling).
 */
import { randomUUID } from 'node:crypto';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { Services } from '../app.ts';
import { auth } from './plugins/auth.ts';
import { consolePlugin, defaultConsoleRoot } from './plugins/console.ts';
import { core } from './plugins/core.ts';
import { docs } from './plugins/docs.ts';
import { errors } from './plugins/errors.ts';
import { health } from './plugins/health.ts';
import { jsonBody } from './plugins/json-body.ts';
import { metrics } from './plugins/metrics.ts';
import { rateLimit } from './plugins/rate-limit.ts';
import { BODY_LIMIT, sendError, toServiceError } from './errors.ts';
import { deskRoutes } from './routes/desk.ts';
import { deskDocumentRoutes, documentRoutes, uploadRoutes } from './routes/documents.ts';
import { eventRoutes } from './routes/events.ts';
import { orderRoutes } from './routes/orders.ts';
import { webhookRoutes } from './routes/webhooks.ts';
import { portRoutes } from './routes/ports.ts';
import { sessionRoutes } from './routes/session.ts';
import { NoQuery } from './schemas/common.ts';
import { validatorCompiler } from './validator.ts';

export const API_VERSION = '2.0.0';
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export interface AppOptions {
  /** Where the console's build is (web/dist by default; null: not built). */
  consoleRoot?: string | null;
}

export async function buildApp(services: Services, options: AppOptions = {}): Promise<FastifyInstance> {
  const { config } = services;
  const { requestTimeoutMs, keepAliveTimeoutMs, maxConnections } = config.http;
  // Node checks stalled requests on this interval; a tenth of the timeout keeps the cut close to it.
  const connectionsCheckingInterval = Math.max(50, Math.min(1000, Math.floor(requestTimeoutMs / 10)));

  const app = Fastify({
    loggerInstance: services.log,
    logController: new LogController({ disableRequestLogging: true }), // one line per request, in plugins/core.ts
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
    // Slow or idle clients are cut off: headers and body within the request timeout, idle
    // keep-alive connections after a few seconds.
    requestTimeout: requestTimeoutMs,
    keepAliveTimeout: keepAliveTimeoutMs,
    http: { connectionsCheckingInterval, headersTimeout: requestTimeoutMs } as never,
    ...(config.tls ? { https: { cert: config.tls.cert, key: config.tls.key, connectionsCheckingInterval, headersTimeout: requestTimeoutMs } as never } : {}),
  }) as unknown as FastifyInstance;
  app.server.headersTimeout = requestTimeoutMs;
  app.server.maxConnections = maxConnections;

  app.setValidatorCompiler(validatorCompiler);
  // An API route without query parameters says so: one sent anyway is 400, as on the routes that have some.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/v2/')) return;
    const schema = (route.schema ??= {});
    schema.querystring ??= NoQuery;
  });
  await app.register(core, { accessLog: services.log.isLevelEnabled('info') });
  await app.register(errors);
  await app.register(jsonBody);
  await app.register(auth, { database: services.database, cacheTtlMs: config.authCacheTtlMs, sessions: services.sessions });
  await app.register(metrics, { metrics: services.metrics, token: config.metricsToken });
  await app.register(health, { health: services.health });
  await app.register(docs, { version: API_VERSION });

  await app.register(consolePlugin, { root: options.consoleRoot === undefined ? defaultConsoleRoot() : options.consoleRoot, tls: config.tls !== null });
  await app.register(sessionRoutes, { sessions: services.sessions, secureCookie: config.tls !== null });
  await app.register(async (api) => {
    api.addHook('onRequest', api.authenticate);
    if (config.rateLimit) await api.register(rateLimit, { limit: config.rateLimit });
    await api.register(portRoutes, { ports: services.ports });
    await api.register(eventRoutes, { events: services.events });
    await api.register(webhookRoutes, { webhooks: services.webhooks });
    await api.register(orderRoutes, { orders: services.orders });
    await api.register(documentRoutes, { documents: services.documents, comments: services.comments });
    // Uploads: multipart/form-data with a 10 MiB limit, in a scope of their own (the JSON routes keep 64 KiB).
    await api.register(uploadRoutes, { documents: services.documents });
    await api.register(deskRoutes, { desk: services.desk, orders: services.orders });
    await api.register(deskDocumentRoutes, { documents: services.documents, comments: services.comments });
  });

  return app;
}
