import type { Kysely, Transaction } from 'kysely';
import { preparedQuery } from './prepared.ts';
import type { Schema } from './schema.ts';

type Db = Kysely<Schema> | Transaction<Schema>;

export async function findIdempotentResponse(db: Db, accountId: string, key: string) {
  return db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'response_body', 'resource_id'])
    .where('account_id', '=', accountId)
    .where('key', '=', key)
    .executeTakeFirst();
}

/** Records the first answer to a key, in the same transaction as the port it created (see submissions.ts). */
export const insertKey = preparedQuery(['account_id', 'key', 'request_hash', 'resource_id', 'response_body', 'created_at'], (db, p) =>
  db.insertInto('idempotency_keys').values(p),
);
