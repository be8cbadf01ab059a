import { sql, type Kysely } from 'kysely';

/**
 * Retention (contract/operations.md "Retention"): what lets the background pruning find expired rows
 * without scanning. Idempotency keys by age; succeeded webhook deliveries by when they succeeded
 * (their attempt logs go after 30 days). The partial index names the status as a literal, and the
 * pruning query does too, so both SQLite and PostgreSQL use it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('idempotency_keys_by_age').on('idempotency_keys').columns(['created_at']).execute();
  await sql`CREATE INDEX webhook_deliveries_succeeded ON webhook_deliveries (updated_at, id) WHERE status = 'succeeded'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('webhook_deliveries_succeeded').execute();
  await db.schema.dropIndex('idempotency_keys_by_age').execute();
}
