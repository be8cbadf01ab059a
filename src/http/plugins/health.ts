/**
 * Health (contract/operations.md "Health and metrics"), for load balancers and orchestrators: no key,
 * nothing sensitive, not part of the API document.
 *   GET /health/live   200 while the process serves.
 *   GET /health/ready  200 when the database answers within 1 s and its schema is current; otherwise
 *                      503 `service_unavailable` naming the reason. While the server shuts down every
 *                      request, these included, is answered 503 (plugins/core.ts).
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ServiceError } from '../../domain/errors.ts';
import type { Health } from '../../workflow/health.ts';

export const health = fp(
  async (app: FastifyInstance, opts: { health: Health }) => {
    app.get('/health/live', { schema: { hide: true } }, async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return { success: true, data: { status: 'live' } };
    });

    app.get('/health/ready', { schema: { hide: true } }, async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const readiness = await opts.health.readiness();
      if (!readiness.ready) {
        request.log.warn({ check: readiness.check, reason: readiness.reason }, 'not ready');
        reply.header('retry-after', '5');
        throw new ServiceError('service_unavailable', readiness.reason, [{ field: readiness.check, message: readiness.reason }]);
      }
      return { success: true, data: { status: 'ready', database: 'ok', schema: 'current' } };
    });
  },
  { name: 'health' },
);
