/**
 * PostgreSQL (pg pool): many instances on one database. Everything that differs from SQLite lives
 * here and in ./sqlite.ts, which have the same exports.
 */
import { CompiledQuery, Kysely, PostgresDialect, sql, type QueryResult, type PostgresPool, type PostgresPoolClient, type RawBuilder } from 'kysely';
import pg from 'pg';
import type { Database } from './dialect.ts';
import { unindexed } from '../db.ts';
import { PORT_COLUMNS } from '../ports.ts';
import type { Schema } from '../schema.ts';
import type { Submission } from '../submissions.ts';
import { rowToEvent, subscribedPattern, type FeedQuery } from '../events.ts';
import { claimDeliveriesQuery } from '../webhooks.ts';
import { claimTimersQuery } from '../timers.ts';
import { preparedQuery } from '../prepared.ts';

export const name = 'postgres';

/**
 * Text compared byte by byte, as on SQLite: ids, ISO timestamps and E.164 numbers are ordered and
 * compared with `<`, and PostgreSQL's locale collations would order them differently.
 */
export const textType = (): 'text' | RawBuilder<unknown> => sql`text collate "C"`;

/** PostgreSQL has no clustered tables to ask for. */
export const clusteredByPrimaryKey = (): RawBuilder<unknown> => sql``;

/** Numbered by the database: an identity column. */
export const serialType = (): 'integer' | RawBuilder<unknown> => sql`bigint generated always as identity`;

/** Bytes (stored documents); large values live out of line (TOAST), so reading a row's other columns never reads them. */
export const blobType = (): 'blob' | 'bytea' => 'bytea';

/**
 * Several instances write events at once, and a sequence number is taken before its transaction
 * commits: a reader that went past number 100 could miss number 99 committing later. So each event
 * also records its transaction (`txid`, PostgreSQL 13+ xid8), the feed is ordered by (txid, seq), and
 * a reader sees only transactions older than every event writer still running (see feedHorizon): a
 * position, once passed, never gains an event behind it.
 */
