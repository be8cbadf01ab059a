/**
 * `npm run bench [-- --duration 10] [--rounds 3] [--warmup 2] [--connections 20] [--db sqlite|postgres] [--json PATH]
 *                  [--only http|workflow|webhooks|orders] [--wf-ports 3000] [--wf-batch N] [--wh-events 5000]
 *                  [--pg-url postgres://postgres@127.0.0.1:5432/postgres] [--pool 10]`
 * `npm run bench -- --scale [--scale-ports 1000000] [--db postgres] [--only scale] [--scale-reuse FILE]`
 *
 * Speed of the service relative to the raw ceiling of our own stack (bench/raw-server.ts: bare Fastify +
 * better-sqlite3, one prepared statement per request), both measured in this run on this machine, so
 * the ratio means something across machines where absolute req/s do not. Both run as child processes
 * on their own fresh database; autocannon loads them from this process, one server at a time.
 *
 * Interleaved: this machine's throughput drifts by tens of percent from one run to the next, so each
 * scenario is measured in `--rounds` rounds, each one sample of `duration / rounds` seconds per side,
 * alternating who goes first (ours-ceiling, ceiling-ours, …). A sample is preceded by a warm-up: `--warmup`
 * seconds before each server's first sample of the scenario, min(1, warmup) before the later ones. Reported:
 * per side the median req/s and median p99 across rounds, the ratio of the medians (the verdict), and the
 * per-round ratios, whose spread says how much to trust it.
 *
 * `--db postgres`: the server at `--pg-url` (any database on it; used as the admin connection) gets a
 * fresh database per run for each server under test and one for the workflow figure
 * (`porting_bench_<pid>_ours|ceiling|wf`), dropped WITH (FORCE) at the end, on error and on SIGINT/SIGTERM
 * too. The service gets DATABASE_URL, a throw-away SECRET_KEY and DB_POOL_SIZE=`--pool`; the ceiling is
 * bench/raw-server-pg.ts (bare Fastify + a raw pg Pool of the same size, named prepared statements).
 *
 * Exit code 1 when more than 1% of the measured requests of any sample failed (non-2xx, socket error,
 * timeout): a fast error is not a fast answer. BELOW a target is reported, not an error.
 *
 * After the HTTP scenarios, the workflow figure (bench/workflow.ts): transitions/s of the worker draining
 * `--wf-ports` submitted ports in process (on the `--db` database) with a fake clock, against an absolute target.
 * `--only workflow` runs just that (seconds); `--wf-batch` overrides WORKER_BATCH_SIZE (default: config's).
 * Exit code 1 too when the workflow check fails (a port not completed, a transition missing).
 *
 * Then the webhook figure (bench/webhooks.ts): deliveries/s draining a backlog of `--wh-events` events
 * (one endpoint, a receiver answering 200 at once in a child process), against an absolute target.
 * Then the order figure (bench/orders.ts): submitting an order of 1,000 numbers, five times, < 1 s.
 *
 * `--scale` instead: the scale figure (bench/scale.ts: seed, start-up, memory, every list at a million
 * ports) and the workflow figure with 100,000 ports waiting (`--wf-ports` to change).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon, { type RequestSpec, type Result } from 'autocannon';
import BetterSqlite3 from 'better-sqlite3';
import { benchPort, NumberPool } from './numbers.ts';
import { BenchDatabases } from './pg.ts';
import { freePort, startServer, waitUntilListening, type ServerProcess } from './servers.ts';
import { measureScale, printScale, type ScaleResult, type Seeded } from './scale.ts';
import { describeOrders, measureOrders, ORDER_SIZE, ORDER_TARGET_MS, orderScenario, type OrderResult } from './orders.ts';
import { describeWebhooks, measureWebhooks, webhookScenario, WEBHOOK_TARGET, type WebhookResult } from './webhooks.ts';
import { describeWorkflow, measureWorkflow, workflowScenario, WORKFLOW_TARGET, type WorkflowResult } from './workflow.ts';

// ---- options ----------------------------------------------------------------------------------------

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '20' },
    db: { type: 'string', default: 'sqlite' },
    json: { type: 'string' },
    only: { type: 'string' },
    'wf-ports': { type: 'string', default: '3000' },
    'wf-batch': { type: 'string' },
    'wh-events': { type: 'string', default: '5000' },
    'pg-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    pool: { type: 'string', default: '10' },
    scale: { type: 'boolean', default: false },
    'scale-ports': { type: 'string', default: '1000000' },
    'scale-accounts': { type: 'string', default: '100' },
    'scale-reuse': { type: 'string' },
  },
});
const positive = (name: string, raw: string): number => {
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got "${raw}"`);
  return n;
};
const DURATION = positive('duration', args.duration);
const ROUNDS = Math.round(positive('rounds', args.rounds));
/** Seconds of one measured sample: the per-side duration split over the rounds. */
const SAMPLE = DURATION / ROUNDS;
const WARMUP = positive('warmup', args.warmup);
/** Warm-up before every sample but a server's first of the scenario (that one gets WARMUP). */
const SAMPLE_WARMUP = Math.min(1, WARMUP);
const CONNECTIONS = Math.round(positive('connections', args.connections));
if (args.only !== undefined && !(args.scale ? ['scale'] : ['http', 'workflow', 'webhooks', 'orders']).includes(args.only)) {
  process.stderr.write(`--only must be ${args.scale ? 'scale (the lists without the worker) with --scale' : 'http, workflow, webhooks or orders'}, got "${args.only}"\n`);
  process.exit(2);
}
const SCALE = args.scale;
const RUN_HTTP = !SCALE && (args.only === undefined || args.only === 'http');
// With --scale, `--only scale` leaves out the worker's drain (the lists, start-up and memory only).
const RUN_WORKFLOW = SCALE ? args.only !== 'scale' : args.only === undefined || args.only === 'workflow';
const RUN_WEBHOOKS = !SCALE && (args.only === undefined || args.only === 'webhooks');
const RUN_ORDERS = !SCALE && (args.only === undefined || args.only === 'orders');
const SCALE_PORTS = Math.round(positive('scale-ports', args['scale-ports']));
const SCALE_ACCOUNTS = Math.round(positive('scale-accounts', args['scale-accounts']));
const SCALE_REUSE = args['scale-reuse'];
const WH_EVENTS = Math.round(positive('wh-events', args['wh-events']));
const WF_PORTS = Math.round(positive('wf-ports', SCALE && !process.argv.includes('--wf-ports') ? '100000' : args['wf-ports']));
const WF_BATCH = args['wf-batch'] === undefined ? undefined : Math.round(positive('wf-batch', args['wf-batch']));
if (args.db !== 'sqlite' && args.db !== 'postgres') {
  process.stderr.write(`--db must be sqlite or postgres, got "${args.db}"\n`);
  process.exit(2);
}
const DB: 'sqlite' | 'postgres' = args.db;
const DB_POOL = Math.round(positive('pool', args.pool));
const PG_URL = args['pg-url'];
if (DB === 'postgres' && !/^postgres(ql)?:\/\//.test(PG_URL)) {
  process.stderr.write(`--pg-url must be a postgres:// URL, got "${PG_URL}"\n`);
  process.exit(2);
}
// PostgreSQL requires SECRET_KEY (≥ 32 characters); a throw-away one per run, shared by nothing else.
const SECRET_KEY = randomBytes(32).toString('base64url');
/** The run's PostgreSQL databases (--db postgres only): created on demand, all dropped by `cleanupAll`. */
const PG = DB === 'postgres' ? new BenchDatabases(PG_URL) : null;

