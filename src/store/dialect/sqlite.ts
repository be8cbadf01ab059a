/**
 * SQLite (better-sqlite3): one file, WAL, one connection, statements prepared once. Everything that
 * differs from PostgreSQL lives here and in ./postgres.ts, which have the same exports.
 */
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, type RawBuilder, type SqliteDatabase, type SqliteStatement } from 'kysely';
import { sql } from 'kysely';
import type { Database } from './dialect.ts';
import { unindexed } from '../db.ts';
import { appendEventSync, rowToEvent, type FeedQuery } from '../events.ts';
import { activeOfAccount, bumpCount, countSpid } from '../counts.ts';
import { claimDeliveriesQuery } from '../webhooks.ts';
import { insertKey } from '../idempotency.ts';
import { historyColumns, insertFirstEvent, insertFullPort } from '../ports.ts';
import { bind, preparedQuery, type PreparedQuery } from '../prepared.ts';
import type { Schema } from '../schema.ts';
import type { Submission } from '../submissions.ts';
import { openSqlite } from './sqlite-file.ts';
import { claimTimersQuery, upsertTimer } from '../timers.ts';

export const name = 'sqlite';

/** Text columns: SQLite compares text byte by byte already. */
export const textType = (): 'text' | RawBuilder<unknown> => 'text';

/** Tables read by their primary key keep their rows in it: one b-tree to write instead of two. */
export const clusteredByPrimaryKey = (): RawBuilder<unknown> => sql`without rowid`;

/** `integer primary key` is the rowid: numbered by SQLite, one more than the largest. */
export const serialType = (): 'integer' | RawBuilder<unknown> => 'integer';

/** Bytes (stored documents). */
export const blobType = (): 'blob' | 'bytea' => 'blob';

/**
 * SQLite has one writer at a time, and a transaction takes its number (`seq`) while it holds the
 * write lock: numbers are assigned in commit order, so the feed is simply ordered by `seq`.
 */
export async function createFeedPosition(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('events_feed').on('events').columns(['account_id', 'seq']).execute();
}

/** Feed order is `seq`. */
export const feedIndexColumns = (leading: readonly string[]): string[] => [...leading, 'seq'];

/** JSON text is read with SQLite's JSON functions. */
export const jsonText = (column: string, field: string): RawBuilder<string | null> => sql<string | null>`json_extract(${sql.ref(column)}, ${sql.lit(`$.${field}`)})`;

/**
 * A statement as Kysely's driver and our synchronous writer use it. A reading statement that names
 * its result columns returns its rows as arrays from better-sqlite3 (raw mode) and makes the objects
 * here: better-sqlite3 builds an object row property by property through V8's API, which cost more
 * than the query (measured: an order page's 126 port rows 616 µs as objects, 360 µs as arrays made
 * into objects by a function written for the statement's columns; a port by id 30 µs against 15).
 * A statement with a `*` keeps better-sqlite3's objects: its columns are the table's at each run
 * (SQLite prepares it again after a schema change, another process's migration included), not the
 * ones it was first prepared with. The hot reads name every column (`allColumns`).
 */
interface CachedStatement extends SqliteStatement {
  all(parameters: ReadonlyArray<unknown>): unknown[];
  run(parameters: ReadonlyArray<unknown>): { changes: number | bigint; lastInsertRowid: number | bigint };
}

/**
 * A function from a row's values to its object, with the columns as an object literal's keys (one
 * hidden class for every row; a duplicated name keeps its last value, as better-sqlite3 does).
 */
function rowMaker(columns: readonly string[]): (values: unknown[]) => Record<string, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- built from the statement's own column names, each a JSON string literal
  return new Function('v', `return {${columns.map((c, i) => `${JSON.stringify(c)}: v[${i}]`).join(', ')}};`) as (values: unknown[]) => Record<string, unknown>;
}

function cachedStatement(stmt: BetterSqlite3.Statement): CachedStatement {
  const columns = stmt.reader && !stmt.source.includes('*') ? stmt.columns().map((c) => c.name) : null;
  // `__proto__` as a literal's key would set the prototype; none of our columns is so named.
  if (columns === null || columns.includes('__proto__')) return stmt as unknown as CachedStatement;
  stmt.raw(true);
  const make = rowMaker(columns);
  return {
    reader: true,
    all(parameters) {
      const rows = stmt.all(parameters) as unknown[][];
      for (let i = 0; i < rows.length; i++) rows[i] = make(rows[i]!) as never;
      return rows;
    },
    run: (parameters) => stmt.run(parameters),
    *iterate(parameters) {
      for (const values of stmt.iterate(parameters) as IterableIterator<unknown[]>) yield make(values);
    },
  };
}

/**
 * Kysely's SQLite driver prepares every statement anew, which costs about half of the raw throughput
 * (measured). Our queries come from a small set of shapes, so prepared statements are kept by SQL
 * text. A cache bound keeps dynamically shaped SQL (variable IN lists) from growing it without limit.
 */
function cachingSqlite(raw: BetterSqlite3.Database, maxStatements = 500): SqliteDatabase & { prepare(sqlText: string): CachedStatement } {
  const cache = new Map<string, CachedStatement>();
  // Keep the planner's statistics current as the tables grow (SQLite's advice for long-lived
  // connections); cheap, and skipped by SQLite when nothing changed much.
  const optimizer = setInterval(() => raw.pragma('optimize'), 3_600_000).unref();
  return {
    prepare(sqlText: string): CachedStatement {
      let stmt = cache.get(sqlText);
      if (!stmt) {
        if (cache.size >= maxStatements) cache.clear();
        stmt = cachedStatement(raw.prepare(sqlText));
        cache.set(sqlText, stmt);
      }
      return stmt;
    },
    close() {
      clearInterval(optimizer);
      cache.clear();
      raw.close();
    },
  };
}

