/**
 * What every response gets: its request id, the security headers, and an access-log line; the 404
 * of a path with an empty segment; and the 503 answer while the server shuts down. Hooks are callback-style: an async hook costs a promise and
 * a tick per request.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ServiceError } from '../../domain/errors.ts';

export const core = fp(
  async (app: FastifyInstance, opts: { accessLog: boolean }) => {
    let closing = false;
    app.addHook('onRequest', (request, reply, done) => {
      reply.header('x-request-id', request.id);
      reply.header('x-content-type-options', 'nosniff');
      const url = request.url;
      if (url.startsWith('/v2/')) {
        // API answers are per caller and change: never kept by a browser or a proxy.
        reply.header('cache-control', 'no-store');
        // An empty path segment (`/v2/ports/`, `/v2//ports`) names nothing, though the router would
        // match it to a route with an empty parameter.
        const q = url.indexOf('?');
        const path = q < 0 ? url : url.slice(0, q);
        if (path.endsWith('/') || path.includes('//')) return done(new ServiceError('not_found', `No route ${request.method} ${path}`));
      }
      // While shutting down the process still serves (liveness says so); nothing new is started.
      if (closing && !request.url.startsWith('/health/live')) {
        reply.header('connection', 'close');
        reply.header('retry-after', '1');
        return done(new ServiceError('service_unavailable', 'The service is shutting down; retry shortly'));
      }
      done();
    });
    app.addHook('onResponse', (request, reply, done) => {
      if (opts.accessLog) request.log.info({ method: request.method, url: request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
      done();
    });
    app.addHook('preClose', (done) => {
      closing = true;
      done();
    });
  },
  { name: 'core' },
);
