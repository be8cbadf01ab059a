import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../database.ts';

/**
 * Port orders and their sub-orders (one per losing carrier); each port knows its order, sub-order,
 * losing carrier and requested FOC date. Port counts per account and status, kept in the transaction
 * of every change, answer totals and the active-port quota without counting rows.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  const text = dialect.textType();

  await db.schema.alterTable('ports').addColumn('order_id', text).execute();
  await db.schema.alterTable('ports').addColumn('sub_order_id', text).execute();
  await db.schema.alterTable('ports').addColumn('losing_carrier', text).execute(); // JSON; null before orders existed
  await db.schema.alterTable('ports').addColumn('requested_foc_date', text).execute();
  await sql`CREATE INDEX ports_by_order ON ports (order_id, created_at, id) WHERE order_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX ports_by_sub_order ON ports (sub_order_id) WHERE sub_order_id IS NOT NULL`.execute(db);

  await db.schema
    .createTable('port_orders')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('account_id', text, (c) => c.notNull().references('accounts.id'))
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('numbers', text, (c) => c.notNull()) // JSON: the numbers as drafted, with their losing carriers
    .addColumn('account_number', text, (c) => c.notNull())
    .addColumn('account_pin_enc', text)
    .addColumn('billing_phone', text, (c) => c.notNull())
    .addColumn('end_user_name', text, (c) => c.notNull())
    .addColumn('end_user_address', text, (c) => c.notNull())
    .addColumn('carrier_name', text)
    .addColumn('requested_foc_date', text)
    .addColumn('customer_reference', text)
    .addColumn('loa', text, (c) => c.notNull())
    .addColumn('invoice', text, (c) => c.notNull())
    .addColumn('n_pending', 'integer', (c) => c.notNull())
    .addColumn('n_authorized', 'integer', (c) => c.notNull())
    .addColumn('n_in_progress', 'integer', (c) => c.notNull())
    .addColumn('n_completed', 'integer', (c) => c.notNull())
    .addColumn('n_failed', 'integer', (c) => c.notNull())
    .addColumn('n_cancelled', 'integer', (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addColumn('submitted_at', text)
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('port_orders_by_account').on('port_orders').columns(['account_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('port_orders_by_account_status').on('port_orders').columns(['account_id', 'status', 'created_at', 'id']).execute();
  await db.schema.createIndex('port_orders_by_status').on('port_orders').columns(['status', 'created_at', 'id']).execute();
  await db.schema.createIndex('port_orders_by_created').on('port_orders').columns(['created_at', 'id']).execute();

  await db.schema
    .createTable('sub_orders')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('order_id', text, (c) => c.notNull().references('port_orders.id'))
    .addColumn('account_id', text, (c) => c.notNull())
    .addColumn('losing_carrier', text, (c) => c.notNull()) // JSON
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sub_orders_by_order').on('sub_orders').columns(['order_id']).execute();

  // Ports per account and status, sharded so that concurrent writers (PostgreSQL) rarely wait on one row.
  await db.schema
    .createTable('port_counts')
    .addColumn('account_id', text, (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('shard', 'integer', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('port_counts_pk', ['account_id', 'status', 'shard'])
    .modifyEnd(dialect.clusteredByPrimaryKey())
    .execute();
  await sql`INSERT INTO port_counts (account_id, status, shard, n) SELECT account_id, status, 0, count(*) FROM ports GROUP BY account_id, status`.execute(db);

  // Idempotency keys now answer for orders too.
  await db.schema.alterTable('idempotency_keys').renameColumn('port_id', 'resource_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('idempotency_keys').renameColumn('resource_id', 'port_id').execute();
  for (const t of ['port_counts', 'sub_orders', 'port_orders']) await db.schema.dropTable(t).ifExists().execute();
  await sql`DROP INDEX IF EXISTS ports_by_sub_order`.execute(db);
  await sql`DROP INDEX IF EXISTS ports_by_order`.execute(db);
  for (const c of ['requested_foc_date', 'losing_carrier', 'sub_order_id', 'order_id']) await db.schema.alterTable('ports').dropColumn(c).execute();
}
