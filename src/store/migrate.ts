import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import * as m0001 from './migrations/0001_initial.ts';
import * as m0002 from './migrations/0002_timers.ts';
import * as m0003 from './migrations/0003_port_reviews.ts';
import * as m0004 from './migrations/0004_events_webhooks.ts';
import * as m0005 from './migrations/0005_orders.ts';
import * as m0006 from './migrations/0006_documents_comments.ts';
import * as m0007 from './migrations/0007_retention.ts';
import * as m0008 from './migrations/0008_list_indexes.ts';
import * as m0009 from './migrations/0009_console_sessions.ts';
import * as m0010 from './migrations/0010_losing_carrier.ts';
import * as m0011 from './migrations/0011_carrier_counts.ts';
import * as m0012 from './migrations/0012_order_view_indexes.ts';
import type { Database } from './database.ts';

/** Migrations are listed here in order; imported statically so they work from any working directory. */
const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_timers': m0002,
  '0003_port_reviews': m0003,
  '0004_events_webhooks': m0004,
  '0005_orders': m0005,
  '0006_documents_comments': m0006,
  '0007_retention': m0007,
  '0008_list_indexes': m0008,
  '0009_console_sessions': m0009,
  '0010_losing_carrier': m0010,
  '0011_carrier_counts': m0011,
  '0012_order_view_indexes': m0012,
};

/** The migrations this code knows, by name (a test leaves one out to play an older database). */
export const MIGRATION_NAMES: readonly string[] = Object.keys(MIGRATIONS);

const providerOf = (names: readonly string[]): MigrationProvider => ({ getMigrations: async () => Object.fromEntries(names.map((n) => [n, MIGRATIONS[n]!])) });
const provider = providerOf(MIGRATION_NAMES);

/**
 * Migrations were numbered on branches that landed in another order (0007 and 0008 before 0006): a
 * database may have run later numbers before an earlier one exists. The migrator then runs what it
 * has not run yet, in name order, instead of refusing; each migration stands on its own tables.
 */
const migratorOf = async (database: Database, p: MigrationProvider = provider) => {
  const schema = await database.migrationSchema();
  return new Migrator({ db: database.db, provider: p, allowUnorderedMigrations: true, ...(schema ? { migrationTableSchema: schema } : {}) });
};

/**
 * Brings the schema up to date; safe to run from several instances at once (Kysely takes a lock).
 * Kysely's migrator looks for its own table by listing the tables of every schema of the database;
 * a schema dropped by someone else at that moment (test runs, each in a schema of its own) fails
 * the listing with invalid_schema_name (3F000), or a table of it with undefined_table (42P01); once,
 * with many test schemas created and dropped around it, its own table was read without a column
 * (undefined_column, 42703). Those errors are tried again (five times at most, then they surface).
 */
export async function migrateToLatest(database: Database, only: readonly string[] = MIGRATION_NAMES): Promise<string[]> {
  return despiteDroppedSchemas(() => migrateOnce(database, only === MIGRATION_NAMES ? provider : providerOf(only)));
}

async function despiteDroppedSchemas<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if ((code !== '3F000' && code !== '42P01' && code !== '42703') || attempt >= 5) throw err;
      await new Promise((r) => setTimeout(r, 20 * attempt));
    }
  }
}

async function migrateOnce(database: Database, p: MigrationProvider): Promise<string[]> {
  const migrator = await migratorOf(database, p);
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Whether every migration this code knows has been applied (readiness). */
export async function isSchemaCurrent(database: Database): Promise<boolean> {
  const migrator = await migratorOf(database);
  return despiteDroppedSchemas(async () => (await migrator.getMigrations()).every((m) => m.executedAt !== undefined));
}
