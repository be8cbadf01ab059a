/**
 * Console sessions (contract/console-cli.md "Console: how it runs"): rows keyed by the SHA-256 of the
 * session cookie. A session answers only while its key is not revoked, so revoking a key ends every
 * session opened with it.
 */
import type { Principal } from '../workflow/principal.ts';
import type { Db } from './db.ts';

export async function insertSession(db: Db, s: { id: string; keyId: string; accountId: string; now: string }): Promise<void> {
  await db.insertInto('console_sessions').values({ id: s.id, key_id: s.keyId, account_id: s.accountId, created_at: s.now, last_seen_at: s.now }).execute();
}

/** The session's principal and when it was last used, while its key stands; undefined otherwise. */
export async function findSession(db: Db, id: string): Promise<{ principal: Principal; lastSeenAt: string } | undefined> {
  const row = await db
    .selectFrom('console_sessions')
    .innerJoin('api_keys', 'api_keys.id', 'console_sessions.key_id')
    .innerJoin('accounts', 'accounts.id', 'console_sessions.account_id')
    .select(['console_sessions.last_seen_at', 'api_keys.id as key_id', 'accounts.id as account_id', 'accounts.name', 'accounts.is_admin'])
    .where('console_sessions.id', '=', id)
    .where('api_keys.revoked_at', 'is', null)
    .executeTakeFirst();
  return row && { principal: { accountId: row.account_id, accountName: row.name, isAdmin: row.is_admin === 1, keyId: row.key_id }, lastSeenAt: row.last_seen_at };
}

export async function touchSession(db: Db, id: string, now: string): Promise<void> {
  await db.updateTable('console_sessions').set({ last_seen_at: now }).where('id', '=', id).execute();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('console_sessions').where('id', '=', id).execute();
}

/** Sessions idle since before `cutoff`: they have ended, and go. */
export async function deleteIdleSessions(db: Db, cutoff: string): Promise<void> {
  await db.deleteFrom('console_sessions').where('last_seen_at', '<', cutoff).execute();
}
