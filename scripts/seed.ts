/**
 * `npm run seed -- --ports N --accounts A [--database URL] [--big 0.2]`
 *
 * Fills a database with realistic ports, in bulk: every status, each port's history and its events
 * in the feed (the same rows the service writes, made with the same decisions and encodings), the
 * timers of ports still waiting, about one port in ten in a port order (its sub-orders by losing
 * carrier, its events), and the per-account counts. One account holds `--big` of the ports
 * (default a fifth), the others share the rest. Prints one JSON line: the admin key and the keys of
 * the largest accounts. How the benchmark and anyone curious reach a million ports.
 *
 * Two worker threads make the rows (each every other port). On SQLite they send them in batches to
 * the main thread, the file's one writer (SQLite has one writer a file; one connection keeps its
 * page cache and one transaction for the whole load), at most a few batches ahead of it, so making
 * rows on two threads overlaps writing them and memory stays bounded. On PostgreSQL each worker
 * inserts its own rows on a connection of its own (multi-row INSERTs).
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { createServices } from '../src/app.ts';
import { ConfigError, loadConfig, loadConfigWith, type Config } from '../src/config.ts';
import { createBusinessCalendar } from '../src/domain/calendar.ts';
import { losingCarrierOf, type LosingCarrier } from '../src/domain/carrier-directory.ts';
import { orderCreated, orderStatusChanged, type NewEvent } from '../src/domain/events.ts';
import { presentOrder } from '../src/domain/order-view.ts';
import { deriveOrderStatus, noCounts, type RequirementKind } from '../src/domain/orders.ts';
import { decideSubmission, moveEffects, nextStep, SIMULATED_TRANSFER_HOURS } from '../src/domain/lifecycle.ts';
import { presentPort } from '../src/domain/port-view.ts';
import type { Port, PortStatus } from '../src/domain/port-request.ts';
import type { RejectionCode } from '../src/domain/rejection.ts';
import { inspectNumber } from '../src/domain/validation.ts';
import { orderToRow, subOrderToRow, type Order } from '../src/store/orders.ts';
import { connect as connectPostgres } from '../src/store/dialect/postgres.ts';
import { portToRow } from '../src/store/ports.ts';
import { newEventId, sortableId } from '../src/workflow/ids.ts';
import { NumberPool, prng } from '../bench/numbers.ts';

type Row = Record<string, unknown>;
interface Account {
  id: string;
  share: number;
}
interface Slice {
  /** This slice makes ports i = first, first + step, … below total. */
  first: number;
  step: number;
  total: number;
  accounts: Account[];
  now: number;
  providerName: string;
  timeZone: string;
  /** ORDER_REQUIREMENTS, for the orders' views in their events. */
  required: RequirementKind[];
  /** Ports a batch: what `write` is given at a time. */
  batch: number;
}
/** Where the rows go: a batch at a time. */
type Batch = { ports: Row[]; history: Row[]; events: Row[]; timers: Row[]; orders: Row[]; subOrders: Row[] };
type Writer = (batch: Batch) => Promise<void>;

const OUTCOMES: [PortStatus, number][] = [
  // A year of porting: mostly done, a few still under way (well within every account's quota).
  ['completed', 0.84],
  ['failed', 0.05],
  ['cancelled', 0.07],
  ['pending', 0.02],
  ['authorized', 0.01],
  ['in_progress', 0.01],
];
const REJECTIONS: RejectionCode[] = ['ACCOUNT_NUMBER_MISMATCH', 'PIN_INVALID', 'END_USER_MISMATCH', 'NUMBER_INACTIVE', 'ACCOUNT_DISPUTE'];
const NAMES = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Katherine Johnson', 'Edsger Dijkstra', 'Barbara Liskov', 'Dennis Ritchie', 'Frances Allen'];
const STREETS = ['1 Main St', '22 Market St', '300 Broadway', '45 Elm Ave', '9 Harbor Rd', '710 Pine St'];
const DAY = 86_400_000;
const HOUR = 3_600_000;
/** About one port in ten arrives in an order of 2 to 10 numbers (their account, outcome and age shared). */
const ORDER_START = 0.1 / 6;

