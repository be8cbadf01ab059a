/**
 * RATE_LIMIT (contract/operations.md "Limits and abuse"): requests per API key and window, counted in
 * this instance's memory (with several instances behind a load balancer each allows the limit: the
 * limit is per instance). Beyond it: 429 `rate_limited` in the error envelope, with Retry-After and
 * the RateLimit-Limit / RateLimit-Remaining / RateLimit-Reset headers (which every limited response
 * carries). Registered in the authenticated scope, after authentication: requests are counted by the
 * key's id, never by the key itself. Off unless configured, so benchmarks measure the service.
 */
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { RateLimit } from '../../config.ts';
import { ServiceError } from '../../domain/errors.ts';

export const rateLimit = fp(
  async (app: FastifyInstance, opts: { limit: RateLimit }) => {
    await app.register(fastifyRateLimit, {
      global: true,
      // Route-level onRequest hooks run after the scope's, so the key is known here.
      hook: 'onRequest',
      max: opts.limit.max,
      timeWindow: opts.limit.windowMs,
      enableDraftSpec: true,
      keyGenerator: (request) => (request.principal ? `key:${request.principal.keyId}` : `address:${request.ip}`),
      errorResponseBuilder: (_request, context) =>
        new ServiceError('rate_limited', `Rate limit of ${opts.limit.text} per API key exceeded; retry in ${context.after}`),
    });
  },
  { name: 'rate-limit', dependencies: ['auth'] },
);
