import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';

/**
 * Text compared byte by byte on both databases: ids, ISO timestamps and E.164 numbers are ordered
 * and compared with `<`, and PostgreSQL's locale collations would order them differently from SQLite.
 */
export function textType(db: Kysely<any>): 'text' | RawBuilder<unknown> {
  return db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : 'text';
}
