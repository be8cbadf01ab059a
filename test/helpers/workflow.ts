/** Drives the workflow with the fake clock: jump to the next due timer, run a worker batch, repeat. */
import type { TestApp } from './app.ts';

export async function nextDue(t: TestApp): Promise<string | undefined> {
  const r = await t.database.db.selectFrom('port_timers').select((eb) => eb.fn.min('due_at').as('due')).executeTakeFirst();
  return (r?.due as string | null) ?? undefined;
}

/** Runs every due step until no timer is left (or `until` is reached); returns the steps run. */
export async function runUntilIdle(t: TestApp, opts: { until?: string; maxBatches?: number } = {}): Promise<number> {
  let steps = 0;
  for (let i = 0; i < (opts.maxBatches ?? 1000); i++) {
    const due = await nextDue(t);
    if (!due || (opts.until && due > opts.until)) break;
    if (due > t.clock.now().toISOString()) t.clock.set(due);
    steps += await t.services.worker.tick();
  }
  if (opts.until && opts.until > t.clock.now().toISOString()) t.clock.set(opts.until);
  return steps;
}

export async function events(t: TestApp, portId: string) {
  return t.database.db.selectFrom('port_events').selectAll().where('port_id', '=', portId).orderBy('seq').execute();
}

/** Runs due steps until the port reaches `status` (fails if the workflow goes idle first). */
export async function runUntilStatus(t: TestApp, portId: string, status: string, maxBatches = 100): Promise<void> {
  for (let i = 0; i < maxBatches; i++) {
    const row = await t.database.db.selectFrom('ports').select('status').where('id', '=', portId).executeTakeFirstOrThrow();
    if (row.status === status) return;
    const due = await nextDue(t);
    if (!due) throw new Error(`workflow idle with ${portId} ${row.status}, expected ${status}`);
    if (due > t.clock.now().toISOString()) t.clock.set(due);
    await t.services.worker.tick();
  }
  throw new Error(`${portId} did not reach ${status}`);
}
