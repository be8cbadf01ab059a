import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';

/**
 * Text compared byte by byte on both databases: ids, ISO timestamps and E.164 numbers are ordered
 * and compared with `<`, and PostgreSQL's locale collations would order them differently from SQLite.
 */
export function textType(db: Kysely<any>): 'text' | RawBuilder<unknown> {
  return db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : 'text';
}

/**
 * SQLite tables whose primary key is how they are always read get `WITHOUT ROWID`: the rows live in
 * the primary-key b-tree itself, one b-tree to write instead of two. (PostgreSQL has no such clause.)
 */
export function clusteredByPrimaryKey(db: Kysely<any>): RawBuilder<unknown> {
  return db.getExecutor().adapter instanceof PostgresAdapter ? sql`` : sql`without rowid`;
}
