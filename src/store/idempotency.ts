import type { Kysely, Transaction } from 'kysely';
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

/** Records the first answer to a key, in the same transaction as the port it created. */
export async function saveIdempotentResponse(
  db: Db,
  row: { account_id: string; key: string; request_hash: string; port_id: string; response_body: string; created_at: string },
): Promise<void> {
  await db.insertInto('idempotency_keys').values(row).execute();
}
