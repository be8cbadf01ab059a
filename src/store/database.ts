/**
 * The database, whichever it is: DATABASE_URL picks SQLite or PostgreSQL. Everything that differs
 * between the two lives in src/store/dialect/sqlite.ts and postgres.ts (the same exports, checked
 * below); everything above the store sees only this interface and `Kysely<Schema>`.
 */
import { PostgresAdapter, type Kysely } from 'kysely';
import type { DatabaseConfig } from '../config.ts';
import * as postgres from './dialect/postgres.ts';
import * as sqlite from './dialect/sqlite.ts';
import type { PortTimerRow, Schema } from './schema.ts';
import type { Submission } from './submissions.ts';
import type { ClaimRequest } from './timers.ts';

export interface Database {
  readonly kind: 'sqlite' | 'postgres';
  readonly db: Kysely<Schema>;
  /** How many workflow steps one worker runs at once on this database. */
  readonly workerConcurrency: number;
  /** Writes a new port with its first rows (see submissions.ts); false when the number is already ported in. */
  insertSubmission(s: Submission): Promise<boolean>;
  /** Claims due timers with a lease (SKIP LOCKED where several instances share the work). */
  claimDueTimers(q: ClaimRequest): Promise<PortTimerRow[]>;
  isUniqueViolation(err: unknown): boolean;
  /** Where migration bookkeeping lives (PostgreSQL: the current schema). */
  migrationSchema(): Promise<string | undefined>;
  close(): Promise<void>;
}

/** What each dialect module exports; both must provide all of it. */
export interface DialectModule {
  readonly name: Database['kind'];
  connect(config: { filename: string; url: string; poolSize: number }): Database;
  /** Column type for text compared byte by byte (ids, timestamps, numbers). */
  textType(): ReturnType<typeof sqlite.textType>;
  /** Table suffix for tables always read by primary key. */
  clusteredByPrimaryKey(): ReturnType<typeof sqlite.clusteredByPrimaryKey>;
}

const DIALECTS = { sqlite, postgres } satisfies Record<Database['kind'], DialectModule>;

export function createDatabase(config: DatabaseConfig): Database {
  return config.kind === 'sqlite' ? DIALECTS.sqlite.connect(config) : DIALECTS.postgres.connect(config);
}

/** The dialect module of an open Kysely instance (migrations get only the instance). */
export function dialectOf(db: Kysely<any>): DialectModule {
  return db.getExecutor().adapter instanceof PostgresAdapter ? DIALECTS.postgres : DIALECTS.sqlite;
}
