/**
 * One suite, two databases: `TEST_DB=postgres` (set by `npm test` when TEST_DATABASE_URL is given)
 * runs the same tests on PostgreSQL, each test database a fresh schema that is dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';

export const TEST_DB: 'sqlite' | 'postgres' = process.env['TEST_DB'] === 'postgres' ? 'postgres' : 'sqlite';
export const onPostgres = TEST_DB === 'postgres';
/** PostgreSQL requires a shared SECRET_KEY; tests use a fixed one. */
export const TEST_SECRET_KEY = 'test-secret-key-for-the-porting-suite-0123456789';

export interface TestDatabase {
  url: string;
  /** Extra environment a server on this database needs. */
  env: Record<string, string>;
  schema: string | null;
  drop(): Promise<void>;
}

/** A fresh, empty database: a SQLite file in `dir` (or in memory), or a new PostgreSQL schema. */
export async function freshDatabase(dir: string, opts: { file?: boolean } = {}): Promise<TestDatabase> {
  if (!onPostgres) {
    const url = opts.file === false ? 'sqlite::memory:' : `sqlite:${join(dir, 'porting.db')}`;
    return { url, env: {}, schema: null, drop: async () => {} };
  }
  const base = process.env['TEST_DATABASE_URL'];
  if (!base) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL');
  const schema = 't_' + randomBytes(6).toString('hex');
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = `${base}${base.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    url,
    env: { SECRET_KEY: TEST_SECRET_KEY },
    schema,
    async drop() {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    },
  };
}
