/**
 * Hot statements built and compiled by Kysely once per dialect, then re-run with new parameter
 * values: building and compiling a query costs more than SQLite takes to run it. `build` gets one
 * placeholder per name; each parameter of the compiled SQL must be one of them (checked at compile
 * time), so the parameter order comes from Kysely itself and the SQL stays dialect-neutral.
 */
import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { Schema } from './schema.ts';

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

export function bind<K extends string>(order: readonly K[], values: Readonly<Record<K, unknown>>): unknown[] {
  const parameters = new Array<unknown>(order.length);
  for (let i = 0; i < order.length; i++) parameters[i] = values[order[i]!];
  return parameters;
}
