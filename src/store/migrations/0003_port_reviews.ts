import type { Kysely } from 'kysely';

/**
 * How many times a carrier answered a review of each port: the simulator rejects a magic number at
 * its first review only (contract/orders-documents.md, "Simulated review after a correction").
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('ports').addColumn('reviews', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('ports').dropColumn('reviews').execute();
}
