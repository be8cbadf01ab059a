import { createHash, randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Schema } from './schema.ts';

type Db = Kysely<Schema> | Transaction<Schema>;

/** The account behind an API key, as stored. */
export interface KeyOwner {
  accountId: string;
  accountName: string;
  isAdmin: boolean;
  keyId: string;
}

const randomId = (prefix: string, bytes = 12): string => prefix + randomBytes(bytes).toString('base64url');

/** API keys are 256-bit random strings, so a plain SHA-256 is a safe stored form (no need for a slow KDF). */
export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('hex');

export async function createAccount(db: Db, input: { name: string; isAdmin: boolean; now: string }) {
  const id = randomId('acc_');
  await db.insertInto('accounts').values({ id, name: input.name, is_admin: input.isAdmin ? 1 : 0, created_at: input.now }).execute();
  return id;
}

/** Issues a key; returns it in clear exactly once. */
export async function createApiKey(db: Db, accountId: string, now: string): Promise<{ keyId: string; apiKey: string }> {
  const keyId = randomId('key_', 9);
  const apiKey = 'ptk_' + randomBytes(32).toString('base64url');
  await db.insertInto('api_keys').values({ id: keyId, account_id: accountId, key_hash: hashApiKey(apiKey), created_at: now, revoked_at: null }).execute();
  return { keyId, apiKey };
}

export async function revokeApiKey(db: Db, keyId: string, now: string): Promise<boolean> {
  const r = await db.updateTable('api_keys').set({ revoked_at: now }).where('id', '=', keyId).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function findAccount(db: Db, accountId: string) {
  return db.selectFrom('accounts').selectAll().where('id', '=', accountId).executeTakeFirst();
}

export async function countAccounts(db: Db): Promise<number> {
  const r = await db.selectFrom('accounts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function findPrincipalByKeyHash(db: Db, keyHash: string): Promise<KeyOwner | undefined> {
  const row = await db
    .selectFrom('api_keys')
    .innerJoin('accounts', 'accounts.id', 'api_keys.account_id')
    .select(['api_keys.id as key_id', 'accounts.id as account_id', 'accounts.name', 'accounts.is_admin'])
    .where('api_keys.key_hash', '=', keyHash)
    .where('api_keys.revoked_at', 'is', null)
    .executeTakeFirst();
  return row && { accountId: row.account_id, accountName: row.name, isAdmin: row.is_admin === 1, keyId: row.key_id };
}


export async function listAccounts(db: Db) {
  return db.selectFrom('accounts').selectAll().orderBy('created_at').orderBy('id').execute();
}

export async function listApiKeys(db: Db, accountId: string) {
  return db
    .selectFrom('api_keys')
    .select(['id', 'account_id', 'created_at', 'revoked_at'])
    .where('account_id', '=', accountId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
