/**
 * Every list query, in every shape the API and the desk can ask for (each filter, alone and together,
 * first page, cursor position, deep offset), is planned on the database itself: no full scan, no
 * sort, and the index we built for that shape. A list that reads only its page stays fast at a
 * million ports; a plan that scans or sorts grows with the table. On PostgreSQL sequential scans and
 * sorts are priced out (enable_seqscan, enable_sort off) so any plan that still needs one shows it.
 *
 * The tables hold enough rows (tens of thousands, one account holding a fifth, every status) for the
 * planners to choose as they would at scale; SQLite is checked before statistics exist (a database
 * grown by the service) and after ANALYZE (a seeded one), PostgreSQL after ANALYZE.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CompiledQuery, sql, type Compilable, type RawBuilder } from 'kysely';
import { orderListQuery, orderPortsQuery, portsOfOrdersQuery, subOrdersOfOrdersQuery } from '../../src/store/orders.ts';
import { portListQuery } from '../../src/store/ports.ts';
import { COUNT_QUERIES } from '../../src/store/counts.ts';
import type { PreparedQuery } from '../../src/store/prepared.ts';
import { deliveryListQuery, endpointListQuery } from '../../src/store/webhooks.ts';
import { call, createTestApp, VALID_PORT, type TestApp } from '../helpers/app.ts';
import { onPostgres } from '../helpers/db.ts';

let t: TestApp;
before(async () => {
  t = await createTestApp({ env: { ORDER_REQUIREMENTS: '' } });
  await fill();
});
after(() => t.close());

const ACCOUNTS = 20;
/** i's account: every fifth row the big account's (a fifth of all), the rest spread over the others. */
const accountOf = sql`CASE WHEN i % 5 = 0 THEN 'acct_plan_0' ELSE 'acct_plan_' || (i % ${sql.lit(ACCOUNTS - 1)} + 1) END`;

/** Copies `table`'s row `templateId` `count` times, with the columns in `vary` computed from i. */
async function clone(table: string, templateId: string, count: number, vary: Record<string, RawBuilder<unknown>>, omit: string[] = []): Promise<void> {
  const tables = await t.database.db.introspection.getTables();
  const current = onPostgres ? String((await sql<{ s: string }>`select current_schema() as s`.execute(t.database.db)).rows[0]!.s) : undefined;
  const meta = tables.find((x) => x.name === table && (current === undefined || x.schema === current))!;
  const columns = meta.columns.map((c) => c.name).filter((c) => !omit.includes(c));
  const values = columns.map((c) => vary[c] ?? sql.ref(`tpl.${c}`));
  await sql`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${sql.lit(count)})
    INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
    SELECT ${sql.join(values)} FROM n CROSS JOIN ${sql.table(table)} AS tpl WHERE tpl.id = ${templateId}`.execute(t.database.db);
}