const SEED_PORTS = 2000; // ports created through the API before the GET-by-id scenario
// Numbers for the POST scenario: generous for the ceiling's insert rate; the pool grows (and says so) if not.
const POOL_SIZE = SEED_PORTS + Math.ceil((DURATION + WARMUP + (ROUNDS - 1) * SAMPLE_WARMUP) * 30_000);

// ---- servers under test -----------------------------------------------------------------------------

/** One server under test, as the scenarios see it. */
interface Target {
  name: 'ours' | 'ceiling';
  server: ServerProcess;
  /** Rows in its ports table (read after the servers stopped), null if unreadable. */
  countPorts(): Promise<number | null>;
  /** Sent on every request, to both servers: same bytes on the wire (the ceiling ignores the key). */
  headers: Record<string, string>;
  /** Ids of the ports created by `seed`. */
  ids: string[];
  /** Unique numbers, per database. */
  nextNumber(): string;
}

const portBody = (number: string): string => JSON.stringify(benchPort(number));

async function startTargets(dir: string, pool: NumberPool, started: ServerProcess[]): Promise<Target[]> {
  const cursor = () => {
    let i = 0;
    return () => pool.at(i++);
  };

  // Each server on its own fresh database: a SQLite file in `dir`, or a PostgreSQL database of this run.
  let oursEnv: Record<string, string>;
  let rawScript: string;
  let rawEnv: Record<string, string>;
  let countOurs: () => Promise<number | null>;
  let countRaw: () => Promise<number | null>;
  if (PG) {
    const [oursUrl, rawUrl] = [await PG.create('ours'), await PG.create('ceiling')];
    oursEnv = { DATABASE_URL: oursUrl, DB_POOL_SIZE: String(DB_POOL), SECRET_KEY };
    rawScript = 'bench/raw-server-pg.ts';
    rawEnv = { RAW_DB_URL: rawUrl, DB_POOL_SIZE: String(DB_POOL) };
    countOurs = () => PG.countPorts(oursUrl);
    countRaw = () => PG.countPorts(rawUrl);
  } else {
    const [oursDb, rawDb] = [join(dir, 'bench.db'), join(dir, 'raw.db')];
    oursEnv = { DATABASE_URL: `sqlite:${oursDb}` };
    rawScript = 'bench/raw-server.ts';
    rawEnv = { RAW_DB: rawDb };
    countOurs = async () => countRows(oursDb);
    countRaw = async () => countRows(rawDb);
  }

  const oursPort = await freePort();
  const ours = startServer({
    name: 'ours',
    script: 'dist/server.js',
    port: oursPort,
    // One account takes every submission of the run: its active-port quota raised to fit them.
    env: { ...oursEnv, PORT: String(oursPort), HOST: '127.0.0.1', LOG_LEVEL: 'warn', WORKER: 'off', WEBHOOK_ALLOW_PRIVATE: 'true', MAX_ACTIVE_PORTS: '100000000' },
    firstLine: /API key \(shown once, keep it safe\): (ptk_\S+)/,
  });
  started.push(ours);

  const rawPort = await freePort();
  const raw = startServer({ name: 'ceiling', script: rawScript, port: rawPort, env: { ...rawEnv, PORT: String(rawPort) } });
  started.push(raw);

  const key = (await ours.matched)[1]!;
  await Promise.all([waitUntilListening(ours, '/v2/openapi.json'), waitUntilListening(raw, '/v2/ports')]);
  const headers = { 'x-auth-token': key };
  // A webhook endpoint on the account, as integrators have: each submission also writes its event and
  // one delivery (never sent: the worker is off, so the figure is the API's alone).
  const hook = await fetch(`${ours.url}/v2/webhooks`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ url: 'http://127.0.0.1:9/bench-receiver' }),
  });
  if (hook.status !== 201) throw new Error(`creating the bench webhook endpoint answered ${hook.status}: ${await hook.text()}`);
  return [
    { name: 'ours', server: ours, countPorts: countOurs, headers, ids: [], nextNumber: cursor() },
    { name: 'ceiling', server: raw, countPorts: countRaw, headers, ids: [], nextNumber: cursor() },
  ];
}

