import { Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import * as m0001 from './migrations/0001_initial.ts';
import * as m0002 from './migrations/0002_timers.ts';
import type { Database } from './database.ts';

/** Migrations are listed here in order; imported statically so they work from any working directory. */
const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_timers': m0002,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the schema up to date; safe to run from several instances at once (Kysely takes a lock). */
export async function migrateToLatest(database: Database): Promise<string[]> {
  // On PostgreSQL the bookkeeping tables live in the schema we work in (search_path), so databases
  // that separate tenants or test runs by schema each keep their own migration history.
  const schema =
    database.dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({ db: database.db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
