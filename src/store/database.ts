/**
 * The one dialect switch: SQLite (better-sqlite3, one file, WAL) or PostgreSQL (pg pool), chosen by
 * DATABASE_URL. Everything above this file sees only `Kysely<Schema>` and `Database.dialect`.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type PostgresPool, type PostgresPoolClient, type Compilable, type CompiledQuery, type QueryResult, type SqliteDatabase, type SqliteStatement } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config.ts';
import type { Schema } from './schema.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  readonly db: Kysely<Schema>;
  readonly dialect: Dialect;
  /** SQLite only. */
  readonly sqlite?: SqliteTransactions;
  close(): Promise<void>;
}

/**
 * Kysely's SQLite driver prepares every statement anew, which costs about half of the raw throughput
 * (measured). Our queries come from a small set of shapes, so prepared statements are kept by SQL
 * text. A cache bound keeps dynamically shaped SQL (variable IN lists) from growing it without limit.
 */
function cachingSqlite(raw: BetterSqlite3.Database, maxStatements = 500): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    prepare(sql: string): SqliteStatement {
      let stmt = cache.get(sql);
      if (!stmt) {
        if (cache.size >= maxStatements) cache.clear();
        stmt = raw.prepare(sql);
        cache.set(sql, stmt);
      }
      return stmt as unknown as SqliteStatement;
    },
    close() {
      cache.clear();
      raw.close();
    },
  };
}

export function openSqlite(filename: string): BetterSqlite3.Database {
  if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
  const raw = new BetterSqlite3(filename);
  // WAL: readers never block the writer. synchronous=NORMAL in WAL mode keeps every committed
  // transaction across a process crash (kill -9); only an OS crash or power loss can lose the last ones.
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  // Checkpoints (copying the WAL back into the database file, with an fsync) are the largest cost
  // of a write-heavy load: every move dirties pages of three tables and their indexes. Letting the
  // WAL grow to ~40 MB between checkpoints writes each hot page back once per checkpoint instead of
  // over and over (measured: the workflow drains ~30% faster). A 64 MB page cache keeps indexes hot.
  raw.pragma('wal_autocheckpoint = 10000');
  raw.pragma('cache_size = -65536');
  return raw;
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
    let name = names.get(text);
    if (name === undefined && names.size < maxNames && DML.test(text)) {
      name = `porting_${names.size}`;
      names.set(text, name);
    }
    return name;
  };
  return {
    async connect() {
      const client = await pool.connect();
      return {
        query: ((text: unknown, values?: readonly unknown[]) => {
          if (typeof text !== 'string') return client.query(text as never);
          const name = nameOf(text);
          return name ? client.query({ name, text, values: values as unknown[] }) : client.query(text, values as unknown[]);
        }) as unknown as PostgresPoolClient['query'],
        release: (destroy?: boolean) => client.release(destroy),
      };
    },
    end: () => pool.end(),
  };
}

export function createDatabase(config: DatabaseConfig): Database {
  if (config.kind === 'sqlite') {
    const raw = openSqlite(config.filename);
    const statements = cachingSqlite(raw);
    const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: statements }) });
    const exec: SyncExec = (q, values) => {
      const { query, order } = q.sqlFor(db);
      const stmt = statements.prepare(query.sql) as unknown as BetterSqlite3.Statement;
      const params = bind(order, values);
      if (stmt.reader) return { rows: stmt.all(params) as never[], changes: 0 };
      return { rows: [], changes: stmt.run(params).changes };
    };
    const sqlite: SqliteTransactions = { run: (fn) => db.connection().execute(async () => raw.transaction(() => fn(exec))()) };
    return { db, dialect: 'sqlite', sqlite, close: () => db.destroy() };
  }
  // count(*) and other int8 values arrive as strings by default; ours always fit in a double.
  pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
  const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize });
  // An idle connection that the server drops (a restart, a failover) is removed from the pool and
  // replaced on demand; without a listener its 'error' would crash the process.
  pool.on('error', (err) => process.stderr.write(`PostgreSQL connection lost (the pool replaces it): ${err.message}\n`));
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool: namedStatements(pool) }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

/**
 * A hot statement built and compiled by Kysely once per dialect, then re-run with new parameter
 * values: building and compiling a query costs more than SQLite takes to run it. `build` gets one
 * placeholder per name; each parameter of the compiled SQL must be one of them (checked at compile
 * time), so the parameter order comes from Kysely itself and the SQL stays dialect-neutral.
 */
export interface PreparedQuery<K extends string, R> {
  (db: Kysely<Schema>, values: Readonly<Record<K, unknown>>): Promise<QueryResult<R>>;
  /** The compiled SQL for this database and the placeholder name behind each parameter, in order. */
  sqlFor(db: Kysely<Schema>): { query: CompiledQuery<R>; order: readonly K[] };
}

export function preparedQuery<K extends string, R>(
  names: readonly K[],
  build: (db: Kysely<Schema>, p: Readonly<Record<K, string>>) => Compilable<R>,
): PreparedQuery<K, R> {
  // Keyed by the dialect adapter, which a Kysely instance shares with its transactions.
  const compiled = new WeakMap<object, { query: CompiledQuery<R>; order: K[] }>();
  const placeholders = Object.fromEntries(names.map((n) => [n, `\u0000param:${n}`])) as Record<K, string>;
  const nameOf = new Map<unknown, K>(names.map((n) => [placeholders[n], n]));
  const sqlFor = (db: Kysely<Schema>) => {
    const adapter = db.getExecutor().adapter;
    let entry = compiled.get(adapter);
    if (!entry) {
      const query = build(db, placeholders).compile();
      const order = query.parameters.map((v) => {
        const name = nameOf.get(v);
        if (name === undefined) throw new Error(`preparedQuery: parameter ${JSON.stringify(v)} is not a placeholder in ${query.sql}`);
        return name;
      });
      entry = { query, order };
      compiled.set(adapter, entry);
    }
    return entry;
  };
  const run = (db: Kysely<Schema>, values: Readonly<Record<K, unknown>>) => {
    const { query, order } = sqlFor(db);
    return db.executeQuery<R>({ ...query, parameters: bind(order, values) });
  };
  return Object.assign(run, { sqlFor });
}

function bind<K extends string>(order: readonly K[], values: Readonly<Record<K, unknown>>): unknown[] {
  const parameters = new Array<unknown>(order.length);
  for (let i = 0; i < order.length; i++) parameters[i] = values[order[i]!];
  return parameters;
}

/** Runs prepared queries synchronously inside `SqliteTransactions.run`. */
export type SyncExec = <K extends string, R>(q: PreparedQuery<K, R>, values: Readonly<Record<K, unknown>>) => { rows: R[]; changes: number };

export interface SqliteTransactions {
  /**
   * Runs `fn` as one synchronous SQLite transaction while holding Kysely's connection (so no other
   * query interleaves): no promise hop per statement on the hottest write path.
   */
  run<T>(fn: (exec: SyncExec) => T): Promise<T>;
}