/** Creates ports through the API (20 at a time) and keeps their ids for GET-by-id. */
async function seed(t: Target, count: number): Promise<void> {
  let started = 0;
  const worker = async () => {
    while (started++ < count) {
      const res = await fetch(t.server.url + '/v2/ports', {
        method: 'POST',
        headers: { ...t.headers, 'content-type': 'application/json' },
        body: portBody(t.nextNumber()),
      });
      const text = await res.text();
      if (res.status !== 201) throw new Error(`seeding ${t.name}: POST /v2/ports answered ${res.status}: ${text}`);
      t.ids.push((JSON.parse(text) as { data: { id: string } }).data.id);
    }
  };
  await Promise.all(Array.from({ length: 20 }, worker));
}

// ---- scenarios --------------------------------------------------------------------------------------

interface Measurement {
  reqPerSec: number; // 2xx answers per second
  p50Ms: number;
  p99Ms: number;
  requests: number;
  failed: number; // non-2xx + socket errors (timeouts included)
  statusCodes: Record<string, number>;
}

/** A side's figure for a scenario: medians of req/s, p50 and p99 over its rounds, totals of the counts. */
interface Summary extends Measurement {
  rounds: Measurement[];
}

/**
 * A scenario measures one target for `seconds` after `warmup` seconds of warm-up. HTTP scenarios go
 * through `httpScenario`; another kind can implement `measure` itself.
 */
