import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../database.ts';

/**
 * Port counts by losing carrier too: the desk's queue filtered by carrier (with an account, a status
 * or both) gets its exact total from the counts the writer keeps, as every other list does, instead
 * of counting a carrier's rows (a fifth of every port). `spid` is '' for a port without a carrier.
 * The table is rebuilt with the carrier in its key and filled from the ports; an index by carrier
 * serves the carrier's totals.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  const text = dialect.textType();
  await db.schema
    .createTable('port_counts_next')
    .addColumn('account_id', text, (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('spid', text, (c) => c.notNull())
    .addColumn('shard', 'integer', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('port_counts_carrier_pk', ['account_id', 'status', 'spid', 'shard'])
    .modifyEnd(dialect.clusteredByPrimaryKey())
    .execute();
  // Counted while no other instance can move a port (PostgreSQL: writers wait for this migration to
  // commit; SQLite has one writer), so no change falls between the count and the new table.
  if (dialect.name === 'postgres') await sql`LOCK TABLE ports IN SHARE MODE`.execute(db);
  await sql`INSERT INTO port_counts_next (account_id, status, spid, shard, n)
    SELECT account_id, status, coalesce(losing_carrier_spid, ''), 0, count(*) FROM ports GROUP BY account_id, status, coalesce(losing_carrier_spid, '')`.execute(db);
  await db.schema.dropTable('port_counts').execute();
  await db.schema.alterTable('port_counts_next').renameTo('port_counts').execute();
  await db.schema.createIndex('port_counts_by_carrier').on('port_counts').columns(['spid', 'status']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  const text = dialect.textType();
  await db.schema
    .createTable('port_counts_prev')
    .addColumn('account_id', text, (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('shard', 'integer', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('port_counts_pk', ['account_id', 'status', 'shard'])
    .modifyEnd(dialect.clusteredByPrimaryKey())
    .execute();
  await sql`INSERT INTO port_counts_prev (account_id, status, shard, n) SELECT account_id, status, shard, sum(n) FROM port_counts GROUP BY account_id, status, shard`.execute(db);
  await db.schema.dropTable('port_counts').execute();
  await db.schema.alterTable('port_counts_prev').renameTo('port_counts').execute();
}
