import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../database.ts';

/**
 * Every list has an index in its own order (newest first, ties by id), so a page reads only its
 * rows at any depth: the desk's status filter, a number's ports (a customer's `?number=` reads the
 * number's few ports rather than walking the account), the feed filtered by port or type, and an
 * endpoint's delivery log by status.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  await db.schema.createIndex('ports_by_status').on('ports').columns(['status', 'created_at', 'id']).execute();
  await sql`DROP INDEX ports_by_number`.execute(db);
  await db.schema.createIndex('ports_by_number').on('ports').columns(['number', 'created_at', 'id']).execute();
  await db.schema.createIndex('events_by_port').on('events').columns(dialect.feedIndexColumns(['port_id'])).execute();
  await db.schema.createIndex('events_by_type').on('events').columns(dialect.feedIndexColumns(['account_id', 'type'])).execute();
  await db.schema.createIndex('webhook_deliveries_by_status').on('webhook_deliveries').columns(['endpoint_id', 'status', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const i of ['webhook_deliveries_by_status', 'events_by_type', 'events_by_port', 'ports_by_number', 'ports_by_status']) await sql`DROP INDEX IF EXISTS ${sql.ref(i)}`.execute(db);
  await db.schema.createIndex('ports_by_number').on('ports').columns(['number', 'status']).execute();
}