interface Scenario {
  name: string;
  /** Minimum ours/ceiling ratio; null: informative only. */
  target: number | null;
  measure(t: Target, warmup: number, seconds: number): Promise<Measurement>;
}

const toMeasurement = (r: Result): Measurement => ({
  reqPerSec: r['2xx'] / r.duration,
  p50Ms: r.latency.p50,
  p99Ms: r.latency.p99,
  requests: Object.values(r.statusCodeStats).reduce((n, s) => n + Number(s.count), 0) + r.errors,
  failed: r.non2xx + r.errors, // errors counts timeouts too
  statusCodes: Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, s]) => [code, Number(s.count)])),
});

function load(t: Target, request: RequestSpec, seconds: number): Promise<Result> {
  return autocannon({ url: t.server.url, connections: CONNECTIONS, pipelining: 1, duration: seconds, requests: [{ ...request, headers: { ...t.headers, ...request.headers } }] });
}

/** Warm-up (JIT, caches, SQLite pages), then the measured run; a failing warm-up is shown, not counted. */
function httpScenario(name: string, target: number | null, request: (t: Target) => RequestSpec): Scenario {
  return {
    name,
    target,
    async measure(t, warmup, seconds) {
      const warm = toMeasurement(await load(t, request(t), warmup));
      if (warm.failed > 0) console.log(`!! ${name} on ${t.name}: ${warm.failed} failed requests during warm-up ${JSON.stringify(warm.statusCodes)}`);
      return toMeasurement(await load(t, request(t), seconds));
    },
  };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function summarize(rounds: Measurement[]): Summary {
  const statusCodes: Record<string, number> = {};
  for (const r of rounds) for (const [code, n] of Object.entries(r.statusCodes)) statusCodes[code] = (statusCodes[code] ?? 0) + n;
  return {
    reqPerSec: median(rounds.map((r) => r.reqPerSec)),
    p50Ms: median(rounds.map((r) => r.p50Ms)),
    p99Ms: median(rounds.map((r) => r.p99Ms)),
    requests: rounds.reduce((n, r) => n + r.requests, 0),
    failed: rounds.reduce((n, r) => n + r.failed, 0),
    statusCodes,
    rounds,
  };
}

const SCENARIOS: Scenario[] = [
  httpScenario('POST /v2/ports', 0.5, (t) => ({
    method: 'POST',
    path: '/v2/ports',
    headers: { 'content-type': 'application/json' },
    // Every request a new number (a repeated one would be a 409, not a submission). autocannon calls
    // setupRequest for each request it builds, the first one of each connection included.
    setupRequest: (req) => ({ ...req, body: portBody(t.nextNumber()) }),
  })),
  httpScenario('GET /v2/ports/{id}', 0.6, (t) => ({
    method: 'GET',
    path: '/v2/ports/',
    setupRequest: (req) => ({ ...req, path: `/v2/ports/${t.ids[Math.floor(Math.random() * t.ids.length)]}` }),
  })),
  httpScenario('GET /v2/ports?limit=20', null, () => ({ method: 'GET', path: '/v2/ports?limit=20' })),
];

// ---- report -----------------------------------------------------------------------------------------

interface Row {
  scenario: string;
  target: number | null;
  ours: Summary;
  ceiling: Summary;
  /** Ratio of the medians. */
  ratio: number;
  /** ours/ceiling of each round. */
  ratios: number[];
  verdict: 'PASS' | 'BELOW' | '—' | 'ERRORS';
}

function printTable(rows: Row[]): void {
  const cells = [
    ['scenario', 'ours req/s', 'ours p99 ms', 'ceiling req/s', 'ceiling p99 ms', 'ratio', 'target', 'verdict', 'ratios by round'],
    ...rows.map((r) => [
      r.scenario,
      r.ours.reqPerSec.toFixed(0),
      String(r.ours.p99Ms),
      r.ceiling.reqPerSec.toFixed(0),
      String(r.ceiling.p99Ms),
      r.ratio.toFixed(2),
      r.target === null ? '—' : `≥ ${r.target.toFixed(2)}`,
      r.verdict,
      r.ratios.map((x) => x.toFixed(2)).join(' '),
    ]),
  ];
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((c) => c[i]!.length)));
  for (const [n, c] of cells.entries()) {
    console.log(c.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  '));
    if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

function countRows(file: string): number | null {
  try {
    const db = new BetterSqlite3(file, { readonly: true });
    const n = (db.prepare('SELECT count(*) AS n FROM ports').get() as { n: number }).n;
    db.close();
    return n;
  } catch {
    return null;
  }
}

// ---- main -------------------------------------------------------------------------------------------

/** Where the run's data lives, for the header and the JSON: PostgreSQL's version, host and pool size. */
async function describeDatabase(): Promise<string> {
  if (!PG) return 'SQLite (better-sqlite3, WAL)';
  const u = new URL(PG_URL);
  return `PostgreSQL ${await PG.serverVersion()} at ${u.hostname}:${u.port || '5432'}, pool ${DB_POOL} per server`;
}

async function main(): Promise<number> {
  const database = await describeDatabase();
  console.log(`bench: --db ${DB}: ${database}; ${availableParallelism()} CPUs, node ${process.version}, load average ${loadavg()[0]!.toFixed(2)}`);
  if (PG) {
    const stale = await PG.leftovers();
    if (stale.length > 0) console.log(`!! bench databases of other (killed or concurrent) runs on the server, not touched: ${stale.join(', ')}`);
  }
  const http = RUN_HTTP ? await runHttp() : null;
  let scale: ScaleResult | null = null;
  if (SCALE) {
    let databaseUrl: string;
    let env: Record<string, string> = PG ? { SECRET_KEY, DB_POOL_SIZE: String(DB_POOL) } : {};
    let seeded: (Seeded & { database: string; secret_key?: string }) | undefined;
    if (SCALE_REUSE) {
      // A database seeded earlier: {"database": URL, "secret_key"?: …, …the seed's JSON line}.
      seeded = JSON.parse(readFileSync(SCALE_REUSE, 'utf8')) as Seeded & { database: string; secret_key?: string };
      databaseUrl = seeded.database;
      if (seeded.secret_key) env = { ...env, SECRET_KEY: seeded.secret_key };
      console.log(`\nscale: the database of ${SCALE_REUSE} (seeded earlier), the service on it`);
    } else {
      console.log(`\nscale: seeding ${SCALE_PORTS} ports over ${SCALE_ACCOUNTS} accounts (npm run seed), then the service on that database`);
      const dir = mkdtempSync(join(tmpdir(), 'porting-bench-scale-'));
      onExit(async () => rmSync(dir, { recursive: true, force: true }));
      databaseUrl = PG ? await PG.create('scale') : `sqlite:${join(dir, 'scale.db')}`;
    }
    // A reused database is measured at the size it was seeded with.
    const [ports, accounts] = seeded ? [seeded.ports, seeded.accounts] : [SCALE_PORTS, SCALE_ACCOUNTS];
    scale = await measureScale({ db: DB, ports, accounts, databaseUrl, env, log: (l) => console.log(l), ...(seeded ? { seeded } : {}) });
    printScale(scale);
  }
  let workflow: WorkflowResult | null = null;
  if (RUN_WORKFLOW) {
    const where = PG ? 'PostgreSQL (fresh database)' : 'SQLite';
    console.log(`\nworkflow: ${WF_PORTS} ports, in process on ${where}, fake clock${WF_BATCH === undefined ? '' : `, WORKER_BATCH_SIZE=${WF_BATCH}`}`);
    const postgres = PG ? { url: await PG.create('wf'), poolSize: DB_POOL, secretKey: SECRET_KEY } : undefined;
    // On SIGINT the workflow stops between two steps and closes its pool before its database is dropped
    // (a FORCE drop under a live pool kills its connections, and pg throws on the idle ones).
    const abort = new AbortController();
    const running = measureWorkflow({ ports: WF_PORTS, ...(WF_BATCH === undefined ? {} : { batchSize: WF_BATCH }), ...(postgres ? { postgres } : {}), signal: abort.signal });
    onExit(async () => {
      abort.abort();
      await running.catch(() => {});
    });
    workflow = await running;
    console.log(`  ${describeWorkflow(workflow)}`);
    for (const p of workflow.problems) console.log(`!! workflow: ${p}`);
    console.log();
    printWorkflowTable(workflow);
  }
  let webhooks: WebhookResult | null = null;
  if (RUN_WEBHOOKS) {
    const where = PG ? 'PostgreSQL (fresh database)' : 'SQLite';
    console.log(`\nwebhooks: ${WH_EVENTS} events to one endpoint, in process on ${where}, receiver in a child process`);
    const postgres = PG ? { url: await PG.create('wh'), poolSize: DB_POOL, secretKey: SECRET_KEY } : undefined;
    webhooks = await measureWebhooks({ events: WH_EVENTS, ...(postgres ? { postgres } : {}) });
    console.log(`  ${describeWebhooks(webhooks)}`);
    for (const p of webhooks.problems) console.log(`!! webhooks: ${p}`);
    console.log();
    const verdict = webhooks.problems.length > 0 ? 'ERRORS' : webhooks.deliveriesPerSec >= WEBHOOK_TARGET ? 'PASS' : 'BELOW';
    console.log(`${webhookScenario(DB)}  ${webhooks.deliveriesPerSec.toFixed(0)}  ≥ ${WEBHOOK_TARGET}  ${verdict}`);
  }
  let orders: OrderResult | null = null;
  if (RUN_ORDERS) {
    const where = PG ? 'PostgreSQL (fresh database)' : 'SQLite';
    console.log(`\norders: 5 orders of ${ORDER_SIZE} numbers submitted, in process on ${where}`);
    const postgres = PG ? { url: await PG.create('orders'), poolSize: DB_POOL, secretKey: SECRET_KEY } : undefined;
    orders = await measureOrders({ rounds: 5, ...(postgres ? { postgres } : {}) });
    console.log(`  ${describeOrders(orders)}`);
    for (const p of orders.problems) console.log(`!! orders: ${p}`);
    console.log();
    const verdict = orders.problems.length > 0 ? 'ERRORS' : orders.medianMs < ORDER_TARGET_MS ? 'PASS' : 'BELOW';
    console.log(`${orderScenario(DB)}  median ${orders.medianMs.toFixed(0)}, max ${orders.maxMs.toFixed(0)}  < ${ORDER_TARGET_MS}  ${verdict}`);
  }
  if (args.json) {
    const path = resolve(args.json);
    mkdirSync(dirname(path), { recursive: true });
    const meta = { date: new Date().toISOString(), db: DB, database, ...(PG ? { pool: DB_POOL } : {}), duration: DURATION, rounds: ROUNDS, sampleWarmup: SAMPLE_WARMUP, warmup: WARMUP, connections: CONNECTIONS, cpus: availableParallelism(), node: process.version };
    const wf = workflow && { scenario: workflowScenario(DB), target: WORKFLOW_TARGET, verdict: workflowVerdict(workflow), ...workflow };
    const wh = webhooks && { scenario: webhookScenario(DB), target: WEBHOOK_TARGET, ...webhooks };
    const ord = orders && { scenario: orderScenario(DB), targetMs: ORDER_TARGET_MS, ...orders };
    writeFileSync(path, JSON.stringify({ ...meta, ...(http ?? {}), workflow: wf, webhooks: wh, orders: ord, scale }, null, 2) + '\n');
    console.log(`results written to ${path}`);
  }
  const workflowFailed = workflow !== null && workflow.problems.length > 0;
  const webhooksFailed = webhooks !== null && webhooks.problems.length > 0;
  const scaleFailed = scale !== null && scale.problems.length > 0;
  const ordersFailed = orders !== null && orders.problems.length > 0;
  return (http?.failedRuns ?? 0) > 0 || workflowFailed || webhooksFailed || ordersFailed || scaleFailed ? 1 : 0;
}

function workflowVerdict(w: WorkflowResult): 'PASS' | 'BELOW' | 'ERRORS' {
  return w.problems.length > 0 ? 'ERRORS' : w.transitionsPerSec >= WORKFLOW_TARGET ? 'PASS' : 'BELOW';
}

function printWorkflowTable(w: WorkflowResult): void {
  const cells = [
    ['scenario', 'value', 'target', 'verdict'],
    [`${workflowScenario(DB)}, batch ${w.batchSize}`, w.transitionsPerSec.toFixed(0), `≥ ${WORKFLOW_TARGET}`, workflowVerdict(w)],
  ];
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((c) => c[i]!.length)));
  for (const [n, c] of cells.entries()) {
    console.log(c.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  '));
    if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

/** The HTTP scenarios, ours against the ceiling. */
async function runHttp(): Promise<{ rowsAtEnd: { ours: number | null; ceiling: number | null }; results: Row[]; failedRuns: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'porting-bench-'));
  const servers: ServerProcess[] = [];
  const cleanup = once(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    rmSync(dir, { recursive: true, force: true });
  });
  onExit(cleanup);

  try {
    const order = Array.from({ length: ROUNDS }, (_, i) => (i % 2 === 0 ? 'O-C' : 'C-O')).join(' ');
    console.log(
      `http: ${ROUNDS} rounds of ${+SAMPLE.toFixed(2)}s per side (order ${order}), each sample after ${SAMPLE_WARMUP}s warm-up ` +
        `(${WARMUP}s before a server's first), ${CONNECTIONS} connections; req/s and p99 are medians over the rounds`,
    );
    const pool = new NumberPool(POOL_SIZE);
    const targets = await startTargets(dir, pool, servers);
    for (const t of targets) await seed(t, SEED_PORTS);

    const rows: Row[] = [];
    let failedRuns = 0;
    for (const s of SCENARIOS) {
      // Interleaved rounds, who goes first alternating, so drift of the machine hits both sides alike.
      const samples: Record<Target['name'], Measurement[]> = { ours: [], ceiling: [] };
      let errors = false;
      for (let round = 0; round < ROUNDS; round++) {
        const order = round % 2 === 0 ? [targets[0]!, targets[1]!] : [targets[1]!, targets[0]!];
        for (const t of order) {
          const m = await s.measure(t, round === 0 ? WARMUP : SAMPLE_WARMUP, SAMPLE);
          samples[t.name].push(m);
          if (m.failed === 0) continue;
          const share = m.failed / Math.max(1, m.requests);
          if (share > 0.01) (errors = true), failedRuns++;
          console.log(`!! ${s.name} on ${t.name}, round ${round + 1}: ${m.failed} of ${m.requests} requests failed (${(share * 100).toFixed(2)}%) ${JSON.stringify(m.statusCodes)}`);
        }
      }
      const [ours, ceiling] = [summarize(samples.ours), summarize(samples.ceiling)];
      const ratio = ours.reqPerSec / ceiling.reqPerSec;
      const ratios = samples.ours.map((o, i) => o.reqPerSec / samples.ceiling[i]!.reqPerSec);
      rows.push({ scenario: s.name, target: s.target, ours, ceiling, ratio, ratios, verdict: errors ? 'ERRORS' : s.target === null ? '—' : ratio >= s.target ? 'PASS' : 'BELOW' });
      const each = (ms: Measurement[]) => ms.map((m) => m.reqPerSec.toFixed(0)).join('/');
      console.log(
        `  ${s.name}: ours ${ours.reqPerSec.toFixed(0)} req/s (${each(samples.ours)}), ceiling ${ceiling.reqPerSec.toFixed(0)} req/s (${each(samples.ceiling)}); ` +
          `ratios by round: ${ratios.map((x) => x.toFixed(2)).join(' ')}`,
      );
    }

    await Promise.all(servers.map((s) => s.stop()));
    const tableRows = { ours: await targets[0]!.countPorts(), ceiling: await targets[1]!.countPorts() };
    console.log();
    printTable(rows);
    // Anything else busy on the machine (a test run…) skews both sides, not necessarily equally.
    console.log(`\nload average at the end: ${loadavg()[0]!.toFixed(2)} (the bench itself keeps ~2 CPUs busy)`);
    console.log(`ports in each database at the end (the list scenario ran on these): ours ${tableRows.ours}, ceiling ${tableRows.ceiling}`);
    if (pool.extended > 0) console.log(`!! the number pool was too small: ${pool.extended} numbers were made during the load (raise POOL_SIZE)`);
    for (const s of servers) {
      if (s.log.length === 0) continue;
      console.log(`!! ${s.name} wrote ${s.log.length} log lines during the run; the first ones:`);
      for (const line of s.log.slice(0, 10)) console.log(`   ${line.slice(0, 500)}`);
    }
    if (failedRuns > 0) console.error(`!! FAILED: ${failedRuns} sample(s) had more than 1% failed requests; their req/s are not meaningful`);

    return { rowsAtEnd: tableRows, results: rows, failedRuns };
  } finally {
    await cleanup();
  }
}

