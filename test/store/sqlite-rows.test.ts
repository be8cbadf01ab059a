/**
 * SQLite rows are read as arrays and made into objects by a function written for each statement's
 * columns (src/store/dialect/sqlite.ts): the objects must be what better-sqlite3 itself would make,
 * and a schema change must not leave a cached statement making them with its old columns.
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
    const query = sql<Record<string, unknown>>`SELECT *, id AS "id", 'later' AS n FROM t ORDER BY id`;
    const ours = (await query.execute(db)).rows;
    const reference = new BetterSqlite3(file, { readonly: true });
    try {
      const theirs = reference.prepare('SELECT *, id AS "id", \'later\' AS n FROM t ORDER BY id').all();
      assert.deepEqual(ours, theirs);
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

  it('a schema change empties the statement cache: a cached SELECT * then reads the new column', async () => {
    const { db } = database;
    await sql`CREATE TABLE s (id integer primary key, a text)`.execute(db);
    await sql`INSERT INTO s VALUES (1, 'a')`.execute(db);
    const read = () => db.selectFrom('s' as never).selectAll().execute();
    assert.deepEqual(await read(), [{ id: 1, a: 'a' }]);
    await sql`ALTER TABLE s ADD COLUMN c text DEFAULT 'c'`.execute(db);
    assert.deepEqual(await read(), [{ id: 1, a: 'a', c: 'c' }]);
    await sql`ALTER TABLE s DROP COLUMN a`.execute(db);
    assert.deepEqual(await read(), [{ id: 1, c: 'c' }]);
  });
});
