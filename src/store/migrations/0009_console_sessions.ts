import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../database.ts';

/**
 * The web console (contract/console-cli.md): sign-in sessions, and the ports' search by customer
 * reference. A session is stored by the SHA-256 of its cookie, never the cookie itself, with the key it
 * was opened with (a revoked key's sessions end with it) and when it was last used (idle expiry).
 * A reference's ports are few: its own index picks them, newest first, whoever asks.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const text = dialectOf(db).textType();
  await db.schema
    .createTable('console_sessions')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('key_id', text, (c) => c.notNull().references('api_keys.id'))
    .addColumn('account_id', text, (c) => c.notNull().references('accounts.id'))
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('last_seen_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('console_sessions_by_last_seen').on('console_sessions').columns(['last_seen_at']).execute();
  await sql`CREATE INDEX ports_by_reference ON ports (customer_reference, created_at, id) WHERE customer_reference IS NOT NULL`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS ports_by_reference`.execute(db);
  await db.schema.dropTable('console_sessions').execute();
}