/** Tens of thousands of ports, events, orders and deliveries, copied from ones the service made. */
async function fill(): Promise<void> {
  const port = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: VALID_PORT });
  assert.equal(port.status, 201);
  const order = await call(t.app, 'POST', '/v2/port_orders', { key: t.alice.key, body: { ...VALID_PORT, number: undefined, numbers: ['+12125553300'] } });
  assert.equal(order.status, 201);
  const event = await t.database.db.selectFrom('events').select('id').executeTakeFirstOrThrow();
  const now = '2026-11-16T15:00:00.000Z';
  await t.database.db
    .insertInto('webhook_endpoints')
    .values({ id: 'wh_plan', account_id: t.alice.accountId, url: 'https://example.com/hook', events: '["*"]', description: null, enabled: 1, disabled_reason: null, secret_enc: 'x', previous_secret_enc: null, previous_secret_until: null, failing_since: null, created_at: now, updated_at: now })
    .execute();
  const delivery = { account_id: t.alice.accountId, event_id: event.id, event_type: 'port.created', attempts: 1, next_attempt_at: null, last_response_status: 200, last_error: null, created_at: now, updated_at: now, claimed_by: null, lease_until: null };
  await t.database.db.insertInto('webhook_deliveries').values({ ...delivery, id: 'dlv_tpl', endpoint_id: 'wh_plan', status: 'succeeded' }).execute();

  await clone('accounts', t.alice.accountId, ACCOUNTS, { id: sql`'acct_plan_' || (i - 1)` });
  const status = sql`CASE i % 50 WHEN 0 THEN 'pending' WHEN 1 THEN 'authorized' WHEN 2 THEN 'in_progress' WHEN 3 THEN 'failed' WHEN 4 THEN 'cancelled' ELSE 'completed' END`;
  const created = sql`'2026-' || (1000000 + i)`;
  await clone('ports', port.body.data.id, 30_000, {
    id: sql`'port_c' || i`,
    account_id: accountOf,
    number: sql`'+1' || (2000000000 + i)`,
    status,
    created_at: created,
    order_id: sql`CASE WHEN i % 10 = 0 THEN 'ord_c' || (i % 3000) ELSE NULL END`,
    action_required: sql`CASE WHEN i % 300 = 7 THEN 1 ELSE 0 END`, // a few the desk flagged
    customer_reference: sql`CASE WHEN i % 7 = 0 THEN 'crm-' || (i % 500) ELSE NULL END`,
    // the directory's five carriers: four share nearly every number, one holds a few
    losing_carrier_spid: sql`CASE WHEN i % 47 = 0 THEN '9009' ELSE (CASE i % 4 WHEN 0 THEN '6214' WHEN 1 THEN '1001' WHEN 2 THEN '2002' ELSE '3003' END) END`,
  });
  await clone('events', event.id, 30_000, { id: sql`'evt_c' || i`, account_id: accountOf, port_id: sql`'port_c' || i`, created_at: created }, ['seq', 'txid']);
  const orderStatus = sql`CASE i % 50 WHEN 0 THEN 'draft' WHEN 1 THEN 'in_progress' WHEN 2 THEN 'action_required' WHEN 3 THEN 'cancelled' ELSE 'completed' END`;
  await clone('port_orders', order.body.data.id, 3_000, {
    id: sql`'ord_c' || i`,
    account_id: accountOf,
    status: orderStatus,
    created_at: created,
    action_required: sql`CASE WHEN i % 100 = 7 THEN 1 ELSE 0 END`,
    loa: sql`CASE WHEN i % 50 = 0 THEN 'missing' ELSE 'signed' END`,
    invoice: sql`CASE WHEN i % 50 = 0 THEN 'missing' ELSE 'uploaded' END`,
  });
  await t.database.db.insertInto('sub_orders').values({ id: 'sub_tpl', order_id: order.body.data.id, account_id: t.alice.accountId, losing_carrier: '{}', losing_carrier_spid: '3003', created_at: now }).execute();
  await clone('sub_orders', 'sub_tpl', 6_000, {
    id: sql`'sub_c' || i`,
    order_id: sql`'ord_c' || (i % 3000 + 1)`,
    account_id: accountOf,
    losing_carrier_spid: sql`CASE i % 4 WHEN 0 THEN '6214' WHEN 1 THEN '1001' WHEN 2 THEN '2002' ELSE '3003' END`,
  });
  await clone('webhook_deliveries', 'dlv_tpl', 20_000, {
    id: sql`'dlv_c' || (1000000 + i)`,
    endpoint_id: sql`CASE WHEN i % 4 = 0 THEN 'wh_plan' ELSE 'wh_other' || (i % 7) END`,
    status: sql`CASE i % 20 WHEN 0 THEN 'failed' WHEN 1 THEN 'pending' ELSE 'succeeded' END`,
  });
}

/** The plan's lines, as the database explains the query. */
async function planOf(query: Compilable<unknown>): Promise<string[]> {
  const c = query.compile();
  if (!onPostgres) {
    const r = await t.database.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`EXPLAIN QUERY PLAN ${c.sql}`, [...c.parameters]));
    return r.rows.map((row) => row.detail);
  }
  return t.database.db.transaction().execute(async (trx) => {
    await trx.executeQuery(CompiledQuery.raw('SET LOCAL enable_seqscan = off'));
    await trx.executeQuery(CompiledQuery.raw('SET LOCAL enable_sort = off'));
    const r = await trx.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`EXPLAIN ${c.sql}`, [...c.parameters]));
    return r.rows.map((row) => row['QUERY PLAN']);
  });
}

/**
 * Fails on a full scan or a sort, and unless the plan reads `index` (null: any index in the list's
 * order will do, as for a filter most rows match, where walking another index finds a page at once).
 */