type SubmissionDetails = Parameters<typeof decideSubmission>[0]['details'];

interface OpenOrder {
  id: string;
  account: Account;
  outcome: PortStatus;
  at: Date;
  /** Numbers still to make. */
  left: number;
  details: SubmissionDetails;
  billingPhone: string;
  /** By the losing carrier's SPID. */
  subOrders: Map<string, { id: string; losing_carrier: LosingCarrier }>;
  ports: Port[];
}

/**
 * The rows of an order whose ports are made: the order with its counts, its sub-orders, and its
 * events as the service writes them (created as a draft; submitted; its last status, when another).
 */
function finishOrder(o: OpenOrder, slice: Slice, batch: Batch): void {
  const counts = noCounts();
  for (const p of o.ports) counts[p.status]++;
  const createdAt = o.at.toISOString();
  const updatedAt = o.ports.reduce((latest, p) => (p.updated_at > latest ? p.updated_at : latest), createdAt);
  const order: Order = {
    id: o.id,
    account_id: o.account.id,
    status: deriveOrderStatus(counts, true),
    numbers: o.ports.map((p) => ({ number: p.number, losing_carrier: p.losing_carrier! })),
    account_number: o.details.account_number,
    billing_phone: o.billingPhone,
    end_user_name: o.details.end_user_name,
    end_user_address: o.details.end_user_address,
    carrier_name: null,
    requested_foc_date: null,
    customer_reference: o.details.customer_reference,
    // Seeded as if ORDER_REQUIREMENTS had been empty: no documents behind them.
    requirements: { loa: 'missing', invoice: 'missing' },
    counts,
    created_at: createdAt,
    updated_at: updatedAt,
    submitted_at: createdAt,
    action_required: false,
  };
  const subOrders = [...o.subOrders.values()];
  batch.orders.push(orderToRow(order, null, 1 + o.ports.length));
  for (const s of subOrders) batch.subOrders.push(subOrderToRow({ ...s, order_id: o.id, created_at: createdAt }, o.account.id));
  const view = (at: Order, ports: Port[]) => presentOrder({ order: at, ports, subOrders, required: slice.required });
  const draft: Order = { ...order, status: 'draft', counts: noCounts(), updated_at: createdAt, submitted_at: null };
  const submitted: Order = { ...order, status: 'in_progress', counts: { ...noCounts(), pending: o.ports.length }, updated_at: createdAt };
  const event = (e: NewEvent, at: string) => batch.events.push({ id: newEventId(), account_id: e.accountId, type: e.type, port_id: null, order_id: o.id, created_at: at, data: JSON.stringify(e.data) });
  event(orderCreated(view(draft, []), o.account.id), createdAt);
  const initial = o.ports.map((p) => ({ ...p, status: 'pending' as const, foc_date: null }));
  event(orderStatusChanged(view(submitted, initial), o.account.id, 'draft', 'in_progress'), createdAt);
  if (order.status !== 'in_progress') event(orderStatusChanged(view(order, o.ports), o.account.id, 'in_progress', order.status), updatedAt);
}

