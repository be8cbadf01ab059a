import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createServices } from '../../src/app.ts';
import { FakeClock } from '../../src/workflow/clock.ts';
import { Worker } from '../../src/workflow/worker.ts';
import { createDirectory } from '../../src/carrier/directory.ts';
import { call, createTestApp, MONDAY, VALID_PORT, type TestApp } from '../helpers/app.ts';
import { onPostgres } from '../helpers/db.ts';
import { events, nextDue } from '../helpers/workflow.ts';

const submitMany = async (t: TestApp, n: number, prefix: string) => {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const res = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: `${prefix}${String(i).padStart(4, '0')}` } });
    assert.equal(res.status, 201);
    ids.push(res.body.data.id);
  }
  return ids;
};

/** History is contiguous (seq 1..n), starts with the submission, and every step follows the last. */
async function assertCleanHistory(t: TestApp, id: string): Promise<string[]> {
  const history = await events(t, id);
  assert.deepEqual(history.map((e) => e.seq), history.map((_, i) => i + 1));
  assert.equal(history[0]!.from_status, null);
  for (let i = 1; i < history.length; i++) assert.equal(history[i]!.from_status, history[i - 1]!.to_status, id);
  return history.map((e) => e.to_status);
}

describe('races', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp({ file: true })));
  after(() => t.close());

  it('a cancel racing the worker’s authorization: one of them wins cleanly, the port ends cancelled', async () => {
    t.clock.set(MONDAY);
    const ids = await submitMany(t, 30, '+1312555');
    t.clock.set((await nextDue(t))!);
    const [claimed, ...cancels] = await Promise.all([
      t.services.worker.tick(),
      ...ids.map((id) => call(t.app, 'POST', `/v2/ports/${id}/cancel`, { key: t.alice.key })),
    ]);
    assert.equal(claimed, 30);
    assert.ok(cancels.every((r) => r.status === 200));
    for (const id of ids) {
      const path = await assertCleanHistory(t, id);
      assert.ok(['pending>cancelled', 'pending>authorized>cancelled'].includes(path.join('>')), path.join('>'));
      const row = await t.database.db.selectFrom('ports').select(['status', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(row.status, 'cancelled');
      assert.equal(row.version, path.length); // one version per written change: none lost, none doubled
    }
    assert.equal(await nextDue(t), undefined); // no timer survives a cancellation
  });

  it('two workers on one database never apply the same step twice', async () => {
    t.clock.set(MONDAY);
    const ids = await submitMany(t, 60, '+1650555');
    // SQLite is the one-process mode: a second app (and worker) in the same process shares the
    // connection. Separate processes on one PostgreSQL database are tested in the scale-out suite.
    const second = await createServices(t.config, { database: t.database, clock: t.clock });
    try {
      const [a, b] = [t.services.worker, second.worker];
      const before = a.applied + b.applied;
      for (let i = 0; i < 50; i++) {
        const due = await nextDue(t);
        if (!due) break;
        if (due > t.clock.now().toISOString()) t.clock.set(due);
        await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
      }
      for (const id of ids) assert.deepEqual(await assertCleanHistory(t, id), ['pending', 'authorized', 'in_progress', 'completed']);
      assert.equal(a.applied + b.applied - before, ids.length * 3);
      assert.ok(a.applied > 0 && b.applied > 0, `both workers took part (${a.applied}, ${b.applied})`);
    } finally {
      await second.close();
    }
  });

  it('a batch’s answers are written once the carrier has answered them all, and one that lost is rolled back alone', { skip: onPostgres && 'PostgreSQL writes each answer in its own transaction' }, async () => {
    t.clock.set(MONDAY);
    const ids = await submitMany(t, 3, '+1415666');
    t.clock.set((await nextDue(t))!);
    const s = t.services;
    // While the carrier answers the batch: at the second port the customer cancels the first (whose
    // answer is decided but not yet written: it loses at its first statement); at the third, another
    // worker takes the second port's claim (its answer writes the port, history and event, then
    // loses at the claim: the savepoint must take all of that back).
    const asked: string[] = [];
    const gateway = {
      ...s.gateway,
      mode: s.gateway.mode,
      automatic: true,
      review: async (requests: Parameters<typeof s.gateway.review>[0]) => {
        asked.push(requests[0]!.portId);
        if (asked.length === 2) assert.equal((await call(t.app, 'POST', `/v2/ports/${asked[0]}/cancel`, { key: t.alice.key })).status, 200);
        if (asked.length === 3) await t.database.db.updateTable('port_timers').set({ claimed_by: 'another-worker' }).where('port_id', '=', asked[1]!).execute();
        return s.gateway.review(requests);
      },
    };
    const worker = new Worker({ database: t.database, clock: t.clock, gateway, directory: createDirectory([]), lifecycle: s.lifecycle, secrets: s.secrets, batchSize: 10, pollMs: 10, leaseMs: 30_000, log: s.log });
    const counted = async (to: string) => (await s.metrics.registry.getSingleMetric('porting_transitions_total')!.get()).values.find((v) => v.labels['to'] === to)!.value;
    const [authorizedBefore, cancelledBefore] = [await counted('authorized'), await counted('cancelled')];
    assert.equal(await worker.tick(), 3);
    assert.deepEqual([...asked].sort(), [...ids].sort());
    const [cancelled, overtaken, written] = asked as [string, string, string];
    assert.deepEqual(await assertCleanHistory(t, cancelled), ['pending', 'cancelled']);
    assert.deepEqual(await assertCleanHistory(t, overtaken), ['pending']);
    assert.deepEqual(await assertCleanHistory(t, written), ['pending', 'authorized']);
    const row = async (id: string) => t.database.db.selectFrom('ports').select(['status', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(await row(overtaken), { status: 'pending', version: 1 });
    const moves = await t.database.db.selectFrom('events').select('port_id').where('type', '=', 'port.status_changed').where('port_id', 'in', ids).orderBy('port_id').execute();
    assert.deepEqual(moves.map((e) => e.port_id), [cancelled, written].sort());
    assert.equal(worker.applied, 1);
    // Counted once written: the one authorization and the customer's cancel, not the rolled-back answer.
    assert.deepEqual([(await counted('authorized')) - authorizedBefore, (await counted('cancelled')) - cancelledBefore], [1, 1]);
    const timers = await t.database.db.selectFrom('port_timers').select(['port_id', 'step', 'claimed_by']).where('port_id', 'in', ids).orderBy('port_id').execute();
    assert.deepEqual(
      timers.map((r) => [r.port_id, r.step, r.claimed_by]),
      [
        [overtaken, 'review', 'another-worker'],
        [written, 'transfer_start', null],
      ].sort((x, y) => (x[0]! < y[0]! ? -1 : 1)),
    );
    const counts = await t.database.db.selectFrom('port_counts').select(['status', (eb) => eb.fn.sum<number>('n').as('n')]).where('account_id', '=', t.alice.accountId).groupBy('status').execute();
    const kept = Object.fromEntries(counts.map((c) => [c.status, Number(c.n)]).filter(([, n]) => n !== 0));
    const actual = await t.database.db.selectFrom('ports').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).where('account_id', '=', t.alice.accountId).groupBy('status').execute();
    assert.deepEqual(kept, Object.fromEntries(actual.map((c) => [c.status, Number(c.n)]).filter(([, n]) => n !== 0)), 'the kept counts match the rows');
    // Out of the later tests' way: cancelling ends their timers.
    for (const id of [overtaken, written]) assert.equal((await call(t.app, 'POST', `/v2/ports/${id}/cancel`, { key: t.alice.key })).status, 200);
  });

  it('a step claimed by a worker that died is taken over once its lease runs out', async () => {
    t.clock.set(MONDAY);
    const [id] = await submitMany(t, 1, '+1718555');
    t.clock.set((await nextDue(t))!);
    // A worker claims the step and dies before finishing it.
    const real = Date.now();
    const claimed = await t.database.claimDueTimers({
      now: t.clock.now().toISOString(),
      realNow: new Date(real).toISOString(),
      leaseUntil: new Date(real + 30_000).toISOString(),
      workerId: 'dead-worker',
      limit: 10,
    });
    assert.equal(claimed.length, 1);
    const realClock = new FakeClock(new Date(real));
    const s = t.services;
    const survivor = new Worker({ database: t.database, clock: t.clock, realClock, gateway: s.gateway, directory: createDirectory([]), lifecycle: s.lifecycle, secrets: s.secrets, batchSize: 10, pollMs: 10, leaseMs: 30_000, log: s.log });
    assert.equal(await survivor.tick(), 0); // still leased
    realClock.advance(30_001);
    assert.equal(await survivor.tick(), 1);
    assert.deepEqual(await assertCleanHistory(t, id!), ['pending', 'authorized']);
  });
});