export async function createFeedPosition(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE events ADD COLUMN txid xid8 NOT NULL DEFAULT pg_current_xact_id()`.execute(db);
  await db.schema.createIndex('events_feed').on('events').columns(['account_id', 'txid', 'seq']).execute();
}

/** Feed order is (txid, seq). */
export const feedIndexColumns = (leading: readonly string[]): string[] => [...leading, 'txid', 'seq'];

/** The column's text cast to json (it is text, not jsonb, on both databases). */
export const jsonText = (column: string, field: string): RawBuilder<string | null> => sql<string | null>`(${sql.ref(column)}::json ->> ${sql.lit(field)})`;

/**
 * Every transaction of ours that may write events holds this lock (shared: writers never wait on it)
 * from before it has a transaction id: the advisory lock (FEED_WRITERS, hash of the schema), taken in
 * a statement sent with BEGIN (one round trip; the schema's hash read once per connection). A reader
 * can then tell event writers from any other transaction on the server (a report, a backup, another
 * database), and wait for those only.
 */
const FEED_WRITERS = 0x706f7274; // "port"
const FEED_WRITER_LOCK = `pg_advisory_xact_lock_shared(${FEED_WRITERS}, hashtext(current_schema()))`;
/** Kysely's BEGIN (or START TRANSACTION …), sent with the lock. */
const BEGINS = /^\s*(begin|start\s+transaction)\b/i;
/** A connection's BEGIN as a feed writer; the lock's statement is made once, on the connection's first BEGIN. */
function feedWriterBegin(client: pg.PoolClient): (begin: string) => Promise<pg.QueryResult> {
  let lock: string | undefined;
  return async (begin) => {
    if (lock === undefined) {
      const { rows } = await client.query<{ h: number | null }>('select hashtext(current_schema()) as h');
      if (rows[0]?.h == null) throw new Error('PostgreSQL: no current schema (search_path names no schema that exists)');
      lock = `select pg_advisory_xact_lock_shared(${FEED_WRITERS}, ${Number(rows[0].h)})`;
    }
    try {
      const r = (await client.query(`${begin}; ${lock}`)) as unknown as pg.QueryResult | pg.QueryResult[];
      return Array.isArray(r) ? r[0]! : r; // Kysely reads BEGIN's own result
    } catch (err) {
      // The transaction may be open (BEGIN ran, the lock did not): Kysely rolls back only after a
      // BEGIN that succeeded, so close it here rather than hand an aborted connection back to the pool.
      await client.query('rollback').catch(() => {});
      throw err;
    }
  };
}

/**
 * The feed's horizon: no event of a transaction below it can still commit. Read in one statement of
 * its own, before the feed's (whose snapshot is then newer), from this statement's snapshot and one
 * read of the lock table. The lowest of:
 * - the snapshot's xmax: ids given after the snapshot are at or above it (so are the ids of writers
 *   that take the lock after the lock table was read: they take it before their id);
 * - each lock holder's transaction id: it was running when the lock table was read (a holder gone
 *   from it has ended, and a committed one is visible to the feed's later snapshot);
 * - if a holder shows no id (between taking the lock and its id, or given one a moment ago and not
 *   yet in the lock table): the lowest id the snapshot saw running that the lock table does not show.
 *   An id it shows belongs to a transaction that is not that holder, so a long transaction elsewhere
 *   on the server (a report, a backup, another database) holds nothing back.
 * Lock rows carry 32-bit ids: widened to the 64-bit id nearest the snapshot's xmax (a running
 * transaction's id is within 2^31 of it, either side).
 */
async function feedHorizon(db: Kysely<Schema>): Promise<string> {
  const r = await sql<{ horizon: string }>`
    WITH s AS MATERIALIZED (SELECT pg_current_snapshot() AS snap, pg_snapshot_xmax(pg_current_snapshot())::text::bigint AS xmax),
    l AS MATERIALIZED (SELECT locktype, mode, virtualtransaction, transactionid::text::bigint AS xid32, classid, objid, objsubid, database FROM pg_locks WHERE granted),
    holders AS (
      SELECT virtualtransaction FROM l
      WHERE locktype = 'advisory' AND classid = ${sql.lit(FEED_WRITERS)}::int4::oid AND objid = hashtext(current_schema())::oid
        AND objsubid = 2 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
    ),
    ids AS (
      SELECT l.virtualtransaction, s.xmax + (l.xid32 - s.xmax % 4294967296 + 6442450944) % 4294967296 - 2147483648 AS xid
      FROM l, s WHERE l.locktype = 'transactionid' AND l.mode = 'ExclusiveLock' -- a transaction's lock on its own id
    )
    SELECT least(
      (SELECT xmax FROM s),
      (SELECT min(ids.xid) FROM ids JOIN holders USING (virtualtransaction)),
      CASE WHEN EXISTS (SELECT 1 FROM holders h WHERE NOT EXISTS (SELECT 1 FROM ids WHERE ids.virtualtransaction = h.virtualtransaction))
        THEN (SELECT min(x::text::bigint) FROM s, pg_snapshot_xip(s.snap) AS x WHERE x::text::bigint NOT IN (SELECT xid FROM ids)) END
    )::text AS horizon`.execute(db);
  return r.rows[0]!.horizon;
}

/**
 * The PostgreSQL counterpart of the SQLite statement cache: queries run as named prepared
 * statements (one name per SQL text, prepared once per connection by pg), so the server parses and
 * plans each shape once instead of on every request. Schema changes (migrations) stay unnamed.
 */
function namedStatements(pool: pg.Pool, maxNames = 2000): PostgresPool {
  const names = new Map<string, string>();
  const DML = /^\s*(select|insert|update|delete|with)\b/i;
  const nameOf = (text: string): string | undefined => {
    let n = names.get(text);
    if (n === undefined && names.size < maxNames && DML.test(text)) {
      n = `porting_${names.size}`;
      names.set(text, n);
    }
    return n;
  };
  // Both measured (steady requests on one connection, V8's --trace-gc-nvp): with a new wrapper per
  // checkout (Kysely keys its connection objects by the client it is handed, in a WeakMap) and pg's
  // own promise API, nearly every result's rows outlived two young collections and were promoted
  // (~220 KB per scavenge against ~10 KB on SQLite), so the old generation filled every second and
  // its collections made the latency's tail. One wrapper per pooled connection, and pg's callback
  // API under our own promise, keep a finished query young garbage.
  const wrappers = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    const beginAsFeedWriter = feedWriterBegin(client);
    return {
      query: ((text: unknown, values?: readonly unknown[]) => {
        if (typeof text !== 'string') return client.query(text as never);
        if (BEGINS.test(text)) return beginAsFeedWriter(text); // see FEED_WRITERS
        const n = nameOf(text);
        const config = n ? { name: n, text, values: values as unknown[] } : { text, values: values as unknown[] };
        return new Promise((resolve, reject) => client.query(config, (err: Error | null, res: pg.QueryResult) => (err ? reject(err) : resolve(res))));
      }) as unknown as PostgresPoolClient['query'],
      release: (destroy?: boolean) => client.release(destroy),
    };
  };
  return {
    async connect() {
      const client = await pool.connect();
      let wrapper = wrappers.get(client);
      if (!wrapper) wrappers.set(client, (wrapper = wrap(client)));
      return wrapper;
    },
    end: () => pool.end(),
  };
}

const list = (items: RawBuilder<unknown>[]) => sql.join(items, sql`, `);

/**
 * Count rows per account, status and losing carrier: eight, so concurrent writers rarely wait on one.
 * A submission takes its connection's (the server process's id modulo 8): each connection keeps to
 * one row (a pool of 10 shares some rows between two connections, as do several instances), where
 * concurrent submissions with shards drawn at random took turns on the same rows (row locks, and
 * each row's versions written by several backends). Measured in process, 20 submitting
 * at once on a pool of 10, alternating runs: PostgreSQL's CPU 233–246 → 215–219 µs a submission,
 * 4,800–5,150 → 5,290–5,450 submissions a second. Other changes draw a shard at random (`counterShard`).
 */
const SHARDS = 8;
const shard = () => Math.floor(Math.random() * SHARDS);

const SUBMISSION_VALUES = [
  ...PORT_COLUMNS,
  'max_active',
  'history_at',
  'history_from',
  'history_to',
  'history_carrier_status',
  'history_message',
  'history_actor',
  'event_id',
  'event_type',
  'event_order_id',
  'event_created_at',
  'event_data',
  'subscribed',
] as const;
const TIMER_VALUES = ['timer_step', 'timer_due_at', 'timer_attempt'] as const;
const KEY_VALUES = ['key', 'request_hash', 'response_body'] as const;
type SubmissionValue = (typeof SUBMISSION_VALUES)[number] | (typeof TIMER_VALUES)[number] | (typeof KEY_VALUES)[number];

/**
 * A submission is one statement (one implicit transaction; foreign keys are checked at its end, when
 * the port row exists), compiled once for each of its four shapes (with or without a timer, an
 * idempotency key): building this statement anew cost more of the service's CPU than PostgreSQL
 * takes to run it.
 */
function submissionQuery(withTimer: boolean, withKey: boolean) {
  const names: SubmissionValue[] = [...SUBMISSION_VALUES, ...(withTimer ? TIMER_VALUES : []), ...(withKey ? KEY_VALUES : [])];
  return preparedQuery<SubmissionValue, { id: string }>(names, (db, v) => {
    const timerCte = withTimer
      ? sql`, t AS (INSERT INTO port_timers (port_id, step, due_at, attempt, claimed_by, lease_until)
                   SELECT id, ${v.timer_step}, ${v.timer_due_at}, ${v.timer_attempt}, NULL, NULL FROM p)`
      : sql``;
    const keyCte = withKey
      ? sql`, k AS (INSERT INTO idempotency_keys (account_id, key, request_hash, resource_id, response_body, created_at)
                   SELECT account_id, ${v.key}, ${v.request_hash}, id, ${v.response_body}, created_at FROM p)`
      : sql``;
    // A feed writer (see FEED_WRITER_LOCK): the lock is taken as the row comes out of `l`, before the
    // first insert gives this statement its transaction id.
    const statement = sql<{ id: string }>`
      WITH l AS (SELECT ${sql.raw(FEED_WRITER_LOCK)} AS locked),
      p AS (
        INSERT INTO ports (${list(PORT_COLUMNS.map((c) => sql.ref(c)))})
        SELECT ${list(PORT_COLUMNS.map((c) => sql`${v[c]}`))}
        FROM l
        WHERE NOT EXISTS (SELECT 1 FROM ports WHERE number = ${v.number} AND status = 'completed')
          AND (SELECT coalesce(sum(n), 0) FROM port_counts
               WHERE account_id = ${v.account_id} AND status IN ('pending', 'authorized', 'in_progress')) < ${v.max_active}
        RETURNING id, account_id, created_at, losing_carrier_spid
      ),
      c AS (
        INSERT INTO port_counts (account_id, status, spid, shard, n) SELECT account_id, 'pending', coalesce(losing_carrier_spid, ''), pg_backend_pid() % ${sql.lit(SHARDS)}, 1 FROM p
        ON CONFLICT (account_id, status, spid, shard) DO UPDATE SET n = port_counts.n + 1
      ),
      e AS (
        INSERT INTO port_events (port_id, seq, at, from_status, to_status, carrier_status, message, actor, event_id)
        SELECT id, 1, ${v.history_at}, ${v.history_from}, ${v.history_to}, ${v.history_carrier_status}, ${v.history_message}, ${v.history_actor}, ${v.event_id} FROM p
      ),
      ev AS (
        INSERT INTO events (id, account_id, type, port_id, order_id, created_at, data)
        SELECT ${v.event_id}, account_id, ${v.event_type}, id, ${v.event_order_id}, ${v.event_created_at}, ${v.event_data} FROM p
        RETURNING id, account_id
      ),
      d AS (
        INSERT INTO webhook_deliveries (id, account_id, endpoint_id, event_id, event_type, status, attempts, next_attempt_at, created_at, updated_at)
        SELECT 'dlv_' || substr(ev.id, 5) || substr(w.id, 5), w.account_id, w.id, ev.id, ${v.event_type}, 'pending', 0, ${v.event_created_at}, ${v.event_created_at}, ${v.event_created_at}
        FROM ev JOIN webhook_endpoints w ON w.account_id = ev.account_id AND w.enabled = 1
          AND (w.events = '["*"]' OR w.events LIKE ${v.subscribed})
      )${timerCte}${keyCte}
      SELECT id FROM p`;
    return { compile: () => statement.compile(db) };
  });
}
const SUBMISSIONS = [submissionQuery(false, false), submissionQuery(false, true), submissionQuery(true, false), submissionQuery(true, true)] as const;

const IS_PORT_COLUMN = new Set<string>(PORT_COLUMNS);

/** A submission's values beside its port row, by the names its statements give them. */
function submissionValues(s: Submission): Record<Exclude<SubmissionValue, (typeof PORT_COLUMNS)[number]>, unknown> {
  const { history, event, timer, idempotency } = s;
  return {
    max_active: s.maxActive,
    history_at: history.at,
    history_from: history.from,
    history_to: history.to,
    history_carrier_status: history.carrier_status,
    history_message: history.message,
    history_actor: history.actor,
    event_id: event.id,
    event_type: event.type,
    event_order_id: event.order_id,
    event_created_at: event.created_at,
    event_data: event.data,
    subscribed: subscribedPattern(event.type),
    timer_step: timer?.step ?? null,
    timer_due_at: timer?.due_at ?? null,
    timer_attempt: timer?.attempt ?? null,
    key: idempotency?.key ?? null,
    request_hash: idempotency?.request_hash ?? null,
    response_body: idempotency?.response_body ?? null,
  };
}

async function insertSubmission(db: Kysely<Schema>, s: Submission): Promise<boolean> {
  const { row, timer, idempotency } = s;
  const { query, order } = SUBMISSIONS[(timer ? 2 : 0) + (idempotency ? 1 : 0)]!.sqlFor(db);
  const rest = submissionValues(s);
  // The port's columns from its row, the rest from `rest`: one object of all 51 values, spread from
  // the row, cost more of the service's CPU than compiling the statement anew (measured).
  const parameters = order.map((n) => (IS_PORT_COLUMN.has(n) ? row[n as (typeof PORT_COLUMNS)[number]] : rest[n as keyof typeof rest]));
  const result = await db.executeQuery({ ...query, parameters });
  return result.rows.length === 1;
}

/**
 * Submissions that arrive together, several at a time, written by one statement: each of the values a
 * submission's own statement binds (its port row, the rows written with it) is a field of one JSON
 * object, and the batch is one jsonb array bound as the only parameter. The rows are written as the
 * single statement writes them; the active-port quota counts the account's submissions earlier in
 * the batch as active.
 *
 * A submission whose number already has an active port or whose idempotency key is already stored
 * (or that repeats an earlier one of the batch in either) is not written here: the unique index it
 * would break would fail the whole statement. It comes back as `alone`, to be written by its own
 * statement, which fails or succeeds for it as it would have without the batch. Rows are inserted in
 * the order of the unique and count keys, so that two batches take their locks in the same order.
 * The answer: each port written (`written`), each to write alone; the others were refused (a number
 * already ported in, the quota).
 */
const BATCH_FIELDS = `ord int, id text, max_active int, history_at text, history_from text, history_to text,
  history_carrier_status text, history_message text, history_actor text, event_id text, event_type text,
  event_order_id text, event_created_at text, event_data text, subscribed text, timer_step text,
  timer_due_at text, timer_attempt int, key text, request_hash text, response_body text`;
const BATCH_SUBMISSION = `
  WITH l AS (SELECT ${FEED_WRITER_LOCK} AS locked),
  r AS (SELECT * FROM jsonb_populate_recordset(NULL::ports, $1::jsonb)),
  x AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(${BATCH_FIELDS})),
  -- Subqueries per submission (index probes), not [NOT] EXISTS: those become joins the planner may
  -- answer by hashing every completed port.
  cand AS (
    SELECT r.*, x.ord, x.max_active,
      (SELECT 1 FROM ports WHERE number = r.number AND status = 'completed' LIMIT 1) IS NOT NULL AS completed,
      (SELECT 1 FROM ports WHERE number = r.number AND status IN ('pending', 'authorized', 'in_progress') LIMIT 1) IS NOT NULL
        OR (x.key IS NOT NULL AND (SELECT 1 FROM idempotency_keys k WHERE k.account_id = r.account_id AND k.key = x.key) IS NOT NULL)
        OR row_number() OVER (PARTITION BY r.number ORDER BY x.ord) > 1
        OR (x.key IS NOT NULL AND row_number() OVER (PARTITION BY r.account_id, x.key ORDER BY x.ord) > 1) AS alone
    FROM l, r JOIN x ON x.id = r.id
  ),
  ok AS (
    SELECT cand.*, row_number() OVER (PARTITION BY account_id ORDER BY ord) AS rank FROM cand WHERE NOT alone AND NOT completed
  ),
  p AS (
    INSERT INTO ports (${PORT_COLUMNS.join(', ')})
    SELECT ${PORT_COLUMNS.join(', ')} FROM ok
    WHERE ok.rank + (SELECT coalesce(sum(n), 0) FROM port_counts
                     WHERE account_id = ok.account_id AND status IN ('pending', 'authorized', 'in_progress')) <= ok.max_active
    ORDER BY number
    RETURNING id, account_id, created_at, losing_carrier_spid
  ),
  c AS (
    INSERT INTO port_counts (account_id, status, spid, shard, n)
    SELECT account_id, 'pending', coalesce(losing_carrier_spid, ''), pg_backend_pid() % ${SHARDS}, count(*) FROM p
    GROUP BY account_id, coalesce(losing_carrier_spid, '') ORDER BY account_id, coalesce(losing_carrier_spid, '')
    ON CONFLICT (account_id, status, spid, shard) DO UPDATE SET n = port_counts.n + excluded.n
  ),
  e AS (
    INSERT INTO port_events (port_id, seq, at, from_status, to_status, carrier_status, message, actor, event_id)
    SELECT p.id, 1, x.history_at, x.history_from, x.history_to, x.history_carrier_status, x.history_message, x.history_actor, x.event_id FROM p JOIN x ON x.id = p.id
  ),
  ev AS (
    INSERT INTO events (id, account_id, type, port_id, order_id, created_at, data)
    SELECT x.event_id, p.account_id, x.event_type, p.id, x.event_order_id, x.event_created_at, x.event_data FROM p JOIN x ON x.id = p.id ORDER BY x.ord
    RETURNING id, account_id
  ),
  d AS (
    INSERT INTO webhook_deliveries (id, account_id, endpoint_id, event_id, event_type, status, attempts, next_attempt_at, created_at, updated_at)
    SELECT 'dlv_' || substr(ev.id, 5) || substr(w.id, 5), w.account_id, w.id, ev.id, x.event_type, 'pending', 0, x.event_created_at, x.event_created_at, x.event_created_at
    FROM ev JOIN x ON x.event_id = ev.id JOIN webhook_endpoints w ON w.account_id = ev.account_id AND w.enabled = 1
      AND (w.events = '["*"]' OR w.events LIKE x.subscribed)
  ),
  t AS (
    INSERT INTO port_timers (port_id, step, due_at, attempt, claimed_by, lease_until)
    SELECT p.id, x.timer_step, x.timer_due_at, x.timer_attempt, NULL, NULL FROM p JOIN x ON x.id = p.id WHERE x.timer_step IS NOT NULL
  ),
  k AS (
    INSERT INTO idempotency_keys (account_id, key, request_hash, resource_id, response_body, created_at)
    SELECT p.account_id, x.key, x.request_hash, p.id, x.response_body, p.created_at FROM p JOIN x ON x.id = p.id WHERE x.key IS NOT NULL
  )
  SELECT id, 'written' AS outcome FROM p UNION ALL SELECT id, 'alone' FROM cand WHERE alone`;

/** One submission as a field-per-value object of the batch's JSON array. */
function batchEntry(s: Submission, ord: number): Record<string, unknown> {
  return { ...s.row, ord, ...submissionValues(s) };
}

/**
 * The batch as JSON text. A lone surrogate (valid in a JavaScript string and in JSON text) is
 * refused by jsonb; pg writes a string parameter as UTF-8, where a lone surrogate becomes U+FFFD, so
 * the batch does the same and stores what the submission's own statement would.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function batchJson(entries: readonly Record<string, unknown>[]): string {
  const text = JSON.stringify(entries);
  // JSON.stringify writes a lone surrogate as a \u escape (and a pair as itself).
  if (!/\\u[dD][89a-fA-F]/.test(text)) return text;
  return JSON.stringify(entries, (_key, value: unknown) => (typeof value === 'string' ? value.replace(LONE_SURROGATE, '\ufffd') : value));
}

/**
 * Errors that are about a batch's rows rather than the database (a unique key taken by a concurrent
 * batch, a deadlock between two, text jsonb cannot hold): its submissions are then written one by one.
 * Any other error (a lost connection, a timeout) is every submission's answer, as it would have been alone.
 */
const ROW_ERRORS = new Set(['23505', '40P01', '40001', '22P02', '22P05', '22021']);

/** At most this many submissions in one statement. */
const MAX_BATCH = 64;

/**
 * Group commit, as on SQLite (see sqlite.ts): at most `lanes` submission statements run at once;
 * submissions that arrive while they all run wait, and the next free lane writes every one waiting
 * in one statement (one round trip, one commit). A submission that finds a lane free is written at
 * once, alone, so nothing waits when the service is not busy. None is answered before its statement
 * has committed. A submission in the way of another (a number or a key taken, see BATCH_SUBMISSION)
 * is written by its own statement after the batch. When the batch's statement fails on its rows (a
 * key taken meanwhile by a concurrent batch, a deadlock with one, …) nothing of it was written, and
 * each submission is then written by its own statement, one after another: one's failure is its own
 * and each gets the answer it would have got alone.
 */
function submissionBatcher(db: Kysely<Schema>, lanes: number): (s: Submission) => Promise<boolean> {
  type Waiting = { s: Submission; resolve: (inserted: boolean) => void; reject: (err: unknown) => void };
  const queue: Waiting[] = [];
  let running = 0;
  const alone = (w: Waiting) => insertSubmission(db, w.s).then(w.resolve, w.reject);
  const together = async (batch: Waiting[]) => {
    let answer: QueryResult<{ id: string; outcome: 'written' | 'alone' }>;
    try {
      const entries = batchJson(batch.map((w, i) => batchEntry(w.s, i)));
      answer = await db.executeQuery<{ id: string; outcome: 'written' | 'alone' }>(CompiledQuery.raw(BATCH_SUBMISSION, [entries]));
    } catch (err) {
      if (!ROW_ERRORS.has(String((err as { code?: unknown } | null)?.code))) {
        for (const w of batch) w.reject(err);
        return;
      }
      // One by one, in this lane: the pool's other connections stay free for everything else.
      for (const w of batch) await alone(w);
      return;
    }
    const outcome = new Map(answer.rows.map((r) => [r.id, r.outcome]));
    const later: Waiting[] = [];
    for (const w of batch) {
      const o = outcome.get(w.s.row.id);
      if (o === 'alone') later.push(w);
      else w.resolve(o === 'written');
    }
    for (const w of later) await alone(w);
  };
  const pump = () => {
    while (running < lanes && queue.length > 0) {
      const batch = queue.splice(0, MAX_BATCH);
      running++;
      void (batch.length === 1 ? alone(batch[0]!) : together(batch)).finally(() => {
        running--;
        pump();
      });
    }
  };
  return (s) =>
    new Promise<boolean>((resolve, reject) => {
      queue.push({ s, resolve, reject });
      pump();
    });
}

const claimTimers = claimTimersQuery(true);

/**
 * An account's events after a position, in feed order: (txid, seq), and only transactions below the
 * horizon (feedHorizon), so nothing can commit behind a position a reader has passed.
 */
function feedQuery(db: Kysely<Schema>, q: FeedQuery, after: { txid: string; seq: number }, horizon: string) {
  let query = db
    .selectFrom('events')
    .select(['id', 'type', 'created_at', 'data', 'account_id', 'port_id', 'order_id'])
    .where(q.portId === undefined ? 'account_id' : unindexed('account_id'), '=', q.accountId)
    .where(sql<boolean>`(txid, seq) > (${after.txid}::xid8, ${after.seq})`)
    .where(sql<boolean>`txid < ${horizon}::xid8`);
  if (q.type !== undefined) query = query.where('type', '=', q.type);
  if (q.portId !== undefined) query = query.where('port_id', '=', q.portId);
  return query.orderBy(sql`txid`).orderBy('seq').limit(q.limit);
}

export function connect(config: { url: string; poolSize: number }): Database {
  // count(*) and other int8 values arrive as strings by default; ours always fit in a double.
  pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
  // No JIT: it compiles a plan whose estimated cost is high (a count over a large filter, a deep
  // offset) in tens of milliseconds, longer than these short queries run.
  // (Set on each new connection, queued ahead of its first query, so that the URL's own `options`
  // such as a search_path stay as they are.)
  const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize });
  pool.on('connect', (client) => void client.query('SET jit = off').catch(() => {}));
  // An idle connection that the server drops (a restart, a failover) is removed from the pool and
  // replaced on demand; without a listener its 'error' would crash the process.
  pool.on('error', (err) => process.stderr.write(`PostgreSQL connection lost (the pool replaces it): ${err.message}\n`));
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool: namedStatements(pool) }) });
  // A few submission statements at once (see submissionBatcher), the rest of the pool for everything else.
  const insertSubmissions = submissionBatcher(db, Math.max(1, Math.floor(config.poolSize / 4)));
  return {
    kind: 'postgres',
    db,
    // Half the pool for the worker's concurrent steps; the rest stays free for requests.
    workerConcurrency: Math.max(1, Math.floor(config.poolSize / 2)),
    groupsWorkerAnswers: false,
    counterShard: shard,
    insertSubmission: insertSubmissions,
    claimDueTimers: async (q) => (await claimTimers(db, q)).rows,
    claimDueDeliveries: (q) => claimDeliveriesQuery(db, q, true).execute(),
    // (For the plan test: the statement as readFeed sends it, with some horizon.)
    feedQuery: (q, position) => feedQuery(db, q, position === null ? { txid: '0', seq: 0 } : { txid: String(position.txid), seq: Number(position.seq) }, '1000000'),
    async readFeed(q) {
      // The horizon and the cursor's position are read side by side; both before the feed's statement.
      const [horizon, cursor] = await Promise.all([
        feedHorizon(db),
        q.after === null
          ? { txid: '0', seq: 0 }
          : db
              .selectFrom('events')
              .select([sql<string>`txid::text`.as('txid'), 'seq'])
              .where('id', '=', q.after)
              .where('account_id', '=', q.accountId)
              .executeTakeFirst(),
      ]);
      if (!cursor) return { events: [], cursorFound: false };
      const rows = await feedQuery(db, q, cursor, horizon).execute();
      return { events: rows.map(rowToEvent), cursorFound: true };
    },
    isUniqueViolation: (err) => (err as { code?: unknown } | null)?.code === '23505',
    isTransientConflict: (err) => ['40P01', '40001'].includes(String((err as { code?: unknown } | null)?.code)),
    // Migration bookkeeping lives in the schema we work in (search_path), so databases that
    // separate tenants or test runs by schema each keep their own history.
    migrationSchema: async () => (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema,
    close: () => db.destroy(),
  };
}
