/**
 * The scale figure (`npm run bench -- --scale [--scale-ports 1000000] [--db postgres]`): a database
 * filled by `npm run seed` (1,000,000 ports over 100 accounts, one holding a fifth), then the service
 * started on it as a child process, as an operator would run it:
 * - seed time; start-up time (spawn to /health/ready answering 200); resident memory idle;
 * - every list the API and the desk offer, first page and a page deep in the results through the
 *   cursor, a deep offset, `?number=`, by id: p50/p99 of sequential requests from one client;
 * - resident memory under load (autocannon on a mix of those lists);
 * - the worker's drain rate with 100,000 ports waiting (bench/workflow.ts, in process).
 * Targets from the operations contract; BELOW is reported, not an error.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import pg from 'pg';
import { freePort, ROOT, startServer, waitUntilListening } from './servers.ts';

export interface ScaleQuery {
  name: string;
  /** Who asks: the largest customer account, or the desk. */
  as: 'customer' | 'desk';
  targetMs: number;
  p50Ms: number;
  p99Ms: number;
  /** Rows the answer held (the first sample's), to show the query was not empty by accident. */
  rows: number;
}

/** The raw stack (bench/raw-server*.ts) answering a port by id on the same database, same client. */
export interface ScaleFloor {
  p50Ms: number;
  p99Ms: number;
}

export interface ScaleResult {
  db: 'sqlite' | 'postgres';
  ports: number;
  accounts: number;
  seedSeconds: number;
  startupMs: number;
  rssIdleMb: number;
  rssLoadMb: number;
  loadReqPerSec: number;
  queries: ScaleQuery[];
  rawById: ScaleFloor;
  problems: string[];
}

export const SCALE_TARGETS = { startupMs: 2000, rssIdleMb: 150, rssLoadMb: 250, seedSeconds: 180 } as const;
// Enough samples that p99 is not one unlucky request, after a warm-up long enough for V8 to have
// compiled the request's path (its first few hundred runs would otherwise be measured).
const SAMPLES = 500;
const WARMUP = 100;

/** The bench's own requests (setting up positions, counting rows): one keep-alive connection. */
function sequentialClient(baseUrl: string) {
  const url = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const get = (path: string, headers: Record<string, string>) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path, agent, headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });
  return { get, close: () => agent.destroy() };
}

/**
 * p50/p99 of each query: `SAMPLES` requests after `WARMUP`, one after another, timed by
 * bench/sampler.mjs in a process of its own; a non-200 answer is a problem reported by name.
 */
async function timeQueries(
  baseUrl: string,
  queries: { name: string; path: (i: number) => string; headers: Record<string, string> }[],
  problems: string[],
): Promise<{ p50Ms: number; p99Ms: number }[]> {
  const spec = {
    url: baseUrl,
    queries: queries.map((q) => ({
      name: q.name,
      headers: q.headers,
      warmup: Array.from({ length: WARMUP }, (_, i) => q.path(i)),
      samples: Array.from({ length: SAMPLES }, (_, i) => q.path(i)),
    })),
  };
  const proc = spawn(process.execPath, ['bench/sampler.mjs'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  proc.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  proc.stdin!.end(JSON.stringify(spec));
  const code = await new Promise<number | null>((r) => proc.once('exit', r));
  if (code !== 0) throw new Error(`bench/sampler.mjs exited with ${code}`);
  const results = JSON.parse(out) as { name: string; p50Ms: number; p99Ms: number; failures: string[] }[];
  for (const r of results) for (const f of r.failures) problems.push(`${r.name}: ${f}`);
  return results.map(({ p50Ms, p99Ms }) => ({ p50Ms, p99Ms }));
}

export interface Seeded {
  ports: number;
  accounts: number;
  seconds: number;
  admin: { account_id: string; api_key: string };
  largest_accounts: { account_id: string; api_key: string; ports: number }[];
}

/** Runs `npm run seed` as a user would, and reads its one JSON line. */
async function seed(databaseUrl: string, ports: number, accounts: number, env: Record<string, string>): Promise<Seeded> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'scripts/seed.ts', '--ports', String(ports), '--accounts', String(accounts), '--database', databaseUrl], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  proc.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  const code = await new Promise<number | null>((r) => proc.once('exit', r));
  if (code !== 0) throw new Error(`seed exited with ${code}`);
  return JSON.parse(out.trim().split('\n').at(-1)!) as Seeded;
}

