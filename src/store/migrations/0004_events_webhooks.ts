import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../database.ts';

/**
 * The event feed and webhooks (contract/events-webhooks.md): events written in the same transaction
 * as the change they record, the endpoints that receive them, one delivery per (event, endpoint)
 * written with the event, and a log of attempts.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  const text = dialect.textType();

  await db.schema
    .createTable('events')
    .addColumn('seq', dialect.serialType(), (c) => c.primaryKey())
    .addColumn('id', text, (c) => c.notNull().unique())
    .addColumn('account_id', text, (c) => c.notNull().references('accounts.id'))
    .addColumn('type', text, (c) => c.notNull())
    .addColumn('port_id', text)
    .addColumn('order_id', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('data', text, (c) => c.notNull())
    .execute();
  // The feed's order: see the dialect modules (commit order on SQLite; transaction order on PostgreSQL).
  await dialect.createFeedPosition(db);

  // Each history entry is also an event (null for entries written before the feed existed).
  await db.schema.alterTable('port_events').addColumn('event_id', text).execute();

  await db.schema
    .createTable('webhook_endpoints')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('account_id', text, (c) => c.notNull().references('accounts.id'))
    .addColumn('url', text, (c) => c.notNull())
    .addColumn('events', text, (c) => c.notNull()) // JSON array of event types, or ["*"]
    .addColumn('description', text)
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('disabled_reason', text)
    .addColumn('secret_enc', text, (c) => c.notNull())
    .addColumn('previous_secret_enc', text)
    .addColumn('previous_secret_until', text)
    .addColumn('failing_since', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('webhook_endpoints_by_account').on('webhook_endpoints').columns(['account_id', 'created_at', 'id']).execute();

  // Clustered by endpoint: every read of deliveries is about one endpoint (its log, its due work,
  // an attempt's record), and a delivery's id grows with time (it starts with its event's id), so
  // new rows are written at the end of their endpoint's range.
  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('endpoint_id', text, (c) => c.notNull())
    .addColumn('id', text, (c) => c.notNull())
    .addColumn('account_id', text, (c) => c.notNull())
    .addColumn('event_id', text, (c) => c.notNull())
    .addColumn('event_type', text, (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', text)
    .addColumn('last_response_status', 'integer')
    .addColumn('last_error', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addColumn('claimed_by', text)
    .addColumn('lease_until', text)
    .addPrimaryKeyConstraint('webhook_deliveries_pk', ['endpoint_id', 'id'])
    .modifyEnd(dialect.clusteredByPrimaryKey())
    .execute();
  // An endpoint's due work, oldest first.
  await sql`CREATE INDEX webhook_deliveries_due ON webhook_deliveries (endpoint_id, next_attempt_at) WHERE status = 'pending'`.execute(db);

  await db.schema
    .createTable('webhook_attempts')
    .addColumn('delivery_id', text, (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('at', text, (c) => c.notNull())
    .addColumn('response_status', 'integer')
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('error', text)
    .addPrimaryKeyConstraint('webhook_attempts_pk', ['delivery_id', 'n'])
    .modifyEnd(dialect.clusteredByPrimaryKey())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['webhook_attempts', 'webhook_deliveries', 'webhook_endpoints', 'events']) await db.schema.dropTable(t).ifExists().execute();
  await db.schema.alterTable('port_events').dropColumn('event_id').execute();
}
