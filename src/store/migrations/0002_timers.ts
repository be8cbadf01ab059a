import type { Kysely } from 'kysely';
import { dialectOf } from '../database.ts';

/**
 * Durable timers: each port that waits for something has exactly one row saying which step comes
 * next and when. Workers claim due rows with a lease (claimed_by, lease_until in real time), so a
 * step claimed by an instance that dies is picked up by another once the lease runs out.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  const text = dialect.textType();
  await db.schema
    .createTable('port_timers')
    .addColumn('port_id', text, (c) => c.primaryKey().references('ports.id'))
    .addColumn('step', text, (c) => c.notNull())
    .addColumn('due_at', text, (c) => c.notNull())
    .addColumn('attempt', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('claimed_by', text)
    .addColumn('lease_until', text)
    .modifyEnd(dialect.clusteredByPrimaryKey())
    .execute();
  await db.schema.createIndex('port_timers_due').on('port_timers').columns(['due_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('port_timers').ifExists().execute();
}
