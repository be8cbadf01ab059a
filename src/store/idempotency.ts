import type { Kysely, Transaction } from 'kysely';
import { preparedQuery } from './prepared.ts';
import type { Schema } from './schema.ts';

type Db = Kysely<Schema> | Transaction<Schema>;

/**
 * The first answer to a key. With `notBefore`, a key created before it has expired and is as if
 * unused (it may still be stored until the background pruning removes it).
 */
export async function findIdempotentResponse(db: Db, accountId: string, key: string, notBefore?: string) {
  let q = db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'response_body', 'resource_id'])
    .where('account_id', '=', accountId)
    .where('key', '=', key);
  if (notBefore !== undefined) q = q.where('created_at', '>=', notBefore);
  return q.executeTakeFirst();
}

/** Removes a key if it expired (created before `before`), so that it can be used again; true when it did. */
export async function deleteExpiredKey(db: Db, accountId: string, key: string, before: string): Promise<boolean> {
  const r = await db.deleteFrom('idempotency_keys').where('account_id', '=', accountId).where('key', '=', key).where('created_at', '<', before).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** Records the first answer to a key, in the same transaction as the port it created (see submissions.ts). */
export const insertKey = preparedQuery(['account_id', 'key', 'request_hash', 'resource_id', 'response_body', 'created_at'], (db, p) =>
  db.insertInto('idempotency_keys').values(p),
);
