/**
 * X-Auth-Token authentication. Keys are looked up by their SHA-256; a short-lived cache keeps the hot
 * path to one hash per request. A revoked key (revocation is a CLI command) stops working within
 * AUTH_CACHE_TTL_MS. Scopes add `app.authenticate` (any key) and `app.requireDesk` (admin keys, 403
 * before anything else about the request is looked at) as onRequest hooks.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import fp from 'fastify-plugin';
import { ServiceError } from '../../domain/errors.ts';
import { findPrincipalByKeyHash, hashApiKey } from '../../store/accounts.ts';
import type { Database } from '../../store/database.ts';
import type { Principal } from '../../workflow/principal.ts';

type Hook = (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => void;

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyInstance {
    authenticate: Hook;
    requireDesk: Hook;
  }
}

const MAX_CACHED = 10_000;

export interface Authenticator {
  /**
   * The caller's principal, synchronously when it can be (a cached key; a missing or malformed
   * header throws a ServiceError at once); a promise only when the database is asked.
   */
  check(token: unknown): Principal | Promise<Principal>;
}

export function createAuthenticator(database: Database, ttlMs: number, now: () => number = Date.now): Authenticator {
  const cache = new Map<string, { principal: Principal; until: number }>();

  async function lookup(hash: string): Promise<Principal> {
    const principal = await findPrincipalByKeyHash(database.db, hash);
    if (!principal) {
      cache.delete(hash);
      throw new ServiceError('unauthorized', 'The API key is not valid or has been revoked');
    }
    if (ttlMs > 0) {
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(hash, { principal, until: now() + ttlMs });
    }
    return principal;
  }

  function check(token: unknown): Principal | Promise<Principal> {
    if (typeof token !== 'string' || token.length === 0) {
      throw new ServiceError('unauthorized', 'Send your API key in the X-Auth-Token header');
    }
    if (token.length > 200) throw new ServiceError('unauthorized', 'The API key is not valid');
    const hash = hashApiKey(token);
    const hit = cache.get(hash);
    if (hit && hit.until > now()) return hit.principal;
    return lookup(hash);
  }

  return { check };
}

export const auth = fp(
  async (app: FastifyInstance, opts: { database: Database; cacheTtlMs: number }) => {
    const authenticator = createAuthenticator(opts.database, opts.cacheTtlMs);
    app.decorateRequest('principal', null);
    app.decorate('authenticate', ((request, _reply, done) => {
      let principal: Principal | Promise<Principal>;
      try {
        principal = authenticator.check(request.headers['x-auth-token']);
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
    }) as Hook);
    app.decorate('requireDesk', ((request, _reply, done) => {
      if (!request.principal?.isAdmin) return done(new ServiceError('forbidden', 'This endpoint is for the porting desk (admin keys only)'));
      done();
    }) as Hook);
  },
  { name: 'auth' },
);
