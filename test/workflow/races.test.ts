import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createServices } from '../../src/app.ts';
import { FakeClock } from '../../src/workflow/clock.ts';
import { Worker } from '../../src/workflow/worker.ts';
import { createDirectory } from '../../src/carrier/directory.ts';
import { call, createTestApp, MONDAY, VALID_PORT, type TestApp } from '../helpers/app.ts';
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

  it('one batch of steps is written in one transaction, and a port that moved meanwhile is rolled back alone', async () => {
    t.clock.set(MONDAY);
    const ids = await submitMany(t, 3, '+1415666');
    t.clock.set((await nextDue(t))!);
    const s = t.services;
    // A carrier that, while answering the second port, sees the customer cancel the first one: its
    // answer was already decided, and is written after the cancel, in the batch's transaction.
    let asked = 0;
    const gateway = {
      ...s.gateway,
      mode: s.gateway.mode,
      automatic: true,
      review: async (requests: Parameters<typeof s.gateway.review>[0]) => {
        if (++asked === 2) assert.equal((await call(t.app, 'POST', `/v2/ports/${ids[0]}/cancel`, { key: t.alice.key })).status, 200);
        return s.gateway.review(requests);
      },
    };
    // One lane: the batch is written together (SQLite's way; on PostgreSQL too when so configured).
    const worker = new Worker({ database: t.database, clock: t.clock, gateway, directory: createDirectory([]), lifecycle: s.lifecycle, secrets: s.secrets, batchSize: 10, concurrency: 1, pollMs: 10, leaseMs: 30_000, log: s.log });
    const counted = async (to: string) => (await s.metrics.registry.getSingleMetric('porting_transitions_total')!.get()).values.find((v) => v.labels['to'] === to)!.value;
    const [authorizedBefore, cancelledBefore] = [await counted('authorized'), await counted('cancelled')];
    assert.equal(await worker.tick(), 3);
    assert.equal(asked, 3);
    assert.deepEqual(await assertCleanHistory(t, ids[0]!), ['pending', 'cancelled']); // its answer lost the race, alone
    for (const id of ids.slice(1)) assert.deepEqual(await assertCleanHistory(t, id), ['pending', 'authorized']);
    assert.equal(worker.applied, 2);
    // Counted once written: the two authorizations and the customer's cancel, not the lost answer.
    assert.deepEqual([(await counted('authorized')) - authorizedBefore, (await counted('cancelled')) - cancelledBefore], [2, 1]);
    // The lost step's timer is gone with the cancel; the others wait for their next step, unclaimed.
    const timers = await t.database.db.selectFrom('port_timers').select(['port_id', 'step', 'claimed_by']).where('port_id', 'in', ids).orderBy('port_id').execute();
    assert.deepEqual(timers.map((r) => [r.port_id, r.step, r.claimed_by]), ids.slice(1).sort().map((id) => [id, 'transfer_start', null]));
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
