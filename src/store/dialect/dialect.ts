/** What the rest of the store sees of a database, and what each dialect module provides. */
import type { Kysely, RawBuilder } from 'kysely';
import type { PortTimerRow, Schema } from '../schema.ts';
import type { Submission } from '../submissions.ts';
import type { ClaimRequest } from '../timers.ts';

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
  textType(): 'text' | RawBuilder<unknown>;
  /** Table suffix for tables always read by primary key. */
  clusteredByPrimaryKey(): RawBuilder<unknown>;
}

