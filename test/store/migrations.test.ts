/**
 * Migrations landed out of their number order (0007 and 0008 before 0006): a database that ran every
 * migration but 0006 gets it on its next start, with its data kept.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { loadConfig } from '../../src/config.ts';
import { createDatabase } from '../../src/store/database.ts';
import { isSchemaCurrent, MIGRATION_NAMES, migrateToLatest } from '../../src/store/migrate.ts';
import { freshDatabase, onPostgres } from '../helpers/db.ts';

describe('migrations', () => {
  it('applies 0006 to a database already at 0008, keeping its rows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'porting-migrate-'));
    const testDb = await freshDatabase(dir);
    const database = createDatabase(loadConfig({ DATABASE_URL: testDb.url, ...testDb.env }).database);
    try {
      // Where such a database stood: every migration up to 0008 but 0006 (later ones come after it).
      const before = MIGRATION_NAMES.filter((n) => n !== '0006_documents_comments' && n <= '0008_list_indexes');
      assert.deepEqual(before.slice(-2), ['0007_retention', '0008_list_indexes']);
      assert.deepEqual(await migrateToLatest(database, before), before);
      const tables = async () => {
        const schema = onPostgres ? String((await sql<{ s: string }>`select current_schema() as s`.execute(database.db)).rows[0]!.s) : undefined;
        return (await database.db.introspection.getTables()).filter((t) => schema === undefined || t.schema === schema);
      };
      assert.ok(!(await tables()).some((t) => t.name === 'documents'));
      assert.equal(await isSchemaCurrent(database), false, 'readiness sees the missing migration');
      await database.db
        .insertInto('accounts')
        .values({ id: 'acc_old', name: 'old', is_admin: 0, created_at: '2026-11-16T15:00:00.000Z' })
        .execute();

      const rest = MIGRATION_NAMES.filter((n) => !before.includes(n));
      assert.equal(rest[0], '0006_documents_comments');
      assert.deepEqual(await migrateToLatest(database), rest);
      const now = await tables();
      for (const name of ['documents', 'document_chunks', 'comments']) assert.ok(now.some((t) => t.name === name), name);
      for (const name of ['ports', 'port_orders']) assert.ok(now.find((t) => t.name === name)!.columns.some((c) => c.name === 'action_required'), `${name}.action_required`);
      assert.equal(await isSchemaCurrent(database), true);
      assert.deepEqual(await database.db.selectFrom('accounts').select('name').execute(), [{ name: 'old' }]);
      assert.deepEqual(await migrateToLatest(database), [], 'nothing left to run');
    } finally {
      await database.close();
      await testDb.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