async function assertPlan(name: string, query: Compilable<unknown>, index: string | null): Promise<string> {
  const plan = await planOf(query);
  const text = plan.join('\n');
  const sorts = onPostgres ? /Sort/ : /TEMP B-TREE/;
  // SQLite: a SCAN of a table without an index; the rows of a subquery it made as a co-routine
  // (a page of ids, read in full by design) are not a table.
  const coroutines = new Set([...text.matchAll(/^CO-ROUTINE (\w+)$/gm)].map((m) => m[1]));
  const fullScan = onPostgres ? /Seq Scan/.test(text) : [...text.matchAll(/^SCAN (\w+)$/gm)].some((m) => !coroutines.has(m[1]));
  assert.ok(!fullScan, `${name}: a full scan\n${text}`);
  assert.doesNotMatch(text, sorts, `${name}: a sort\n${text}`);
  if (index !== null) assert.match(text, new RegExp(`\\b${index}\\b`), `${name}: expected ${index}\n${text}`);
  return text;
}

const ACCOUNT = 'acct_plan';
const POSITION = { created_at: '2026-11-16T15:00:00.000Z', id: 'port_0000000000000000' };
const subsets = <K extends string>(keys: readonly K[]): K[][] => keys.reduce<K[][]>((all, k) => [...all, ...all.map((s) => [...s, k])], [[]]);