/** Makes the ports of a slice, with everything the service would have written for them. */
export async function generate(slice: Slice, write: Writer): Promise<Record<string, number>> {
  const random = prng(0x5eed + slice.first);
  const calendar = createBusinessCalendar(slice.timeZone);
  const now = new Date(slice.now);
  const cumulative: number[] = [];
  slice.accounts.reduce((sum, a) => (cumulative.push(sum + a.share), sum + a.share), 0);
  const pickAccount = (): Account => {
    const r = random() * cumulative.at(-1)!;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return slice.accounts[lo]!;
  };
  const pickOutcome = (): PortStatus => {
    let r = random();
    for (const [status, p] of OUTCOMES) if ((r -= p) < 0) return status;
    return 'completed';
  };
  const perAccount: Record<string, number> = {};
  const batch: Batch = { ports: [], history: [], events: [], timers: [], orders: [], subOrders: [] };
  const pool = new NumberPool(slice.total);

  const newDetails = () => ({
    account_number: String(100000000 + Math.floor(random() * 899999999)),
    carrier_name: null,
    end_user_name: NAMES[Math.floor(random() * NAMES.length)]!,
    end_user_address: { street: STREETS[Math.floor(random() * STREETS.length)]!, city: 'Springfield', state: 'IL', postal_code: String(62700 + Math.floor(random() * 99)), country: 'US' },
    customer_reference: random() < 0.3 ? `crm-${Math.floor(random() * 1e6)}` : null,
  });
  const ageFor = (outcome: PortStatus): number =>
    // Finished ports spread over the past year; ports under way started in the last days, as far
    // back as their status needs (a port in transfer was submitted a week or two ago).
    outcome === 'pending' ? random() * 2 * DAY : outcome === 'authorized' ? (2 + random() * 3) * DAY : outcome === 'in_progress' ? (6 + random() * 6) * DAY : 10 * DAY + random() * 355 * DAY;
  let order: OpenOrder | null = null;

  for (let i = slice.first; i < slice.total; i += slice.step) {
    const number = pool.at(i);
    const inspected = inspectNumber(number);
    if (inspected.kind !== 'e164') continue;
    if (order === null && random() < ORDER_START) {
      const outcome = pickOutcome();
      const orderAt = new Date(now.getTime() - ageFor(outcome));
      order = { id: sortableId('ord_', orderAt.getTime()), account: pickAccount(), outcome, at: orderAt, left: 2 + Math.floor(random() * 9), details: newDetails(), billingPhone: number, subOrders: new Map(), ports: [] };
    }
    const account = order?.account ?? pickAccount();
    perAccount[account.id] = (perAccount[account.id] ?? 0) + 1;
    const outcome = order?.outcome ?? pickOutcome();
    const at = order?.at ?? new Date(now.getTime() - ageFor(outcome));
    const losingCarrier = losingCarrierOf(number);
    let membership: { orderId: string; subOrderId: string } | null = null;
    if (order) {
      let sub = order.subOrders.get(losingCarrier.spid);
      if (!sub) order.subOrders.set(losingCarrier.spid, (sub = { id: sortableId('sub_', order.at.getTime()), losing_carrier: losingCarrier }));
      membership = { orderId: order.id, subOrderId: sub.id };
    }
    const d = decideSubmission(
      {
        // The service's ids: the time of creation, then random bits.
        id: sortableId('port_', at.getTime()),
        accountId: account.id,
        at,
        number: inspected.info,
        billingPhone: order?.billingPhone ?? number,
        details: order?.details ?? newDetails(),
        losingCarrier,
        requestedFocDate: null,
        order: membership,
        automatic: true,
      },
      calendar,
    );
    let port: Port = d.port;
    let seq = 1;
    const record = (from: PortStatus | null, message: string, actor: string) => {
      const eventId = newEventId();
      const view = presentPort(port);
      batch.history.push({ port_id: port.id, seq: seq++, at: port.updated_at, from_status: from, to_status: port.status, carrier_status: port.carrier_status, message, actor, event_id: eventId });
      batch.events.push({
        id: eventId,
        account_id: account.id,
        type: from === null ? 'port.created' : 'port.status_changed',
        port_id: port.id,
        order_id: null,
        created_at: port.updated_at,
        data: JSON.stringify(from === null ? { port: view } : { port: view, from, to: port.status, message }),
      });
    };
    record(null, d.message, `customer:${account.id}`);
    const move = (to: PortStatus, when: Date, by: 'carrier' | 'customer', rejectionCode?: RejectionCode) => {
      const e = moveEffects({ portId: port.id, from: port.status, to, at: when, providerName: slice.providerName, by, rejectionCode, requestedFocDate: null }, calendar);
      const from = port.status;
      // The optional effects are set after the copy: spreading a fresh object for each cost ~7% of
      // the CPU making rows.
      port = {
        ...port,
        status: e.status,
        carrier_status: e.carrier_status,
        estimated_completion: e.estimated_completion,
        updated_at: when.toISOString(),
        messages: [...port.messages, e.message],
        reviews: e.reviewed ? port.reviews + 1 : port.reviews,
      };
      if (e.foc_date !== undefined) port.foc_date = e.foc_date;
      if (e.completed_at !== undefined) port.completed_at = e.completed_at;
      if (e.failed_at !== undefined) port.failed_at = e.failed_at;
      if (e.cancelled_at !== undefined) port.cancelled_at = e.cancelled_at;
      if (e.rejection !== undefined) port.rejection = e.rejection;
      record(from, e.message, by === 'carrier' ? 'carrier' : `customer:${account.id}`);
    };
    const reviewAt = calendar.addBusinessDays(at, 2);
    if (outcome === 'cancelled') move('cancelled', new Date(at.getTime() + random() * DAY), 'customer');
    else if (outcome === 'failed') move('failed', reviewAt, 'carrier', REJECTIONS[Math.floor(random() * REJECTIONS.length)]!);
    else if (outcome !== 'pending' && reviewAt < now) {
      move('authorized', reviewAt, 'carrier');
      const start = calendar.startOfLocalDate(port.foc_date!);
      if (outcome !== 'authorized' && start < now) {
        move('in_progress', start, 'carrier');
        const done = new Date(start.getTime() + SIMULATED_TRANSFER_HOURS * HOUR);
        if (outcome === 'completed' && done < now) move('completed', done, 'carrier');
      }
    }
    if (port.status === 'pending' || port.status === 'authorized' || port.status === 'in_progress') {
      const next = nextStep(port.status, new Date(port.updated_at), calendar, port.foc_date);
      if (next) batch.timers.push({ port_id: port.id, step: next.step, due_at: next.due.toISOString(), attempt: 0, claimed_by: null, lease_until: null });
    }
    batch.ports.push(portToRow(port, null, seq - 1));
    if (order) {
      order.ports.push(port);
      if (--order.left === 0) {
        finishOrder(order, slice, batch);
        order = null;
      }
    }
    if (batch.ports.length >= slice.batch) await write(batch);
  }
  if (order) finishOrder(order, slice, batch);
  await write(batch);
  return perAccount;
}

