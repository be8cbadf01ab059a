/**
 * `GET /metrics` (contract/operations.md "Health and metrics"): the service's registry in the
 * Prometheus text format. With METRICS_TOKEN set it asks for `Authorization: Bearer <token>` (401 in
 * the error envelope otherwise; failures count toward the address's authentication throttle, see
 * plugins/auth.ts). Not part of the API document.
 *
 * Every response is observed once in `http_request_duration_seconds`, labelled with its route
 * pattern (`/v2/ports/:id`, never the raw URL, so the label set stays bounded), method and status.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ServiceError } from '../../domain/errors.ts';
import { UNMATCHED_ROUTE, type Metrics } from '../../metrics.ts';

const digest = (s: string) => createHash('sha256').update(s).digest();
const BEARER = /^Bearer +([\x21-\x7e]+) *$/i;

export const metrics = fp(
  async (app: FastifyInstance, opts: { metrics: Metrics; token: string | null }) => {
    const { httpDuration } = opts.metrics;
    app.addHook('onResponse', (request, reply, done) => {
      httpDuration.observe({ route: request.routeOptions.url ?? UNMATCHED_ROUTE, method: request.method, status: reply.statusCode }, reply.elapsedTime / 1000);
      done();
    });

    // Compared as digests: equal lengths for timingSafeEqual, and nothing about the token's length leaks.
    const expected = opts.token === null ? null : digest(opts.token);
    app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
      reply.header('cache-control', 'no-store');
      if (expected) {
        const refused = app.authFailures.refusal(request.ip);
        if (refused) {
          reply.header('retry-after', String(refused.retryAfter));
          throw refused.error;
        }
        const given = BEARER.exec(request.headers.authorization ?? '')?.[1];
        if (given === undefined || !timingSafeEqual(digest(given), expected)) {
          app.authFailures.failed(request.ip);
          reply.header('www-authenticate', 'Bearer realm="metrics"');
          throw new ServiceError('unauthorized', 'Send the metrics token as Authorization: Bearer <METRICS_TOKEN>');
        }
      }
      const { contentType, body } = await opts.metrics.exposition();
      return reply.type(contentType).send(body);
    });
  },
  { name: 'metrics', dependencies: ['auth'] },
);