for (const stats of onPostgres ? [true] : [false, true])
describe(`every list query reads an index in its own order (${stats ? 'with statistics' : 'without statistics'})`, () => {
  before(async () => {
    if (stats) await sql`ANALYZE`.execute(t.database.db);
  });

  it('ports: every filter together or alone, first page, cursor and deep offset', async () => {
    const values = { accountId: ACCOUNT, status: 'pending', number: '+12125550100', orderId: 'ord_plan', reference: 'crm-7' } as const;
    for (const keys of subsets(['accountId', 'status', 'number', 'orderId', 'reference'] as const)) {
      const f = Object.fromEntries(keys.map((k) => [k, values[k]]));
      const has = (k: (typeof keys)[number]) => keys.includes(k);
      const index = has('number')
        ? 'ports_by_number'
        : has('orderId')
          ? 'ports_by_order'
          : has('reference')
            ? 'ports_by_reference'
          : has('accountId') && has('status')
            ? 'ports_by_account_status'
            : has('accountId')
              ? 'ports_by_account'
              : has('status')
                ? 'ports_by_status'
                : 'ports_by_created';
      const name = `ports filtered by [${keys.join(', ')}]`;
      await assertPlan(`${name}, first page`, portListQuery(t.database.db, { ...f, limit: 20, offset: 0 }), index);
      await assertPlan(`${name}, after a cursor`, portListQuery(t.database.db, { ...f, limit: 20, offset: 0 }, POSITION), index);
      await assertPlan(`${name}, offset 100000`, portListQuery(t.database.db, { ...f, limit: 20, offset: 100_000 }), index);
    }
  });

  it('ports by losing carrier: alone, with a status, with an account (and both), flagged or not; first page, cursor and deep offset', async () => {
    // A carrier of a few ports reads its own index; one of a quarter of them may instead walk the
    // list's order (a page is found at once) where statistics say so, as PostgreSQL's do.
    const common = (index: string) => (onPostgres ? null : index);
    const shapes = [
      ['9009', {}, 'ports_by_carrier'],
      ['9009', { status: 'pending' }, 'ports_by_carrier'],
      ['2002', {}, common('ports_by_carrier')],
      ['2002', { status: 'pending' }, common('ports_by_carrier')],
      ['9009', { accountId: ACCOUNT }, 'ports_by_account'],
      ['9009', { accountId: ACCOUNT, status: 'pending' }, 'ports_by_account_status'],
      ['2002', { accountId: ACCOUNT }, 'ports_by_account'],
      ['9009', { actionRequired: false }, 'ports_by_carrier'],
      ['9009', { status: 'failed', actionRequired: false }, 'ports_by_carrier'],
      ['9009', { actionRequired: true }, 'ports_flagged'],
      ['9009', { accountId: ACCOUNT, actionRequired: true }, 'ports_flagged_by_account'],
      ['9009', { number: '+12125550100' }, 'ports_by_number'],
      ['9009', { reference: 'crm-7' }, 'ports_by_reference'],
    ] as const;
    for (const [losingCarrier, f, index] of shapes) {
      const q = { ...f, losingCarrier, limit: 20 };
      const name = `ports of losing carrier ${losingCarrier} ${JSON.stringify(f)}`;
      await assertPlan(`${name}, first page`, portListQuery(t.database.db, { ...q, offset: 0 }), index);
      await assertPlan(`${name}, after a cursor`, portListQuery(t.database.db, { ...q, offset: 0 }, POSITION), index);
      await assertPlan(`${name}, offset 100000`, portListQuery(t.database.db, { ...q, offset: 100_000 }), index);
    }
  });

  it('port counts (the totals): of an account, of a losing carrier, of both, read from their keys', async () => {
    await sql`DELETE FROM port_counts`.execute(t.database.db);
    await sql`INSERT INTO port_counts (account_id, status, spid, shard, n)
      SELECT account_id, status, coalesce(losing_carrier_spid, ''), 0, count(*) FROM ports GROUP BY account_id, status, coalesce(losing_carrier_spid, '')`.execute(t.database.db);
    if (stats) await sql`ANALYZE`.execute(t.database.db);
    const withValues = <K extends string>(q: PreparedQuery<K, unknown>, values: Record<K, string>): Compilable<unknown> => ({
      compile: () => {
        const { query, order } = q.sqlFor(t.database.db);
        return { ...query, parameters: order.map((k) => values[k]) };
      },
    });
    const { countsOfAccount, countsOfCarrier, countsOfAccountAndCarrier } = COUNT_QUERIES;
    await assertPlan('counts of an account', withValues(countsOfAccount, { account_id: ACCOUNT }), onPostgres ? 'port_counts_carrier_pk' : 'PRIMARY KEY');
    await assertPlan('counts of a carrier', withValues(countsOfCarrier, { spid: '1001' }), 'port_counts_by_carrier');
    await assertPlan('counts of an account and a carrier', withValues(countsOfAccountAndCarrier, { account_id: ACCOUNT, spid: '1001' }), onPostgres ? 'port_counts_carrier_pk' : 'PRIMARY KEY');
  });

  it('port orders: by account, status, both or neither (the desk), first page and cursor', async () => {
    const expected = { '': 'port_orders_by_created', a: 'port_orders_by_account', s: 'port_orders_by_status', as: 'port_orders_by_account_status' } as const;
    for (const keys of subsets(['a', 's'] as const)) {
      const f = { ...(keys.includes('a') ? { accountId: ACCOUNT } : {}), ...(keys.includes('s') ? { status: 'in_progress' as const } : {}), limit: 20 };
      const index = expected[keys.join('') as keyof typeof expected];
      await assertPlan(`orders [${keys.join('')}]`, orderListQuery(t.database.db, f), index);
      await assertPlan(`orders [${keys.join('')}], after a cursor`, orderListQuery(t.database.db, f, POSITION), index);
    }
    // with a sub-order of a losing carrier: each order in list order, its few sub-orders read by order
    for (const keys of subsets(['a', 's'] as const)) {
      const f = { ...(keys.includes('a') ? { accountId: ACCOUNT } : {}), ...(keys.includes('s') ? { status: 'in_progress' as const } : {}), losingCarrier: '2002', limit: 20 };
      const index = expected[keys.join('') as keyof typeof expected];
      for (const position of [undefined, POSITION]) {
        const plan = await assertPlan(`orders [${keys.join('')}] of a losing carrier${position ? ', after a cursor' : ''}`, orderListQuery(t.database.db, f, position), index);
        assert.match(plan, /sub_orders_by_order/, `the sub-orders are read by order\n${plan}`);
      }
    }
    // a page of orders shown with their ports and sub-orders: two queries for the page
    const page = Array.from({ length: 20 }, (_, i) => `ord_c${i * 7}`);
    const viewPorts = await assertPlan('ports of a page of orders', orderPortsQuery(t.database.db, page), 'ports_by_order');
    await assertPlan('ports of one order', portsOfOrdersQuery(t.database.db, page.slice(0, 1)), 'ports_by_order');
    const viewSubOrders = await assertPlan('sub-orders of a page of orders', subOrdersOfOrdersQuery(t.database.db, page), 'sub_orders_by_order');
    // SQLite reads both from their index alone (PostgreSQL's choice of an index-only scan depends on
    // its visibility map, not on the query).
    if (!onPostgres) {
      assert.match(viewPorts, /COVERING INDEX ports_by_order/, `the order views' port columns come from the index\n${viewPorts}`);
      assert.match(viewSubOrders, /COVERING INDEX sub_orders_by_order/, `sub-orders come from the index\n${viewSubOrders}`);
    }
  });

  it('flagged ports and orders (action_required=true) read their partial indexes; orders missing documents walk one in list order', async () => {
    const ports = [
      [{}, 'ports_flagged'],
      [{ accountId: ACCOUNT }, 'ports_flagged_by_account'],
      [{ accountId: ACCOUNT, status: 'pending' }, 'ports_flagged_by_account'],
      [{ status: 'pending' }, 'ports_flagged'],
      [{ number: '+12125550100' }, 'ports_by_number'],
      [{ accountId: ACCOUNT, orderId: 'ord_plan' }, 'ports_by_order'],
    ] as const;
    for (const [f, index] of ports) {
      const name = `flagged ports ${JSON.stringify(f)}`;
      await assertPlan(name, portListQuery(t.database.db, { ...f, actionRequired: true, limit: 20, offset: 0 }), index);
      await assertPlan(`${name}, after a cursor`, portListQuery(t.database.db, { ...f, actionRequired: true, limit: 20, offset: 0 }, POSITION), index);
    }
    for (const [f, index] of [[{}, 'port_orders_flagged'], [{ accountId: ACCOUNT }, 'port_orders_flagged_by_account'], [{ accountId: ACCOUNT, status: 'draft' as const }, 'port_orders_flagged_by_account']] as const) {
      await assertPlan(`flagged orders ${JSON.stringify(f)}`, orderListQuery(t.database.db, { ...f, actionRequired: true, limit: 20 }), index);
      await assertPlan(`flagged orders ${JSON.stringify(f)}, after a cursor`, orderListQuery(t.database.db, { ...f, actionRequired: true, limit: 20 }, POSITION), index);
    }
    for (const f of [{}, { accountId: ACCOUNT }]) {
      const q = { ...f, requirementsMet: { met: false, required: ['loa', 'invoice'] as const }, limit: 20 };
      await assertPlan(`orders missing documents ${JSON.stringify(f)}`, orderListQuery(t.database.db, q), null);
      await assertPlan(`orders missing documents ${JSON.stringify(f)}, after a cursor`, orderListQuery(t.database.db, q, POSITION), null);
    }
  });

  it('the event feed: everything, by type, by port; from the start and after a position', async () => {
    const position = onPostgres ? { seq: 10, txid: '1000' } : { seq: 10 };
    const shapes = [
      [{}, 'events_feed'],
      [{ type: 'port.status_changed' as const }, 'events_by_type'],
      [{ portId: 'port_plan' }, 'events_by_port'],
    ] as const;
    for (const [filter, index] of shapes) {
      const q = { accountId: ACCOUNT, after: null, limit: 50, ...filter };
      await assertPlan(`feed ${JSON.stringify(filter)}`, t.database.feedQuery(q, null), index);
      await assertPlan(`feed ${JSON.stringify(filter)}, after a position`, t.database.feedQuery(q, position), index);
    }
  });

  it('webhook endpoints and their delivery log (by status or not), first page and cursor', async () => {
    await assertPlan('endpoints', endpointListQuery(t.database.db, ACCOUNT, 20, 0), 'webhook_endpoints_by_account');
    await assertPlan('endpoints, after a cursor', endpointListQuery(t.database.db, ACCOUNT, 20, 0, POSITION), 'webhook_endpoints_by_account');
    const pk = onPostgres ? 'webhook_deliveries_pk' : 'PRIMARY KEY';
    await assertPlan('deliveries', deliveryListQuery(t.database.db, { endpointId: 'wh_plan', limit: 20 }), pk);
    await assertPlan('deliveries, after a cursor', deliveryListQuery(t.database.db, { endpointId: 'wh_plan', limit: 20 }, 'dlv_plan'), pk);
    // A few failed or pending among many succeeded: the status index, once the planner has statistics
    // (SQLite gathers them when it opens the database and every hour: PRAGMA optimize). Without
    // them, SQLite walks the endpoint's deliveries in the table's own order, which is no scan.
    for (const [status, index] of [['failed', stats ? 'webhook_deliveries_by_status' : null], ['pending', stats ? 'webhook_deliveries_by_status' : null], ['succeeded', null]] as const) {
      await assertPlan(`deliveries ${status}`, deliveryListQuery(t.database.db, { endpointId: 'wh_plan', status, limit: 20 }), index);
      await assertPlan(`deliveries ${status}, after a cursor`, deliveryListQuery(t.database.db, { endpointId: 'wh_plan', status, limit: 20 }, 'dlv_plan'), index);
    }
  });
});
