/**
 * X-Auth-Token authentication. Keys are looked up by their SHA-256; a short-lived cache keeps the hot
 * path to one hash per request. A revoked key (revocation is a CLI command) stops working within
 * AUTH_CACHE_TTL_MS. Scopes add `app.authenticate` (any key) and `app.requireDesk` (admin keys, 403
 * before anything else about the request is looked at) as onRequest hooks.
 *
 * Key guessing is throttled, always: after 20 failed authentications within a minute from one
 * address, that address is answered 429 `rate_limited` (with Retry-After) until its minute is over,
 * whatever key it sends; other addresses are unaffected. `app.authFailures` is the throttle, for
 * other credentials checked elsewhere (the metrics token).
 *
 * The console's session cookie (contract/console-cli.md) stands for a key: a request without
 * X-Auth-Token but with the cookie is the session's principal while the session is open, and one that
 * may change anything (any method but GET and HEAD) must also carry the session's X-CSRF-Token. A
 * stale cookie is a plain 401 and is not counted as a guess (a session token is 256 random bits).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import fp from 'fastify-plugin';
import cookie from '@fastify/cookie';
import { normalizeIP } from '@fastify/rate-limit';
import { ServiceError } from '../../domain/errors.ts';
import { findPrincipalByKeyHash, hashApiKey } from '../../store/accounts.ts';
import type { Database } from '../../store/database.ts';
import type { Principal } from '../../workflow/principal.ts';
import { csrfMatches, type OpenSession, type SessionService } from '../../workflow/session-service.ts';

/** The console session cookie (HttpOnly, SameSite=Strict, Secure under TLS; see routes/session.ts). */
export const SESSION_COOKIE = 'porting_session';
const SAFE_METHODS = new Set(['GET', 'HEAD']);

type Hook = (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => void;

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
    /** The console session the request came with (null for X-Auth-Token requests). */
    consoleSession: OpenSession | null;
  }
  interface FastifyInstance {
    authenticate: Hook;
    requireDesk: Hook;
    authFailures: FailureThrottle;
    /** Checks an API key (sign-in turns one into a console session). */
    authenticator: Authenticator;
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

export interface FailureThrottle {
  /**
   * When the address may not try now: the error to answer (429 rate_limited) and the seconds to put
   * in Retry-After; null otherwise.
   */
  refusal(ip: string | undefined): { error: ServiceError; retryAfter: number } | null;
  /** Counts a failed authentication from the address. */
  failed(ip: string | undefined): void;
  /** Addresses tracked now (at most `maxAddresses`). */
  readonly size: number;
}

export interface ThrottleOptions {
  /** Failures allowed per address and window; the next attempt is refused (default 20). */
  limit?: number;
  windowMs?: number;
  /** Addresses remembered at most: memory stays bounded whatever an attacker sends (default 10,000). */
  maxAddresses?: number;
  now?: () => number;
}

/**
 * Failed authentications per address in fixed windows: a window opens with an address's first failure
 * and lasts `windowMs`. An address is its IPv4 address, or its IPv6 /64 network (one host usually
 * holds a whole /64). Entries are kept in the order their windows opened, so expired ones leave from
 * the front; when the map is full of live windows the oldest is dropped (an attacker with many
 * addresses can at most shorten another address's window, never grow memory).
 */
/** The throttle's unit: an IPv4 address or an IPv6 /64 (a socket already gone has no address). */
const addressOf = (ip: string | undefined): string => (ip ? normalizeIP(ip) : 'unknown');

export function createFailureThrottle(options: ThrottleOptions = {}): FailureThrottle {
  const limit = options.limit ?? 20;
  const windowMs = options.windowMs ?? 60_000;
  const maxAddresses = options.maxAddresses ?? 10_000;
  const now = options.now ?? (() => Date.now());
  const windows = new Map<string, { opened: number; failures: number }>();

  const sweep = (t: number) => {
    for (const [address, w] of windows) {
      if (t - w.opened < windowMs) break;
      windows.delete(address);
    }
  };

  return {
    refusal(ip) {
      if (windows.size === 0) return null; // the usual case: one size check per request
      const w = windows.get(addressOf(ip));
      if (!w || w.failures < limit) return null;
      const left = w.opened + windowMs - now();
      if (left <= 0) return null;
      const retryAfter = Math.ceil(left / 1000);
      return {
        error: new ServiceError('rate_limited', `Too many failed authentications from your address; retry in ${retryAfter} s`),
        retryAfter,
      };
    },
    failed(ip) {
      const address = addressOf(ip);
      const t = now();
      const w = windows.get(address);
      if (w && t - w.opened < windowMs) {
        w.failures++;
        return;
      }
      windows.delete(address); // an expired window: the new one goes to the back
      sweep(t);
      if (windows.size >= maxAddresses) windows.delete(windows.keys().next().value!);
      windows.set(address, { opened: t, failures: 1 });
    },
    get size() {
      return windows.size;
    },
  };
}

const isAuthFailure = (err: unknown) => err instanceof ServiceError && err.code === 'unauthorized';

export const auth = fp(
  async (app: FastifyInstance, opts: { database: Database; cacheTtlMs: number; throttle?: ThrottleOptions; sessions?: SessionService }) => {
    const authenticator = createAuthenticator(opts.database, opts.cacheTtlMs);
    const throttle = createFailureThrottle(opts.throttle);
    await app.register(cookie);
    app.decorate('authFailures', throttle);
    app.decorate('authenticator', authenticator);
    app.decorateRequest('principal', null);
    app.decorateRequest('consoleSession', null);
    const sessions = opts.sessions;

    function fromSession(request: FastifyRequest, token: string, done: HookHandlerDoneFunction): void {
      sessions!.resolve(token).then(
        (session) => {
          if (!session) return done(new ServiceError('unauthorized', 'Your console session has ended; sign in again'));
          if (!SAFE_METHODS.has(request.method) && !csrfMatches(request.headers['x-csrf-token'], session.csrfToken)) {
            return done(new ServiceError('forbidden', 'A change made with a console session needs the session’s X-CSRF-Token header'));
          }
          request.principal = session.principal;
          request.consoleSession = session;
          done();
        },
        (err: unknown) => done(err as Error),
      );
    }

    app.decorate('authenticate', ((request, reply, done) => {
      const refused = throttle.refusal(request.ip);
      if (refused) {
        reply.header('retry-after', String(refused.retryAfter));
        return done(refused.error);
      }
      if (sessions && request.headers['x-auth-token'] === undefined) {
        const token = request.cookies[SESSION_COOKIE];
        if (token !== undefined) return fromSession(request, token, done);
      }
      let principal: Principal | Promise<Principal>;
      try {
        principal = authenticator.check(request.headers['x-auth-token']);
      } catch (err) {
        if (isAuthFailure(err)) throttle.failed(request.ip);
        return done(err as Error);
      }
      if (principal instanceof Promise) {
        principal.then(
          (p) => {
            request.principal = p;
            done();
          },
          (err: unknown) => {
            if (isAuthFailure(err)) throttle.failed(request.ip);
            done(err as Error);
          },
        );
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
