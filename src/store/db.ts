import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { Schema } from './schema.ts';

/** What repository functions take: the database, or a transaction of the caller's. */
export type Db = Kysely<Schema> | Transaction<Schema>;

/**
 * A column as an expression no index can serve (`col || ''`, the same value), for a filter that
 * narrows less than another one of the query: without it the planner may pick either equality's index
 * (on SQLite without statistics, a tie), and walk an account's 200,000 ports to find a number's three.
 */
export const unindexed = (column: string): RawBuilder<string> => sql<string>`(${sql.ref(column)} || '')`;

/**
 * Every column of table `T`, named in a statement instead of `*`: its rows then have the same
 * columns whatever the schema does under it (another process's migration), which SQLite's rows read
 * as arrays rely on (see dialect/sqlite.ts). Fails to compile when a column of `T` is missing.
 */
export const allColumns =
  <T>() =>
  <const C extends readonly (keyof T & string)[]>(columns: C & ([Exclude<keyof T, C[number]>] extends [never] ? unknown : { missing: Exclude<keyof T, C[number]> })): C =>
    columns;
