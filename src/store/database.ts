/**
 * The database, whichever it is: DATABASE_URL picks SQLite or PostgreSQL. Everything that differs
 * between the two lives in src/store/dialect/sqlite.ts and postgres.ts (the same exports, checked
 * below); everything above the store sees only this interface and `Kysely<Schema>`.
 */
import { PostgresAdapter, type Kysely } from 'kysely';
import type { DatabaseConfig } from '../config.ts';
import * as postgres from './dialect/postgres.ts';
import * as sqlite from './dialect/sqlite.ts';
import type { Database, DialectModule } from './dialect/dialect.ts';

export type { Database, DialectModule };

const DIALECTS = { sqlite, postgres } satisfies Record<Database['kind'], DialectModule>;

export function createDatabase(config: DatabaseConfig): Database {
  return config.kind === 'sqlite' ? DIALECTS.sqlite.connect(config) : DIALECTS.postgres.connect(config);
}

/** The dialect module of an open Kysely instance (migrations get only the instance). */
export function dialectOf(db: Kysely<any>): DialectModule {
  return db.getExecutor().adapter instanceof PostgresAdapter ? DIALECTS.postgres : DIALECTS.sqlite;
}
