/**
 * SQLite rows of a statement that names its columns are read as arrays and made into objects by a
 * function written for those columns (src/store/dialect/sqlite.ts): the objects must be what
 * better-sqlite3 itself would make, and a schema change (by this connection or another process) must
 * never leave a cached statement labelling values with columns it no longer reads.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { connect } from '../../src/store/dialect/sqlite.ts';
import type { Database } from '../../src/store/dialect/dialect.ts';
import { onPostgres } from '../helpers/db.ts';

describe('SQLite rows made from arrays', { skip: onPostgres && 'SQLite only' }, () => {
  let dir: string;
  let file: string;
  let database: Database;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'porting-rows-'));
    file = join(dir, 'rows.db');
    database = connect({ filename: file });
  });
  after(async () => {
    await database.db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the objects better-sqlite3 gives: every column by name, types kept, a repeated name its last value, odd names as they are', async () => {
    const { db } = database;
    await sql`CREATE TABLE t (id integer primary key, "weird ""name""" text, n real, b blob, empty text)`.execute(db);
    await sql`INSERT INTO t VALUES (1, 'x', 1.5, x'00ff', NULL), (2, 'y', -2, x'', NULL)`.execute(db);
    const text = `SELECT id, "weird ""name""", n, b, empty, id AS "id", 'later' AS n FROM t ORDER BY id`;
    const query = sql<Record<string, unknown>>`${sql.raw(text)}`;
    const ours = (await query.execute(db)).rows;
    const reference = new BetterSqlite3(file, { readonly: true });
    try {
      assert.deepEqual(ours, reference.prepare(text).all());
      assert.deepEqual(ours[0], { id: 1, 'weird "name"': 'x', n: 'later', b: Buffer.from([0, 255]), empty: null });
      assert.equal(Object.keys(ours[1]!).length, 5);
    } finally {
      reference.close();
    }
    // The same statement again (now from the cache) and an empty result.
    assert.deepEqual((await query.execute(db)).rows, ours);
    assert.deepEqual((await sql`SELECT id FROM t WHERE id > 99`.execute(db)).rows, []);
    // RETURNING makes a reading statement of an INSERT.
    assert.deepEqual((await sql`INSERT INTO t (id, n) VALUES (3, 7) RETURNING id, n`.execute(db)).rows, [{ id: 3, n: 7 }]);
  });

  it('another process changing the schema: a cached SELECT * reads the columns of the moment, a cached statement naming a dropped column fails', async () => {
    const { db } = database;
    await sql`CREATE TABLE s (id integer primary key, a text, b text)`.execute(db);
    await sql`INSERT INTO s VALUES (1, 'A', 'B')`.execute(db);
    const all = () => db.selectFrom('s' as never).selectAll().execute();
    const named = (...columns: string[]) => db.selectFrom('s' as never).select(columns as never).execute();
    assert.deepEqual(await all(), [{ id: 1, a: 'A', b: 'B' }]);
    assert.deepEqual(await named('id', 'b'), [{ id: 1, b: 'B' }]);
    assert.deepEqual(await named('id', 'a'), [{ id: 1, a: 'A' }]);
    const other = new BetterSqlite3(file);
    try {
      other.exec(`ALTER TABLE s DROP COLUMN a; ALTER TABLE s ADD COLUMN c text DEFAULT 'C'`);
    } finally {
      other.close();
    }
    assert.deepEqual(await all(), [{ id: 1, b: 'B', c: 'C' }]);
    assert.deepEqual(await named('id', 'b'), [{ id: 1, b: 'B' }]);
    await assert.rejects(named('id', 'a'), /no such column: "?a"?/);
    // This connection's own schema change, too.
    await sql`ALTER TABLE s ADD COLUMN d text DEFAULT 'D'`.execute(db);
    assert.deepEqual(await all(), [{ id: 1, b: 'B', c: 'C', d: 'D' }]);
  });
});
