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
import type { LosingCarrier } from '../../src/domain/carrier-directory.ts';
import type { Port } from '../../src/domain/port-request.ts';
import { noCounts, type Order } from '../../src/domain/orders.ts';
import { orderToRow } from '../../src/store/orders.ts';
import { listPorts, portToRow } from '../../src/store/ports.ts';

const address = { street: '1 Main St', city: 'New York', state: 'NY', postal_code: '10001', country: 'US' };
const samplePort = (id: string, number: string): Port => ({
  id,
  account_id: 'acc_old',
  number,
  status: 'pending',
  carrier_status: 'pending_transfer',
  carrier_name: null,
  account_number: 'AC-1',
  billing_phone: number,
  end_user_name: 'Ada',
  end_user_address: address,
  customer_reference: null,
  number_type: 'fixed_line_or_mobile',
  region: 'US',
  created_at: '2026-11-16T15:00:00.000Z',
  updated_at: '2026-11-16T15:00:00.000Z',
  estimated_completion: null,
  foc_date: null,
  completed_at: null,
  failed_at: null,
  cancelled_at: null,
  rejection: null,
  messages: [],
  reviews: 0,
  losing_carrier: null,
  requested_foc_date: null,
  order_id: null,
  sub_order_id: null,
  action_required: false,
});
const orderRow = (id: string) => {
  const o: Order = {
    id,
    account_id: 'acc_old',
    status: 'in_progress',
    numbers: [],
    account_number: 'AC-1',
    billing_phone: '+12125550100',
    end_user_name: 'Ada',
    end_user_address: address,
    carrier_name: null,
    requested_foc_date: null,
    customer_reference: null,
    requirements: { loa: 'signed', invoice: 'uploaded' },
    counts: noCounts(),
    created_at: '2026-11-16T15:00:00.000Z',
    updated_at: '2026-11-16T15:00:00.000Z',
    submitted_at: '2026-11-16T15:00:00.000Z',
    action_required: false,
  };
  return orderToRow(o, null, 1);
};

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

  it('0010 fills the losing carrier’s SPID in from the JSON of the ports and sub-orders already there, and 0011 counts them by carrier', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'porting-migrate-'));
    const testDb = await freshDatabase(dir);
    const database = createDatabase(loadConfig({ DATABASE_URL: testDb.url, ...testDb.env }).database);
    try {
      const before = MIGRATION_NAMES.filter((n) => n < '0010_losing_carrier');
      assert.deepEqual(await migrateToLatest(database, before), before);
      const at = '2026-11-16T15:00:00.000Z';
      await database.db.insertInto('accounts').values({ id: 'acc_old', name: 'old', is_admin: 0, created_at: at }).execute();
      const old = (id: string, number: string, carrier: LosingCarrier | null) => {
        const { losing_carrier_spid, ...row } = portToRow({ ...samplePort(id, number), losing_carrier: carrier }, null, 1);
        assert.equal(losing_carrier_spid, carrier?.spid ?? null, 'written by the row encoding today');
        return row;
      };
      const cascade: LosingCarrier = { name: 'Cascade Voice', spid: '3003', wireless: false, pin_required: false };
      await database.db.insertInto('ports').values([old('port_old_1', '+12125550100', cascade), old('port_old_2', '+12125550101', null)] as never).execute();
      await database.db.insertInto('port_orders').values({ ...orderRow('ord_old') } as never).execute();
      await database.db.insertInto('sub_orders').values({ id: 'sub_old', order_id: 'ord_old', account_id: 'acc_old', losing_carrier: JSON.stringify(cascade), created_at: at } as never).execute();

      assert.deepEqual(await migrateToLatest(database), MIGRATION_NAMES.filter((n) => !before.includes(n)));
      const ports = await database.db.selectFrom('ports').select(['id', 'losing_carrier_spid']).orderBy('id').execute();
      assert.deepEqual(ports, [{ id: 'port_old_1', losing_carrier_spid: '3003' }, { id: 'port_old_2', losing_carrier_spid: null }]);
      assert.deepEqual(await database.db.selectFrom('sub_orders').select(['id', 'losing_carrier_spid']).execute(), [{ id: 'sub_old', losing_carrier_spid: '3003' }]);
      assert.deepEqual((await listPorts(database.db, { losingCarrier: '3003', limit: 20, offset: 0 })).ports.map((p) => p.id), ['port_old_1']);
      // 0011: the counts rebuilt from the ports, by carrier ('' for none).
      const counts = await database.db.selectFrom('port_counts').select(['account_id', 'status', 'spid', 'shard', 'n']).orderBy('spid').execute();
      const status = samplePort('port_x', '+12125550102').status;
      assert.deepEqual(counts.map((c) => ({ ...c, n: Number(c.n) })), [
        { account_id: 'acc_old', status, spid: '', shard: 0, n: 1 },
        { account_id: 'acc_old', status, spid: '3003', shard: 0, n: 1 },
      ]);
    } finally {
      await database.close();
      await testDb.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
