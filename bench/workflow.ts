/**
 * Workflow figure: ports advanced per second through the whole lifecycle, in process, on SQLite (or on
 * PostgreSQL, given a fresh database's URL), with a fake ("fast") clock. The real service, as the
 * composition root assembles it, on a fresh database: N ports are submitted
 * through the port service, then the clock jumps past their due steps and only the draining is timed:
 * `worker.tick()` until nothing is due. A happy-path port makes 3 transitions (pending → authorized →
 * in_progress → completed), checked afterwards against port_events and the ports' statuses.
 */
import { performance } from 'node:perf_hooks';
import { createServices, type Services } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { FakeClock } from '../src/workflow/clock.ts';
import { benchAccount, benchDatabase, type BenchPostgres } from './in-process.ts';
import { benchPort, NumberPool } from './numbers.ts';

/** Transitions per second the issue asks for on a 2-core machine. */
export const WORKFLOW_TARGET = 2000;
export const workflowScenario = (db: 'sqlite' | 'postgres'): string =>
  `workflow transitions/s (${db === 'postgres' ? 'PostgreSQL' : 'SQLite'}, fast clock)`;
const TRANSITIONS_PER_PORT = 3; // authorized, in_progress, completed
const START = '2026-11-16T15:00:00.000Z'; // a Monday, 10:00 in New York
const FAR_AHEAD = '2027-06-01T00:00:00.000Z'; // well past every due step of ports submitted at START

export interface WorkflowResult {
  ports: number;
  /** The worker's batch size (WORKER_BATCH_SIZE as the config read it). */
  batchSize: number;
  transitions: number;
  ticks: number;
  /** Clock jumps needed during the drain (steps due after FAR_AHEAD); 0 expected. */
  clockJumps: number;
  drainSeconds: number;
  submitSeconds: number;
  transitionsPerSec: number;
  /** Empty when every port completed and port_events holds exactly 3 transitions per port. */
  problems: string[];
}

/**
 * `postgres`: a fresh, empty PostgreSQL database (created and dropped by the caller), its pool size and
 * the SECRET_KEY PostgreSQL requires; without it, a SQLite file in a temporary directory.
 */
export async function measureWorkflow(opts: {
  ports: number;
  batchSize?: number;
  postgres?: BenchPostgres;
  /** Stops the run between two submissions or ticks (and closes the database): SIGINT, before a DROP. */
  signal?: AbortSignal;
}): Promise<WorkflowResult> {
  const database = benchDatabase('wf', opts.postgres, {
    // One account holds every waiting port: the per-account quota (MAX_ACTIVE_PORTS) raised to fit.
    MAX_ACTIVE_PORTS: String(Math.max(opts.ports, 10_000)),
    ...(opts.batchSize !== undefined ? { WORKER_BATCH_SIZE: String(opts.batchSize) } : {}),
  });
  const config = loadConfig(database.env);
  const clock = new FakeClock(START);
  let services: Services | undefined;
  try {
    services = await createServices(config, { clock });
    const { database } = services;
    const principal = await benchAccount(services);

    const pool = new NumberPool(opts.ports);
    const submitStart = performance.now();
    for (let i = 0; i < opts.ports; i++) {
      opts.signal?.throwIfAborted();
      const number = pool.at(i);
      await services.ports.submit(principal, benchPort(number));
    }
    const submitSeconds = (performance.now() - submitStart) / 1000;

    // Timed: the draining only.
    clock.set(FAR_AHEAD);
    const worker = services.worker;
    let ticks = 0;
    let clockJumps = 0;
    const drainStart = performance.now();
    for (;;) {
      opts.signal?.throwIfAborted();
      ticks++;
      if ((await worker.tick()) > 0) continue;
      // Nothing due now: a step scheduled relative to the jumped clock (if any) is moved to, as the
      // fake-clock test helpers do; counted and reported so the figure is not silently flattered.
      const next = await database.db.selectFrom('port_timers').select((eb) => eb.fn.min('due_at').as('due')).executeTakeFirst();
      const due = (next?.due as string | null) ?? null;
      if (due === null || due <= clock.now().toISOString()) break;
      clock.set(due);
      clockJumps++;
    }
    const drainSeconds = (performance.now() - drainStart) / 1000;

    const { db } = database;
    const events = Number((await db.selectFrom('port_events').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const transitions = events - opts.ports; // minus one submission event per port
    const byStatus = await db.selectFrom('ports').select(['status', (eb) => eb.fn.countAll().as('n')]).groupBy('status').execute();
    const completed = Number(byStatus.find((r) => r.status === 'completed')?.n ?? 0);
    const problems: string[] = [];
    if (completed !== opts.ports) problems.push(`${completed} of ${opts.ports} ports completed (${byStatus.map((r) => `${r.status} ${r.n}`).join(', ')})`);
    if (transitions !== opts.ports * TRANSITIONS_PER_PORT) problems.push(`${transitions} transitions in port_events, expected ${opts.ports * TRANSITIONS_PER_PORT}`);
    if (worker.applied !== transitions) problems.push(`worker applied ${worker.applied} transitions, port_events holds ${transitions}`);

    return {
      ports: opts.ports,
      batchSize: config.worker.batchSize,
      transitions,
      ticks,
      clockJumps,
      drainSeconds,
      submitSeconds,
      transitionsPerSec: transitions / drainSeconds,
      problems,
    };
  } finally {
    await services?.close();
    database.remove();
  }
}

export function describeWorkflow(r: WorkflowResult): string {
  return (
    `${r.ports} ports submitted in ${r.submitSeconds.toFixed(2)}s; drained ${r.transitions} transitions in ${r.drainSeconds.toFixed(2)}s ` +
    `(${r.ticks} ticks, batch size ${r.batchSize}${r.clockJumps > 0 ? `, ${r.clockJumps} clock jumps` : ''})`
  );
}
