import type { Kysely, Transaction } from 'kysely';
import { preparedQuery } from './database.ts';
import type { Schema } from './schema.ts';

type Db = Kysely<Schema> | Transaction<Schema>;

export async function findIdempotentResponse(db: Db, accountId: string, key: string) {
  return db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'response_body', 'port_id'])
    .where('account_id', '=', accountId)
    .where('key', '=', key)
    .executeTakeFirst();
}

const insertKey = preparedQuery(['account_id', 'key', 'request_hash', 'port_id', 'response_body', 'created_at'], (db, p) =>
  db.insertInto('idempotency_keys').values(p),
);

/** Records the first answer to a key, in the same transaction as the port it created. */
export async function saveIdempotentResponse(
  db: Db,
  row: { account_id: string; key: string; request_hash: string; port_id: string; response_body: string; created_at: string },
): Promise<void> {
  await insertKey(db, row);
}