const rssMb = (pid: number): number => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
};


export async function measureScale(opts: {
  db: 'sqlite' | 'postgres';
  ports: number;
  accounts: number;
  /** A fresh, empty database: a SQLite file path, or a PostgreSQL URL. */
  databaseUrl: string;
  /** Extra environment for seed and server (PostgreSQL: SECRET_KEY, DB_POOL_SIZE). */
  env: Record<string, string>;
  log: (line: string) => void;
  /** A database `npm run seed` already filled, and the JSON line it printed: measured without seeding again. */
  seeded?: Seeded;
}): Promise<ScaleResult> {
  const problems: string[] = [];
  const started = performance.now();
  const seeded = opts.seeded ?? (await seed(opts.databaseUrl, opts.ports, opts.accounts, opts.env));
  const seedSeconds = opts.seeded ? opts.seeded.seconds : (performance.now() - started) / 1000;
  opts.log(opts.seeded ? `  reusing a database seeded with ${opts.ports} ports (the seed took ${seedSeconds} s)` : `  seeded ${opts.ports} ports in ${seedSeconds.toFixed(0)} s`);
  // The seed's gigabytes are still being written back to disk: start-up is timed after that. On
  // PostgreSQL they are first in its own buffers, which its checkpointer would write out during the
  // measurement (seen without it: the order lists' p99 at 6–10 ms right after a seed, 2.4–4.5 but one
  // 8.3 measured again on the same database minutes later): a CHECKPOINT writes them first.
  const synced = performance.now();
  if (opts.db === 'postgres') {
    const c = new pg.Client({ connectionString: opts.databaseUrl });
    await c.connect();
    try {
      await c.query('CHECKPOINT');
    } catch (err) {
      const problem = `CHECKPOINT refused (${(err as Error).message}): PostgreSQL may write the seed's pages during the measurement`;
      problems.push(problem);
      opts.log(`  !! ${problem}`);
    } finally {
      await c.end();
    }
  }
  spawnSync('sync');
  opts.log(`  written back to disk in ${((performance.now() - synced) / 1000).toFixed(1)} s (${opts.db === 'postgres' ? 'CHECKPOINT, ' : ''}sync)`);

  const port = await freePort();
  const t0 = performance.now();
  const server = startServer({
    name: 'scale',
    script: 'dist/server.js',
    port,
    env: { ...opts.env, DATABASE_URL: opts.databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', WORKER: 'off' },
  });
  try {
    await waitUntilListening(server, '/health/ready', 60_000);
    const startupMs = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 2000));
    const pid = server.proc.pid!;
    const rssIdleMb = rssMb(pid);

    const customer = { 'x-auth-token': seeded.largest_accounts[0]!.api_key };
    const desk = { 'x-auth-token': seeded.admin.api_key };
    const client = sequentialClient(server.url);
    const get = async (path: string, headers: Record<string, string>): Promise<{ data: any; pagination?: { next_cursor: string | null } }> => {
      const res = await client.get(path, headers);
      if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${res.body.slice(0, 300)}`);
      return JSON.parse(res.body);
    };
    // Positions deep in the results, reached as a client would (an offset once, then the cursor).
    const deep = async (path: string, headers: Record<string, string>, depth: number): Promise<string> => {
      const sep = path.includes('?') ? '&' : '?';
      const page = await get(`${path}${sep}limit=100&offset=${depth}`, headers);
      if (!Array.isArray(page.data) || page.data.length === 0) throw new Error(`nothing at offset ${depth} of ${path}`);
      return page.data.at(-1).id as string;
    };
    // Lists without an offset (orders, the feed): walked 100 at a time through the cursor.
    const walk = async (path: string, headers: Record<string, string>, depth: number): Promise<string> => {
      const sep = path.includes('?') ? '&' : '?';
      let after = '';
      for (let seen = 0; seen < depth; seen += 100) {
        const page = await get(`${path}${sep}limit=100${after ? `&after=${after}` : ''}`, headers);
        if (page.data.length === 0) break;
        after = page.data.at(-1).id;
      }
      if (!after) throw new Error(`nothing to walk in ${path}`);
      return after;
    };
    const big = seeded.largest_accounts[0]!.account_id;
    const some = (await get('/v2/ports?limit=100', customer)).data as { id: string; number: string }[];
    const ids = some.map((p) => p.id);
    const references = (some as { customer_reference?: string | null }[]).flatMap((p) => (p.customer_reference ? [encodeURIComponent(p.customer_reference)] : []));
    if (references.length === 0) throw new Error('no customer reference among the first 100 ports');
    const numbers = some.map((p) => encodeURIComponent(p.number));
    const spid = (some as { losing_carrier?: { spid: string } | null }[]).find((p) => p.losing_carrier)?.losing_carrier?.spid;
    if (!spid) throw new Error('no losing carrier among the first 100 ports');
    const events = (await get('/v2/events?limit=100', customer)).data as { id: string }[];
    const depthOf = (n: number) => Math.min(100_000, Math.floor(n / 2));
    const bigPorts = seeded.largest_accounts[0]!.ports;
    const afterCustomer = await deep('/v2/ports', customer, depthOf(bigPorts));
    const afterCompleted = await deep('/v2/ports?status=completed', customer, depthOf(bigPorts * 0.8));
    const afterDesk = await deep('/v2/admin/ports', desk, depthOf(opts.ports));
    const afterDeskFailed = await deep('/v2/admin/ports?status=failed', desk, depthOf(opts.ports * 0.05));
    const orderIds = ((await get('/v2/port_orders?limit=100', customer)).data as { id: string }[]).map((o) => o.id);
    if (orderIds.length === 0) throw new Error('the seeded account has no orders');
    const afterOrder = await walk('/v2/port_orders', customer, 2_000);
    const afterDeskOrder = await walk('/v2/admin/port_orders', desk, 5_000);
    const afterEvent = await walk('/v2/events', customer, 20_000);

    const rotate = (list: string[]) => (i: number) => list[i % list.length]!;
    const id = rotate(ids);
    const num = rotate(numbers);
    const evt = rotate(events.map((e) => e.id));
    const ord = rotate(orderIds);
    const ref = rotate(references);
    const plan: { name: string; as: 'customer' | 'desk'; targetMs: number; path: (i: number) => string }[] = [
      { name: 'ports, first page', as: 'customer', targetMs: 10, path: () => '/v2/ports' },
      { name: 'ports, deep page (cursor)', as: 'customer', targetMs: 10, path: () => `/v2/ports?after=${afterCustomer}` },
      { name: 'ports, offset 100000', as: 'customer', targetMs: 25, path: () => `/v2/ports?offset=${depthOf(bigPorts)}` },
      { name: 'ports ?status=pending', as: 'customer', targetMs: 10, path: () => '/v2/ports?status=pending' },
      { name: 'ports ?status=completed, deep (cursor)', as: 'customer', targetMs: 10, path: () => `/v2/ports?status=completed&after=${afterCompleted}` },
      { name: 'ports ?number=', as: 'customer', targetMs: 5, path: (i) => `/v2/ports?number=${num(i)}` },
      { name: 'ports ?customer_reference=', as: 'customer', targetMs: 10, path: (i) => `/v2/ports?customer_reference=${ref(i)}` },
      { name: 'ports ?action_required=true', as: 'customer', targetMs: 10, path: () => '/v2/ports?action_required=true' },
      { name: 'port counts (the tabs)', as: 'customer', targetMs: 10, path: () => '/v2/port_counts' },
      { name: 'port by id', as: 'customer', targetMs: 2, path: (i) => `/v2/ports/${id(i)}` },
      { name: "a port's history", as: 'customer', targetMs: 10, path: (i) => `/v2/ports/${id(i)}/events` },
      { name: 'events, first page', as: 'customer', targetMs: 10, path: () => '/v2/events' },
      { name: 'events, deep (cursor)', as: 'customer', targetMs: 10, path: () => `/v2/events?after=${afterEvent}` },
      { name: 'events ?type=port.status_changed', as: 'customer', targetMs: 10, path: () => '/v2/events?type=port.status_changed' },
      { name: 'events ?port_id=', as: 'customer', targetMs: 10, path: (i) => `/v2/events?port_id=${id(i)}` },
      { name: 'event by id', as: 'customer', targetMs: 2, path: (i) => `/v2/events/${evt(i)}` },
      { name: 'port orders', as: 'customer', targetMs: 10, path: () => '/v2/port_orders' },
      { name: 'port orders, deep (cursor)', as: 'customer', targetMs: 10, path: () => `/v2/port_orders?after=${afterOrder}` },
      { name: 'port orders ?status=completed', as: 'customer', targetMs: 10, path: () => '/v2/port_orders?status=completed' },
      { name: 'order by id', as: 'customer', targetMs: 10, path: (i) => `/v2/port_orders/${ord(i)}` },
      { name: 'ports ?order_id=', as: 'customer', targetMs: 10, path: (i) => `/v2/ports?order_id=${ord(i)}` },
      { name: 'webhooks', as: 'customer', targetMs: 10, path: () => '/v2/webhooks' },
      { name: 'desk: ports, first page', as: 'desk', targetMs: 10, path: () => '/v2/admin/ports' },
      { name: 'desk: ports, deep page (cursor)', as: 'desk', targetMs: 10, path: () => `/v2/admin/ports?after=${afterDesk}` },
      { name: 'desk: ports, offset 100000', as: 'desk', targetMs: 25, path: () => `/v2/admin/ports?offset=${depthOf(opts.ports)}` },
      { name: 'desk: ?status=failed', as: 'desk', targetMs: 10, path: () => '/v2/admin/ports?status=failed' },
      { name: 'desk: ?status=failed, deep (cursor)', as: 'desk', targetMs: 10, path: () => `/v2/admin/ports?status=failed&after=${afterDeskFailed}` },
      { name: 'desk: ?account_id=', as: 'desk', targetMs: 10, path: () => `/v2/admin/ports?account_id=${big}` },
      { name: 'desk: ?account_id=&status=in_progress', as: 'desk', targetMs: 10, path: () => `/v2/admin/ports?account_id=${big}&status=in_progress` },
      { name: 'desk: ?number=', as: 'desk', targetMs: 5, path: (i) => `/v2/admin/ports?number=${num(i)}` },
      { name: 'desk: port by id', as: 'desk', targetMs: 2, path: (i) => `/v2/admin/ports/${id(i)}` },
      { name: 'desk: port orders', as: 'desk', targetMs: 10, path: () => '/v2/admin/port_orders' },
      { name: 'desk: port orders, deep (cursor)', as: 'desk', targetMs: 10, path: () => `/v2/admin/port_orders?after=${afterDeskOrder}` },
      { name: 'desk: orders ?status=action_required', as: 'desk', targetMs: 10, path: () => '/v2/admin/port_orders?status=action_required' },
      { name: 'desk: orders ?account_id=', as: 'desk', targetMs: 10, path: () => `/v2/admin/port_orders?account_id=${big}` },
      { name: 'desk: orders ?requirements_met=false', as: 'desk', targetMs: 10, path: () => '/v2/admin/port_orders?requirements_met=false' },
      { name: 'desk: ports ?action_required=true', as: 'desk', targetMs: 10, path: () => '/v2/admin/ports?action_required=true' },
      { name: 'desk: ?customer_reference=', as: 'desk', targetMs: 10, path: (i) => `/v2/admin/ports?customer_reference=${ref(i)}` },
      { name: 'desk: ?losing_carrier=', as: 'desk', targetMs: 10, path: () => `/v2/admin/ports?losing_carrier=${spid}` },
      { name: 'desk: ?losing_carrier=&status=pending', as: 'desk', targetMs: 10, path: () => `/v2/admin/ports?losing_carrier=${spid}&status=pending` },
      { name: 'desk: ?losing_carrier=&account_id=', as: 'desk', targetMs: 10, path: () => `/v2/admin/ports?losing_carrier=${spid}&account_id=${big}` },
      { name: 'desk: orders ?losing_carrier=', as: 'desk', targetMs: 10, path: () => `/v2/admin/port_orders?losing_carrier=${spid}` },
    ];
    const rows: number[] = [];
    for (const q of plan) {
      const first = await get(q.path(0), q.as === 'desk' ? desk : customer);
      rows.push(Array.isArray(first.data) ? first.data.length : 1);
    }
    client.close();
    const timed = await timeQueries(server.url, plan.map((q) => ({ name: q.name, path: q.path, headers: q.as === 'desk' ? desk : customer })), problems);
    const queries: ScaleQuery[] = plan.map((q, i) => ({ name: q.name, as: q.as, targetMs: q.targetMs, ...timed[i]!, rows: rows[i]! }));

    // Memory under load: 20 connections on a mix of the lists for 10 s, resident memory sampled.
    let rssLoadMb = 0;
    const sampler = setInterval(() => (rssLoadMb = Math.max(rssLoadMb, rssMb(pid))), 200);
    const mix = plan.map((q, i) => ({ method: 'GET' as const, path: q.path(i), headers: q.as === 'desk' ? desk : customer }));
    const load = await autocannon({ url: server.url, connections: 20, duration: 10, requests: mix });
    clearInterval(sampler);
    rssLoadMb = Math.max(rssLoadMb, rssMb(pid));
    const failed = load.non2xx + load.errors + load.timeouts;
    if (failed > 0) problems.push(`under load ${failed} requests failed`);
    await server.stop();

    // The floor under "port by id": the raw stack (bare Fastify, one prepared statement, no auth)
    // on the same database, timed by the same client, so the machine's own tail is in view.
    const rawPort = await freePort();
    const raw = startServer({
      name: 'raw',
      script: opts.db === 'postgres' ? 'bench/raw-server-pg.ts' : 'bench/raw-server.ts',
      port: rawPort,
      env: { ...(opts.db === 'postgres' ? { RAW_DB_URL: opts.databaseUrl, DB_POOL_SIZE: opts.env['DB_POOL_SIZE'] ?? '10' } : { RAW_DB: opts.databaseUrl.replace(/^sqlite:/, '') }), PORT: String(rawPort) },
    });
    let rawById: ScaleFloor;
    try {
      await waitUntilListening(raw, `/v2/ports/${ids[0]}`, 60_000);
      rawById = (await timeQueries(raw.url, [{ name: 'raw: port by id', path: (i) => `/v2/ports/${id(i)}`, headers: {} }], problems))[0]!;
    } finally {
      await raw.stop();
    }
    return { db: opts.db, ports: opts.ports, accounts: opts.accounts, seedSeconds, startupMs, rssIdleMb, rssLoadMb, loadReqPerSec: load.requests.average, queries, rawById, problems };
  } finally {
    await server.stop();
  }
}

export function printScale(r: ScaleResult): void {
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'BELOW');
  console.log(`\nscale: ${r.ports} ports over ${r.accounts} accounts (${r.db === 'postgres' ? 'PostgreSQL' : 'SQLite'}), one client, ${SAMPLES} requests per line`);
  console.log(`${'query'.padEnd(44)} ${'who'.padEnd(8)} ${'rows'.padStart(4)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)}  target`);
  for (const q of r.queries) {
    console.log(`${q.name.padEnd(44)} ${q.as.padEnd(8)} ${String(q.rows).padStart(4)} ${q.p50Ms.toFixed(2).padStart(7)} ${q.p99Ms.toFixed(2).padStart(7)}  < ${q.targetMs}  ${verdict(q.p99Ms < q.targetMs)}`);
  }
  console.log(`${'raw stack: port by id (the floor)'.padEnd(44)} ${'—'.padEnd(8)} ${'1'.padStart(4)} ${r.rawById.p50Ms.toFixed(2).padStart(7)} ${r.rawById.p99Ms.toFixed(2).padStart(7)}  (bare Fastify + one prepared statement, same database and client)`);
  console.log(`seed: ${r.seedSeconds.toFixed(0)} s (< ${SCALE_TARGETS.seedSeconds} on SQLite)  ${r.db === 'sqlite' ? verdict(r.seedSeconds < SCALE_TARGETS.seedSeconds) : ''}`);
  console.log(`start-up: ${r.startupMs.toFixed(0)} ms (< ${SCALE_TARGETS.startupMs})  ${verdict(r.startupMs < SCALE_TARGETS.startupMs)}`);
  console.log(`memory idle: ${r.rssIdleMb.toFixed(0)} MB (< ${SCALE_TARGETS.rssIdleMb})  ${verdict(r.rssIdleMb < SCALE_TARGETS.rssIdleMb)}`);
  console.log(`memory under load: ${r.rssLoadMb.toFixed(0)} MB (< ${SCALE_TARGETS.rssLoadMb}; ${r.loadReqPerSec.toFixed(0)} req/s, 20 connections)  ${verdict(r.rssLoadMb < SCALE_TARGETS.rssLoadMb)}`);
  for (const p of r.problems) console.log(`!! scale: ${p}`);
}