/**
 * The one SQLite connection that writes the rows, with a bulk load's settings (a fresh database):
 * the main thread's, fed batches by the worker threads that make them (`runWorkers`). No other
 * connection writes the file during the load, so nothing is copied from file to file and no page
 * cache is dropped because another connection changed the file. One transaction for the whole
 * load, in a cache that holds the randomly keyed trees (port_events is clustered by port, ports
 * have a unique id index, events_by_port is by port): their pages are written once, at the end,
 * not at every commit, and never read back; pages of the tables that only grow at their end leave
 * the cache as it fills. No journal while loading a fresh database: each page is written once, not
 * to a journal or the WAL and then again to the file; the file goes back to WAL at the end.
 */
function sqliteBatchWriter(filename: string, cacheMb: number): { write(batch: PackedBatch): void; exec(sqlText: string): void; close(): void } {
  const raw = new BetterSqlite3(filename);
  // better-sqlite3 opens connections in SQLite's defensive mode, where journal_mode = OFF is
  // silently ignored (the load went through the file's WAL, each page written twice): not this one.
  raw.unsafeMode(true);
  raw.pragma('journal_mode = OFF');
  raw.pragma('synchronous = OFF');
  raw.pragma(`cache_size = -${cacheMb * 1024}`);
  // CREATE INDEX sorts with a helper thread.
  raw.pragma('threads = 2');
  raw.pragma('foreign_keys = OFF'); // rows consistent by construction, not checked one by one
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    write(batch) {
      if (!raw.inTransaction) raw.exec('BEGIN');
      for (const { table, columns, rows } of batch) {
        let stmt = statements.get(table);
        if (!stmt) statements.set(table, (stmt = raw.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)));
        for (const values of rows) stmt.run(values);
      }
    },
    exec(sqlText) {
      if (raw.inTransaction) raw.exec('COMMIT');
      raw.exec(sqlText);
    },
    close() {
      if (raw.inTransaction) raw.exec('COMMIT');
      raw.close();
    },
  };
}

