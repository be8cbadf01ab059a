/**
 * PostgreSQL (pg pool): many instances on one database. Everything that differs from SQLite lives
 * here and in ./sqlite.ts, which have the same exports.
 */
import { Kysely, PostgresDialect, sql, type PostgresPool, type PostgresPoolClient, type RawBuilder } from 'kysely';
import pg from 'pg';
import type { Database } from './dialect.ts';
import { PORT_COLUMNS } from '../ports.ts';
import type { Schema } from '../schema.ts';
import type { Submission } from '../submissions.ts';
import { claimTimersQuery } from '../timers.ts';

export const name = 'postgres';

/**
 * Text compared byte by byte, as on SQLite: ids, ISO timestamps and E.164 numbers are ordered and
 * compared with `<`, and PostgreSQL's locale collations would order them differently.
 */
export const textType = (): 'text' | RawBuilder<unknown> => sql`text collate "C"`;

/** PostgreSQL has no clustered tables to ask for. */
export const clusteredByPrimaryKey = (): RawBuilder<unknown> => sql``;

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
  return {
    async connect() {
      const client = await pool.connect();
      return {
        query: ((text: unknown, values?: readonly unknown[]) => {
          if (typeof text !== 'string') return client.query(text as never);
          const n = nameOf(text);
          return n ? client.query({ name: n, text, values: values as unknown[] }) : client.query(text, values as unknown[]);
        }) as unknown as PostgresPoolClient['query'],
        release: (destroy?: boolean) => client.release(destroy),
      };
    },
    end: () => pool.end(),
  };
}

const list = (items: RawBuilder<unknown>[]) => sql.join(items, sql`, `);

/** One statement (one implicit transaction); foreign keys are checked at its end, when the port row exists. */
async function insertSubmission(db: Kysely<Schema>, s: Submission): Promise<boolean> {
  const { row, history, timer, idempotency } = s;
  const timerCte = timer
    ? sql`, t AS (INSERT INTO port_timers (port_id, step, due_at, attempt, claimed_by, lease_until)
                 SELECT id, ${timer.step}, ${timer.due_at}, ${timer.attempt}, NULL, NULL FROM p)`
    : sql``;
  const keyCte = idempotency
    ? sql`, k AS (INSERT INTO idempotency_keys (account_id, key, request_hash, port_id, response_body, created_at)
                 SELECT account_id, ${idempotency.key}, ${idempotency.request_hash}, id, ${idempotency.response_body}, created_at FROM p)`
    : sql``;
  const result = await sql<{ id: string }>`
    WITH p AS (
      INSERT INTO ports (${list(PORT_COLUMNS.map((c) => sql.ref(c)))})
      SELECT ${list(PORT_COLUMNS.map((c) => sql`${row[c]}`))}
      WHERE NOT EXISTS (SELECT 1 FROM ports WHERE number = ${row.number} AND status = 'completed')
      RETURNING id, account_id, created_at
    ),
    e AS (
      INSERT INTO port_events (port_id, seq, at, from_status, to_status, carrier_status, message, actor)
      SELECT id, 1, ${history.at}, ${history.from}, ${history.to}, ${history.carrier_status}, ${history.message}, ${history.actor} FROM p
    )${timerCte}${keyCte}
    SELECT id FROM p`.execute(db);
  return result.rows.length === 1;
}

const claimTimers = claimTimersQuery(true);

export function connect(config: { url: string; poolSize: number }): Database {
  // count(*) and other int8 values arrive as strings by default; ours always fit in a double.
  pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
  const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize });
  // An idle connection that the server drops (a restart, a failover) is removed from the pool and
  // replaced on demand; without a listener its 'error' would crash the process.
  pool.on('error', (err) => process.stderr.write(`PostgreSQL connection lost (the pool replaces it): ${err.message}\n`));
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool: namedStatements(pool) }) });
  return {
    kind: 'postgres',
    db,
    // Half the pool for the worker's concurrent steps; the rest stays free for requests.
    workerConcurrency: Math.max(1, Math.floor(config.poolSize / 2)),
    insertSubmission: (s) => insertSubmission(db, s),
    claimDueTimers: async (q) => (await claimTimers(db, q)).rows,
    isUniqueViolation: (err) => (err as { code?: unknown } | null)?.code === '23505',
    // Migration bookkeeping lives in the schema we work in (search_path), so databases that
    // separate tenants or test runs by schema each keep their own history.
    migrationSchema: async () => (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema,
    close: () => db.destroy(),
  };
}
