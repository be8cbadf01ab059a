import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../database.ts';

/**
 * The desk's queue filtered by losing carrier (contract/console-cli.md): the carrier's SPID in a
 * plain column of its own beside the JSON (`losing_carrier`) it is taken from, on ports and on
 * sub-orders, filled in here for the rows already there (null where the JSON is: ports older than the
 * carrier directory). A carrier's ports are read newest first from their own index, the status (if
 * asked) checked on them: one index, not one per status too, as every index is paid for by each
 * insert and status move;
 * an order has a sub-order of the carrier when one of its few sub-orders (read by order) has it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  for (const table of ['ports', 'sub_orders']) {
    await db.schema.alterTable(table).addColumn('losing_carrier_spid', dialect.textType()).execute();
    await db
      .updateTable(table)
      .set({ losing_carrier_spid: dialect.jsonText('losing_carrier', 'spid') })
      .where('losing_carrier', 'is not', null)
      .execute();
  }
  await db.schema.createIndex('ports_by_carrier').on('ports').columns(['losing_carrier_spid', 'created_at', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS ports_by_carrier`.execute(db);
  for (const table of ['sub_orders', 'ports']) await db.schema.alterTable(table).dropColumn('losing_carrier_spid').execute();
}