// ---- clean-up on every exit path ----------------------------------------------------------------------

/** Clean-up steps, run last-registered first: the servers stop before their databases are dropped. */
const exitSteps: (() => Promise<void>)[] = [];
function onExit(step: () => Promise<void>): void {
  exitSteps.push(step);
}
function once(fn: () => Promise<void>): () => Promise<void> {
  let p: Promise<void> | null = null;
  return () => (p ??= fn());
}
/** Runs every clean-up step once; false if one failed (reported). */
const cleanupAll = once(async () => {
  let ok = true;
  for (const step of exitSteps.reverse()) {
    try {
      await step();
    } catch (err) {
      ok = false;
      console.error(`!! clean-up: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (!ok) process.exitCode = 1;
});
if (PG) onExit(() => PG.dropAll());

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return void console.error(`${signal} again: still cleaning up (stopping servers, dropping bench databases)`);
    interrupted = true;
    console.error(`\n${signal}: cleaning up (servers${PG ? ', bench databases' : ''})…`);
    void cleanupAll().finally(() => process.exit(130));
  });
}

const finish = (code: number) =>
  cleanupAll().finally(() => {
    if (!interrupted) process.exit(code || Number(process.exitCode ?? 0));
  });
main().then(
  (code) => finish(code),
  (err) => {
    if (!interrupted) console.error(`bench failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    return finish(1);
  },
);