/** A writer through Kysely: multi-row INSERTs (PostgreSQL allows 65,535 parameters a statement). */
function kyselyWriter(db: Kysely<any>): Writer {
  return (b) =>
    db.transaction().execute(async (trx) => {
      const save = async (table: string, rows: Row[]) => {
        if (rows.length === 0) return;
        const per = Math.max(1, Math.floor(60_000 / Object.keys(rows[0]!).length));
        for (let i = 0; i < rows.length; i += per) await trx.insertInto(table).values(rows.slice(i, i + per)).execute();
        rows.length = 0;
      };
      await save('ports', b.ports);
      await save('port_events', b.history);
      await save('events', b.events);
      await save('port_timers', b.timers);
      await save('port_orders', b.orders);
      await save('sub_orders', b.subOrders);
    });
}

/**
 * Where a worker's rows go: on SQLite to the main thread, which writes them (one connection writes
 * the file); on PostgreSQL to the database, each worker on a connection of its own.
 */
type Target = { kind: 'sqlite' } | { kind: 'postgres'; url: string };
const THREADS = 2;
/**
 * Batches a worker may have sent to the main thread and not seen written yet: it makes the next
 * ones while the writer works, and waits beyond that (memory stays bounded when writing is slower).
 */
const IN_FLIGHT = 8;
/**
 * Ports a batch. To the SQLite writer small ones: a batch's rows die young in both threads (made,
 * cloned, written) instead of being copied and promoted by the scavenger. To PostgreSQL a
 * transaction of multi-row INSERTs each.
 */
const SQLITE_BATCH = 1_000;
const POSTGRES_BATCH = 5_000;

/**
 * Runs THREADS worker threads, each making every THREADS-th port of the whole; on SQLite each batch
 * comes back to `write` (on this thread) and the worker is told when it is written.
 */
