/**
 * X-Auth-Token authentication. Keys are looked up by their SHA-256; a short-lived cache keeps the hot
 * path to one hash per request. A revoked key (revocation is a CLI command) stops working within
 * AUTH_CACHE_TTL_MS.
 */
import type { FastifyRequest } from 'fastify';
import { ServiceError } from '../domain/errors.ts';
import { findPrincipalByKeyHash, hashApiKey, type Principal } from '../store/accounts.ts';
import type { Database } from '../store/database.ts';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

const MAX_CACHED = 10_000;

export interface Authenticator {
  /**
   * The caller's principal, synchronously when it can be (a cached key; a missing or malformed
   * header throws a ServiceError at once); a promise only when the database is asked.
   */
  check(request: FastifyRequest): Principal | Promise<Principal>;
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

  function check(request: FastifyRequest): Principal | Promise<Principal> {
    const token = request.headers['x-auth-token'];
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

export function requireAdmin(principal: Principal): void {
  if (!principal.isAdmin) throw new ServiceError('forbidden', 'This endpoint is for the porting desk (admin keys only)');
}
