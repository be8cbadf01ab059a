import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import * as m0001 from './migrations/0001_initial.ts';
import * as m0002 from './migrations/0002_timers.ts';
import * as m0003 from './migrations/0003_port_reviews.ts';
import * as m0004 from './migrations/0004_events_webhooks.ts';
import * as m0005 from './migrations/0005_orders.ts';
import * as m0007 from './migrations/0007_retention.ts';
import * as m0008 from './migrations/0008_list_indexes.ts';
import * as m0009 from './migrations/0009_console_sessions.ts';
import type { Database } from './database.ts';

/** Migrations are listed here in order; imported statically so they work from any working directory. */
const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_timers': m0002,
  '0003_port_reviews': m0003,
  '0004_events_webhooks': m0004,
  '0005_orders': m0005,
  '0007_retention': m0007,
  '0008_list_indexes': m0008,
  '0009_console_sessions': m0009,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/**
 * Brings the schema up to date; safe to run from several instances at once (Kysely takes a lock).
 * Kysely's migrator looks for its own table by listing the tables of every schema of the database;
 * a schema dropped by someone else at that moment (test runs, each in a schema of its own) fails
 * the listing with invalid_schema_name (3F000), or a table of it with undefined_table (42P01), so
 * those errors are tried again.
 */
export async function migrateToLatest(database: Database): Promise<string[]> {
  return despiteDroppedSchemas(() => migrateOnce(database));
}

async function despiteDroppedSchemas<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if ((code !== '3F000' && code !== '42P01') || attempt >= 5) throw err;
      await new Promise((r) => setTimeout(r, 20 * attempt));
    }
  }
}

async function migrateOnce(database: Database): Promise<string[]> {
  const schema = await database.migrationSchema();
  const migrator = new Migrator({ db: database.db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Whether every migration this code knows has been applied (readiness). */
export async function isSchemaCurrent(database: Database): Promise<boolean> {
  const schema = await database.migrationSchema();
  const migrator = new Migrator({ db: database.db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  return despiteDroppedSchemas(async () => (await migrator.getMigrations()).every((m) => m.executedAt !== undefined));
}