type SyncExec = <K extends string, R>(q: PreparedQuery<K, R>, values: Readonly<Record<K, unknown>>) => { rows: R[]; changes: number };

const completedAnywhere = preparedQuery(['number', 'completed'], (db, p) =>
  db.selectFrom('ports').select('id').where('number', '=', p.number).where('status', '=', p.completed),
);

const claimTimers = claimTimersQuery(false);

/** An account's events after a position, in feed order (`seq`: commit order on SQLite's one writer). */
function feedQuery(db: Kysely<Schema>, q: FeedQuery, after: number) {
  let query = db
    .selectFrom('events')
    .select(['id', 'type', 'created_at', 'data', 'account_id', 'port_id', 'order_id'])
    .where(q.portId === undefined ? 'account_id' : unindexed('account_id'), '=', q.accountId)
    .where('seq', '>', after);
  if (q.type !== undefined) query = query.where('type', '=', q.type);
  if (q.portId !== undefined) query = query.where('port_id', '=', q.portId);
  return query.orderBy('seq').limit(q.limit);
}
const ACTIVE = { s0: 'pending', s1: 'authorized', s2: 'in_progress' } as const;

export function connect(config: { filename: string; poolSize?: number }): Database {
  const raw = openSqlite(config.filename);
  const statements = cachingSqlite(raw);
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: statements }) });
  const exec: SyncExec = (q, values) => {
    const { query, order } = q.sqlFor(db);
    const stmt = statements.prepare(query.sql);
    const params = bind(order, values);
    if (stmt.reader) return { rows: stmt.all(params) as never[], changes: 0 };
    return { rows: [], changes: Number(stmt.run(params).changes) };
  };
  /** One submission's statements (see submissions.ts); false when the number is already ported in. */
  const writeSubmission = (s: Submission): boolean => {
    const { row, history, timer, idempotency } = s;
    if (exec(completedAnywhere, { number: row.number, completed: 'completed' }).rows.length > 0) return false;
    if (Number(exec(activeOfAccount, { account_id: row.account_id, ...ACTIVE }).rows[0]?.n ?? 0) >= s.maxActive) return false;
    exec(insertFullPort, row);
    exec(bumpCount, { account_id: row.account_id, status: row.status, spid: countSpid(row.losing_carrier_spid), shard: 0, n: 1 });
    exec(insertFirstEvent, { ...historyColumns(row.id, history, s.event.id), seq: 1 });
    appendEventSync(exec, s.event);
    if (timer) exec(upsertTimer, { port_id: row.id, ...timer, claimed_by: null, lease_until: null });
    if (idempotency) exec(insertKey, { account_id: row.account_id, resource_id: row.id, created_at: row.created_at, ...idempotency });
    return true;
  };
  // Inside a transaction, better-sqlite3 runs a transaction function as a SAVEPOINT: one submission
  // that fails (a taken number, say) rolls back alone.
  const oneSubmission = raw.transaction(writeSubmission);

  /**
   * Group commit. A commit's cost is writing every page it touched to the WAL, and submissions that
   * arrive together touch many of the same pages (the ends of the same indexes). So submissions
   * arriving in the same turn of the event loop are written in one transaction, each in its own
   * savepoint, while holding Kysely's connection (no other query interleaves), and answered once it
   * has committed: none is acknowledged before it is durable, and one's failure is its own.
   */
  type Waiting = { s: Submission; resolve: (inserted: boolean) => void; reject: (err: unknown) => void };
  let queue: Waiting[] = [];
  const flush = () => {
    const batch = queue;
    queue = [];
    const outcomes: ({ ok: boolean } | { err: unknown })[] = [];
    const commitAll = raw.transaction(() => {
      for (const w of batch) {
        try {
          outcomes.push({ ok: oneSubmission(w.s) });
        } catch (err) {
          outcomes.push({ err });
        }
      }
    });
    db.connection()
      .execute(async () => commitAll())
      .then(
        () => outcomes.forEach((o, i) => ('err' in o ? batch[i]!.reject(o.err) : batch[i]!.resolve(o.ok))),
        (err) => batch.forEach((w) => w.reject(err)),
      );
  };

  return {
    kind: 'sqlite',
    db,
    workerConcurrency: 1, // one connection: steps run one by one
    groupsWorkerAnswers: true,
    counterShard: () => 0, // one writer: one row per count
    insertSubmission: (s: Submission) =>
      new Promise<boolean>((resolve, reject) => {
        if (queue.length === 0) setImmediate(flush);
        queue.push({ s, resolve, reject });
      }),
    claimDueTimers: async (q) => (await claimTimers(db, q)).rows,
    claimDueDeliveries: (q) => claimDeliveriesQuery(db, q, false).execute(),
    feedQuery: (q, position) => feedQuery(db, q, position === null ? 0 : Number(position.seq)),
    async readFeed(q) {
      let after = 0;
      if (q.after !== null) {
        const cursor = await db.selectFrom('events').select('seq').where('id', '=', q.after).where('account_id', '=', q.accountId).executeTakeFirst();
        if (!cursor) return { events: [], cursorFound: false };
        after = cursor.seq;
      }
      const rows = await feedQuery(db, q, after).execute();
      return { events: rows.map(rowToEvent), cursorFound: true };
    },
    isUniqueViolation: (err) => {
      const code = (err as { code?: unknown } | null)?.code;
      return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
    },
    // One writer at a time, waiting (busy_timeout) rather than failing: nothing to retry.
    isTransientConflict: () => false,
    migrationSchema: async () => undefined,
    close: () => db.destroy(),
  };
}