function runWorkers(base: Omit<Slice, 'first' | 'step' | 'batch'>, target: Target, write?: (batch: PackedBatch) => void): Promise<Record<string, number>[]> {
  return Promise.all(
    Array.from({ length: THREADS }, (_, k) =>
      new Promise<Record<string, number>>((resolve, reject) => {
        // A worker runs this file through tsx, registered in the worker itself.
        const tsx = import.meta.resolve('tsx/esm/api');
        const boot = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(import.meta.url)});`;
        // A larger young generation (semi-spaces of 64 MB instead of 16): fewer of a batch's rows
        // copied and promoted by the scavenger before they are sent or written (measured: ~14% less
        // CPU making rows).
        const resourceLimits = { maxYoungGenerationSizeMb: 3 * 64 };
        const slice: Slice = { ...base, first: k, step: THREADS, batch: target.kind === 'sqlite' ? SQLITE_BATCH : POSTGRES_BATCH };
        const w = new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { resourceLimits, workerData: { target, slice } });
        w.on('message', (m: { batch?: PackedBatch; done?: Record<string, number>; error?: string }) => {
          if (m.batch) {
            write!(m.batch);
            w.postMessage('written');
          } else if (m.done) resolve(m.done);
          else reject(new Error(`seed worker ${k}: ${m.error}`));
        });
        w.once('error', reject);
      }),
    ),
  );
}

/**
 * A batch as the SQLite writer takes it: each table's rows as arrays of values in one column order,
 * bound by position (cheaper to clone and to bind than objects by name).
 */
type PackedBatch = { table: string; columns: string[]; rows: unknown[][] }[];
const TABLE_OF: Record<keyof Batch, string> = { ports: 'ports', history: 'port_events', events: 'events', timers: 'port_timers', orders: 'port_orders', subOrders: 'sub_orders' };

/** The batch's rows, packed; its arrays are left empty for the next rows. */
function pack(b: Batch, columnsOf: Map<string, string[]>): PackedBatch {
  const packed: PackedBatch = [];
  for (const key of Object.keys(TABLE_OF) as (keyof Batch)[]) {
    const rows = b[key];
    if (rows.length === 0) continue;
    const table = TABLE_OF[key];
    let columns = columnsOf.get(table);
    if (!columns) columnsOf.set(table, (columns = Object.keys(rows[0]!)));
    packed.push({ table, columns, rows: rows.map((r) => columns.map((c) => r[c])) });
    rows.length = 0;
  }
  return packed;
}

/** A worker's writer on SQLite: each batch to the main thread (cloned), at most IN_FLIGHT unwritten. */
function mainThreadWriter(): { write: Writer; stop(): void } {
  const columnsOf = new Map<string, string[]>();
  let unwritten = 0;
  let wake: (() => void) | null = null;
  const written = () => {
    unwritten--;
    wake?.();
    wake = null;
  };
  parentPort!.on('message', written);
  return {
    write: async (b) => {
      parentPort!.postMessage({ batch: pack(b, columnsOf) });
      unwritten++;
      while (unwritten >= IN_FLIGHT) await new Promise<void>((resolve) => (wake = resolve));
    },
    stop: () => parentPort!.off('message', written),
  };
}

if (!isMainThread) {
  // A worker thread: makes one slice's rows and sends or writes them.
  const { slice, target } = workerData as { slice: Slice; target: Target };
  try {
    let perAccount: Record<string, number>;
    if (target.kind === 'sqlite') {
      const writer = mainThreadWriter();
      perAccount = await generate(slice, writer.write);
      writer.stop();
    } else {
      // The service's own connection: its transactions begin as event writers, as the feed expects.
      const database = connectPostgres({ url: target.url, poolSize: 1 });
      perAccount = await generate(slice, kyselyWriter(database.db));
      await database.close();
    }
    parentPort!.postMessage({ done: perAccount });
  } catch (err) {
    parentPort!.postMessage({ error: (err as Error).message ?? String(err) });
  }
} else if (import.meta.filename === process.argv[1]) {
  const { values: args } = parseArgs({
    options: {
      ports: { type: 'string', default: '1000000' },
      accounts: { type: 'string', default: '100' },
      database: { type: 'string' },
      big: { type: 'string', default: '0.2' },
      quiet: { type: 'boolean', default: false },
    },
  });
  const PORTS = Number(args.ports);
  const ACCOUNTS = Number(args.accounts);
  const BIG = Number(args.big);
  if (!Number.isInteger(PORTS) || PORTS < 1 || !Number.isInteger(ACCOUNTS) || ACCOUNTS < 1 || !(BIG > 0 && BIG < 1)) {
    process.stderr.write('usage: npm run seed -- --ports N --accounts A [--database URL] [--big 0.2]\n');
    process.exit(2);
  }
  const log = (msg: string) => args.quiet || process.stderr.write(`${msg}\n`);
  let config: Config;
  try {
    config = args.database ? loadConfigWith({ DATABASE_URL: args.database }) : loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\n`); // the variable and what is wrong with it, no stack
    process.exit(2);
  }
  const started = performance.now();
  const services = await createServices({ ...config, logLevel: 'warn' }, { readOnlyClock: true });
  const db = services.database.db;

  const admin = await services.accounts.createAccount('seed desk', true);
  const keys = new Map<string, string>();
  const accounts: Account[] = [];
  for (let i = 0; i < ACCOUNTS; i++) {
    const a = await services.accounts.createAccount(i === 0 ? 'Big Telecom Reseller' : `Customer ${String(i).padStart(3, '0')}`, false);
    keys.set(a.account_id, a.api_key);
    accounts.push({ id: a.account_id, share: ACCOUNTS === 1 ? 1 : i === 0 ? BIG : (1 - BIG) / (ACCOUNTS - 1) });
  }
  const base = { total: PORTS, accounts, now: services.clock.now().getTime(), providerName: config.providerName, timeZone: config.calendarTimeZone, required: config.orderRequirements };
  // A bulk load writes the rows first and builds the secondary indexes once at the end (sorted:
  // much faster than keeping them up to date row by row). Primary keys stay. On SQLite the events
  // table's indexes stay too: building one at the end reads the whole table again (4.9 GB at a
  // million ports: ~7.5 s an index, mostly on one core), while keeping it up to date costs the
  // writer about as much CPU but during the load, where the two cores are shared with the workers
  // making rows (and their keys mostly arrive in order: by account, then seq).
  const TABLES = ['ports', 'port_events', 'events', 'port_timers', 'port_orders', 'sub_orders'];
  const indexes =
    config.database.kind === 'sqlite'
      ? (await sql<{ name: string; def: string }>`SELECT name, sql AS def FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${sql.join(TABLES.filter((t) => t !== 'events'))})`.execute(db)).rows
      : (
          await sql<{ name: string; def: string }>`SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
            WHERE i.schemaname = current_schema() AND i.tablename IN (${sql.join(TABLES)})
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`.execute(db)
        ).rows;
  for (const i of indexes) await sql`DROP INDEX ${sql.ref(i.name)}`.execute(db);
  const counts: Record<string, number>[] = [];
  const finish = [
    'DELETE FROM port_counts',
    "INSERT INTO port_counts (account_id, status, spid, shard, n) SELECT account_id, status, coalesce(losing_carrier_spid, ''), 0, count(*) FROM ports GROUP BY account_id, status, coalesce(losing_carrier_spid, '')",
  ];
  // Fresh statistics for the query planner; on PostgreSQL also the visibility map (VACUUM), which
  // lets a deep offset read the skipped rows from the index alone, as autovacuum keeps it in service.
  finish.push(config.database.kind === 'sqlite' ? 'ANALYZE' : 'VACUUM (ANALYZE)');
  if (config.database.kind === 'sqlite') {
    const filename = config.database.filename;
    await services.close();
    // This thread writes every row, the workers make them (see sqliteBatchWriter).
    const writer = sqliteBatchWriter(filename, 1536);
    counts.push(...(await runWorkers(base, { kind: 'sqlite' }, (b) => writer.write(b))));
    log(`seed: rows written (${((performance.now() - started) / 1000).toFixed(0)} s); building ${indexes.length} indexes`);
    for (const i of indexes) writer.exec(i.def);
    for (const f of finish) writer.exec(f);
    writer.exec('PRAGMA journal_mode = WAL');
    writer.close();
  } else {
    counts.push(...(await runWorkers(base, { kind: 'postgres', url: config.database.url })));
    log(`seed: rows written (${((performance.now() - started) / 1000).toFixed(0)} s); building ${indexes.length} indexes`);
    // The table's rows in the order a service in use would have them: each port written when it was
    // created, so by creation time (the workers make them in no time order). An account's ports, read
    // in list order, then sit in few heap pages together, as in service; in the seed's own order a
    // deep offset touched the visibility map once per row. CLUSTER before the other indexes: it
    // rebuilds every index the table has at that point.
    const byCreated = indexes.find((i) => i.name === 'ports_by_created');
    if (!byCreated) throw new Error('seed: the ports_by_created index is missing');
    await sql.raw(byCreated.def).execute(db);
    await sql`CLUSTER ports USING ports_by_created`.execute(db);
    for (const i of indexes) if (i !== byCreated) await sql.raw(i.def).execute(db);
    for (const f of finish) await sql.raw(f).execute(db);
    await services.close();
  }
  const seconds = (performance.now() - started) / 1000;
  log(`seed: ${PORTS} ports over ${ACCOUNTS} accounts in ${seconds.toFixed(1)} s`);

  const total = new Map<string, number>();
  for (const c of counts) for (const [id, n] of Object.entries(c)) total.set(id, (total.get(id) ?? 0) + n);
  const largest = [...total].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([id, n]) => ({ account_id: id, api_key: keys.get(id), ports: n }));
  process.stdout.write(JSON.stringify({ ports: PORTS, accounts: ACCOUNTS, seconds: Math.round(seconds), admin: { account_id: admin.account_id, api_key: admin.api_key }, largest_accounts: largest }) + '\n');
}
