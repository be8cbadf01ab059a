/** The SQLite file, opened with the service's settings (used by the dialect and by the benchmark's raw ceiling). */
import { closeSync, chmodSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

/**
 * Opens (creating when missing) the database file, owner-only: the file, and so its WAL and
 * shared-memory files (SQLite gives them the database file's mode), are 0600, in a folder created 0700.
 */
export function openSqlite(filename: string): BetterSqlite3.Database {
  if (filename !== ':memory:') {
    mkdirSync(dirname(filename), { recursive: true, mode: 0o700 });
    closeSync(openSync(filename, 'a', 0o600));
    chmodSync(filename, 0o600);
  }
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
  // Statistics for the query planner, for tables that have none or whose size has changed a lot
  // (bounded work: SQLite samples). Run again every hour by the connection (dialect/sqlite.ts).
  raw.pragma('optimize = 0x10002');
  return raw;
}

