/**
 * Console sessions (contract/console-cli.md "Console: how it runs"): a person pastes an API key once
 * and gets a session instead, so the key never stays in the browser. The session token is 256 random
 * bits, kept by the browser in an HttpOnly cookie and stored here only as its SHA-256. Sessions end
 * after 12 hours without use (real time, whatever TIME_SCALE says: people do not speed up), when
 * signed out, and when their key is revoked.
 *
 * CSRF: a request made with the cookie that changes anything must also carry the session's CSRF token
 * (X-CSRF-Token), which the console learns from the sign-in answer or GET /v2/session and keeps in
 * memory. Another site can make a browser send the cookie (SameSite=Strict already stops that) but can
 * never read the token, which is derived from the cookie's value.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Database } from '../store/database.ts';
import { deleteIdleSessions, deleteSession, findSession, insertSession, touchSession } from '../store/sessions.ts';
import { systemClock, type Clock } from './clock.ts';
import type { Principal } from './principal.ts';

export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, so a busy console is not a write per request. */
const TOUCH_EVERY_MS = 60 * 1000;

export interface OpenSession {
  principal: Principal;
  csrfToken: string;
  /** When the session ends unless used before (last use + 12 h). */
  expiresAt: string;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const sessionId = (token: string) => sha256(`session:${token}`);
export const csrfTokenOf = (token: string) => createHash('sha256').update(`csrf:${token}`).digest('base64url');

/** A session token as the cookie carries it: 43 url-safe characters. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export class SessionService {
  private readonly clock: Clock;
  constructor(private readonly database: Database, clock: Clock = systemClock) {
    this.clock = clock;
  }

  /** Opens a session for a principal whose key was just checked; returns the cookie's value. */
  async open(principal: Principal): Promise<{ token: string; session: OpenSession }> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const { db } = this.database;
    await deleteIdleSessions(db, new Date(now.getTime() - SESSION_IDLE_MS).toISOString());
    await insertSession(db, { id: sessionId(token), keyId: principal.keyId, accountId: principal.accountId, now: now.toISOString() });
    return { token, session: { principal, csrfToken: csrfTokenOf(token), expiresAt: new Date(now.getTime() + SESSION_IDLE_MS).toISOString() } };
  }

  /** The session a cookie names, when it is open (not idle for 12 h, not signed out, its key not revoked). */
  async resolve(token: string): Promise<OpenSession | undefined> {
    if (!TOKEN.test(token)) return undefined;
    const id = sessionId(token);
    const found = await findSession(this.database.db, id);
    if (!found) return undefined;
    const now = this.clock.now().getTime();
    const lastSeen = Date.parse(found.lastSeenAt);
    if (now - lastSeen >= SESSION_IDLE_MS) {
      await deleteSession(this.database.db, id);
      return undefined;
    }
    let seen = lastSeen;
    if (now - lastSeen >= TOUCH_EVERY_MS) {
      await touchSession(this.database.db, id, new Date(now).toISOString());
      seen = now;
    }
    return { principal: found.principal, csrfToken: csrfTokenOf(token), expiresAt: new Date(seen + SESSION_IDLE_MS).toISOString() };
  }

  async close(token: string): Promise<void> {
    if (TOKEN.test(token)) await deleteSession(this.database.db, sessionId(token));
  }
}

/** Whether a request's CSRF header is the session's token (constant time). */
export function csrfMatches(given: unknown, expected: string): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}
