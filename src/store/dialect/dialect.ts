/** What the rest of the store sees of a database, and what each dialect module provides. */
import type { Compilable, Kysely, RawBuilder } from 'kysely';
import type { FeedQuery, StoredEvent } from '../events.ts';
import type { PortTimerRow, Schema } from '../schema.ts';
import type { Submission } from '../submissions.ts';
import type { ClaimRequest } from '../timers.ts';
import type { ClaimedDelivery, DeliveryClaim } from '../webhooks.ts';

export interface Database {
  readonly kind: 'sqlite' | 'postgres';
  readonly db: Kysely<Schema>;
  /** How many workflow steps one worker runs at once on this database. */
  readonly workerConcurrency: number;
  /**
   * One writer at a time (SQLite): a worker writes its batch's carrier answers in shared
   * transactions. Not with several writers (PostgreSQL): a transaction holding the locks of several
   * answers taken in due order could deadlock with a customer's change to the same order.
   */
  readonly groupsWorkerAnswers: boolean;
  /** Which shard of a count row a write adds to (several on PostgreSQL, so writers rarely wait on one row). */
  counterShard(): number;
  /** Writes a new port with its first rows (see submissions.ts); false when the number is already ported in or the account is at its quota. */
  insertSubmission(s: Submission): Promise<boolean>;
  /** Claims due timers with a lease (SKIP LOCKED where several instances share the work). */
  claimDueTimers(q: ClaimRequest): Promise<PortTimerRow[]>;
  /** Claims due webhook deliveries of enabled endpoints with a lease, the same way. */
  claimDueDeliveries(q: DeliveryClaim): Promise<ClaimedDelivery[]>;
  /**
   * An account's events in feed order after the cursor: an event that commits late is never placed
   * behind a position a reader has already passed. `cursorFound` is false for an unknown cursor.
   */
  readFeed(q: FeedQuery): Promise<{ events: StoredEvent[]; cursorFound: boolean }>;
  /** The feed's query after a position (an event's seq, and on PostgreSQL its txid), for plans. */
  feedQuery(q: FeedQuery, position: { seq: number | string; txid?: string } | null): Compilable<unknown>;
  isUniqueViolation(err: unknown): boolean;
  /** A deadlock or serialization failure: the transaction may simply be tried again. */
  isTransientConflict(err: unknown): boolean;
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
  /** Column type of an integer primary key the database numbers itself. */
  serialType(): 'integer' | RawBuilder<unknown>;
  /** Column type of bytes (stored documents). */
  blobType(): 'blob' | 'bytea';
  /** The event feed's position column(s) and index (see each module for why they differ). */
  createFeedPosition(db: Kysely<any>): Promise<void>;
  /** The columns of an index that reads events in feed order after the given leading columns. */
  feedIndexColumns(leading: readonly string[]): string[];
  /** A text field of a JSON object held in a text column (null when absent), for a migration's backfill. */
  jsonText(column: string, field: string): RawBuilder<string | null>;
}

