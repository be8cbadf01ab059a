import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../database.ts';

// Migrations are frozen once released: a later change is a new numbered file.
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  const text = dialect.textType();
  await db.schema
    .createTable('accounts')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('is_admin', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('api_keys')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('account_id', text, (c) => c.notNull().references('accounts.id'))
    .addColumn('key_hash', text, (c) => c.notNull().unique())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('revoked_at', text)
    .execute();

  await db.schema
    .createTable('ports')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('account_id', text, (c) => c.notNull().references('accounts.id'))
    .addColumn('number', text, (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('carrier_status', text, (c) => c.notNull())
    .addColumn('carrier_name', text)
    .addColumn('account_number', text, (c) => c.notNull())
    .addColumn('account_pin_enc', text)
    .addColumn('billing_phone', text, (c) => c.notNull())
    .addColumn('end_user_name', text, (c) => c.notNull())
    .addColumn('end_user_address', text, (c) => c.notNull())
    .addColumn('customer_reference', text)
    .addColumn('number_type', text, (c) => c.notNull())
    .addColumn('region', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addColumn('estimated_completion', text)
    .addColumn('foc_date', text)
    .addColumn('completed_at', text)
    .addColumn('failed_at', text)
    .addColumn('cancelled_at', text)
    .addColumn('rejection_code', text)
    .addColumn('rejection_message', text)
    .addColumn('messages', text, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();

  // The duplicate guard lives in the database: one active port per number, across all accounts.
  await sql`CREATE UNIQUE INDEX ports_one_active_per_number ON ports (number)
            WHERE status IN ('pending', 'authorized', 'in_progress')`.execute(db);
  await db.schema.createIndex('ports_by_number').on('ports').columns(['number', 'status']).execute();
  await db.schema.createIndex('ports_by_account').on('ports').columns(['account_id', 'created_at', 'id']).execute();
  await db.schema
    .createIndex('ports_by_account_status')
    .on('ports')
    .columns(['account_id', 'status', 'created_at', 'id'])
    .execute();
  await db.schema.createIndex('ports_by_created').on('ports').columns(['created_at', 'id']).execute();

  await db.schema
    .createTable('port_events')
    .addColumn('port_id', text, (c) => c.notNull().references('ports.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', text, (c) => c.notNull())
    .addColumn('from_status', text)
    .addColumn('to_status', text, (c) => c.notNull())
    .addColumn('carrier_status', text, (c) => c.notNull())
    .addColumn('message', text)
    .addColumn('actor', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('port_events_pk', ['port_id', 'seq'])
    .modifyEnd(dialect.clusteredByPrimaryKey())
    .execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('account_id', text, (c) => c.notNull().references('accounts.id'))
    .addColumn('key', text, (c) => c.notNull())
    .addColumn('request_hash', text, (c) => c.notNull())
    .addColumn('port_id', text, (c) => c.notNull())
    .addColumn('response_body', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['account_id', 'key'])
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('name', text, (c) => c.primaryKey())
    .addColumn('value', text, (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['settings', 'idempotency_keys', 'port_events', 'ports', 'api_keys', 'accounts']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
