/**
 * Port repository. Every status change goes through `applyTransition`: a guarded
 * `UPDATE … WHERE id = ? AND status IN (…)` plus the history row, in the caller's transaction.
 */
import { sql, type Kysely, type Transaction, type Updateable } from 'kysely';
import { preparedQuery } from './database.ts';
import type { NewPortRow, PortEventRow, PortRow, PortsTable, Schema } from './schema.ts';

type Db = Kysely<Schema> | Transaction<Schema>;

export interface NewEvent {
  at: string;
  from_status: string | null;
  to_status: string;
  carrier_status: string;
  message: string | null;
  actor: string;
}

/** Every column of `ports`, in table order. */
export const PORT_COLUMNS = [
  'id',
  'account_id',
  'number',
  'status',
  'carrier_status',
  'carrier_name',
  'account_number',
  'account_pin_enc',
  'billing_phone',
  'end_user_name',
  'end_user_address',
  'customer_reference',
  'number_type',
  'region',
  'created_at',
  'updated_at',
  'estimated_completion',
  'foc_date',
  'completed_at',
  'failed_at',
  'cancelled_at',
  'rejection_code',
  'rejection_message',
  'messages',
  'version',
] as const satisfies readonly (keyof PortsTable)[];

const EVENT_COLUMNS = ['port_id', 'seq', 'at', 'from_status', 'to_status', 'carrier_status', 'message', 'actor'] as const;

// The submit path's statements, compiled once (see preparedQuery).
export const insertFullPort = preparedQuery(PORT_COLUMNS, (db, p) => db.insertInto('ports').values(p as unknown as NewPortRow));
export const insertEvent = preparedQuery(EVENT_COLUMNS, (db, p) => db.insertInto('port_events').values(p as unknown as PortEventRow));


const findPortById = preparedQuery(['id'], (db, p) => db.selectFrom('ports').selectAll().where('id', '=', p.id));
const findPortOfAccount = preparedQuery(['id', 'accountId'], (db, p) =>
  db.selectFrom('ports').selectAll().where('id', '=', p.id).where('account_id', '=', p.accountId),
);

/** Ids are printable ASCII; anything else (a NUL byte, say) cannot name a port, and PostgreSQL would refuse it. */
const POSSIBLE_ID = /^[\x21-\x7e]{1,64}$/;

export async function findPort(db: Db, id: string, accountId?: string): Promise<PortRow | undefined> {
  if (!POSSIBLE_ID.test(id)) return undefined;
  const { rows } = accountId === undefined ? await findPortById(db, { id }) : await findPortOfAccount(db, { id, accountId });
  return rows[0];
}

type BlockingPort = Pick<PortRow, 'id' | 'account_id' | 'status'>;

/** The statuses of the partial unique index `ports_one_active_per_number`. */
const ACTIVE = { s0: 'pending', s1: 'authorized', s2: 'in_progress', completed: 'completed' } as const;

const blockingPorts = preparedQuery(['number', 'accountId', 's0', 's1', 's2', 'completed'], (db, p) =>
  db
    .selectFrom('ports')
    .select(['id', 'account_id', 'status'])
    .where('number', '=', p.number)
    .where((eb) => eb.or([eb('status', 'in', [p.s0, p.s1, p.s2]), eb.and([eb('status', '=', p.completed), eb('account_id', '=', p.accountId)])])),
);

/** Ports that stop a new submission of `number`: an active one anywhere, or a completed one in this account. */
export async function findBlockingPorts(db: Db, number: string, accountId: string): Promise<BlockingPort[]> {
  return (await blockingPorts(db, { number, accountId, ...ACTIVE })).rows;
}

export interface PortFilter {
  accountId?: string;
  status?: string;
  number?: string;
  limit: number;
  offset: number;
}

/** Newest first; ties broken by id so that pages never overlap. */
export async function listPorts(db: Db, f: PortFilter): Promise<{ rows: PortRow[]; total: number }> {
  let base = db.selectFrom('ports');
  if (f.accountId !== undefined) base = base.where('account_id', '=', f.accountId);
  if (f.status !== undefined) base = base.where('status', '=', f.status);
  if (f.number !== undefined) base = base.where('number', '=', f.number);
  const rows = await base.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(f.limit).offset(f.offset).execute();
  // A page that is not full is the last one: it tells the total without counting.
  if (rows.length < f.limit && (rows.length > 0 || f.offset === 0)) return { rows, total: f.offset + rows.length };
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

export async function listEvents(db: Db, portId: string): Promise<PortEventRow[]> {
  return db.selectFrom('port_events').selectAll().where('port_id', '=', portId).orderBy('seq', 'asc').execute();
}

/** Column values a change may set: plain values only (the version is bumped by the UPDATE itself). */
export type PortChanges = { [K in Exclude<keyof PortsTable, 'id' | 'version'>]?: PortsTable[K] };

export interface GuardedChange {
  id: string;
  /** The change happens only if the port is still in one of these statuses… */
  fromStatuses: readonly string[];
  /** …and, when given, still at this row version (nothing else changed it since it was read). */
  expectVersion?: number;
  set: PortChanges;
  /** The history entry of a transition; null for a change that is not one (a detail correction). */
  event: NewEvent | null;
}

type GuardedUpdate = ReturnType<typeof preparedQuery<string, PortRow>>;

/**
 * Compiled guarded UPDATEs, one per shape: the columns set, how many statuses are allowed, and
 * whether the version is checked. Callers use a handful of shapes (each kind of move has its own);
 * the bound keeps an unexpected variety of shapes from growing it without limit.
 */
const guardedUpdates = new Map<string, GuardedUpdate>();
const MAX_GUARDED_SHAPES = 64;

function guardedUpdate(columns: readonly string[], statuses: number, withVersion: boolean): GuardedUpdate {
  const key = `${columns.join(',')}|${statuses}|${withVersion ? 'v' : ''}`;
  let q = guardedUpdates.get(key);
  if (!q) {
    const setNames = columns.map((c) => `set:${c}`);
    const statusNames = Array.from({ length: statuses }, (_, i) => `status:${i}`);
    const names = [...setNames, ...statusNames, 'id', ...(withVersion ? ['version'] : [])];
    q = preparedQuery(names, (db, p) => {
      const set: Record<string, unknown> = {};
      for (const c of columns) set[c] = p[`set:${c}`];
      let u = db
        .updateTable('ports')
        .set({ ...(set as Updateable<PortsTable>), version: sql<number>`${sql.ref('version')} + 1` })
        .where('id', '=', p.id!)
        .where('status', 'in', statusNames.map((n) => p[n]!));
      if (withVersion) u = u.where('version', '=', p.version as unknown as number);
      return u.returningAll();
    });
    if (guardedUpdates.size >= MAX_GUARDED_SHAPES) guardedUpdates.clear();
    guardedUpdates.set(key, q);
  }
  return q;
}

const EVENT_VALUE_COLUMNS = ['port_id', 'at', 'from_status', 'to_status', 'carrier_status', 'message', 'actor'] as const;

/** The history entry, numbered next in the port's history (seq = max + 1, computed in the INSERT). */
const insertNextEvent = preparedQuery(EVENT_VALUE_COLUMNS, (db, p) =>
  db.insertInto('port_events').values((eb) => ({
    port_id: p.port_id,
    seq: eb.selectFrom('port_events').select(sql<number>`coalesce(max(seq), 0) + 1`.as('next')).where('port_id', '=', p.port_id),
    at: p.at,
    from_status: p.from_status,
    to_status: p.to_status,
    carrier_status: p.carrier_status,
    message: p.message,
    actor: p.actor,
  })),
);

/**
 * Applies a change only if the port is still where the caller saw it, bumping its version, and
 * records the history entry in the same transaction (seq = next in the port's history). Returns the
 * updated row, or undefined when another actor got there first.
 */
export async function applyGuardedChange(db: Db, change: GuardedChange): Promise<PortRow | undefined> {
  const columns: string[] = [];
  const values: Record<string, unknown> = { id: change.id };
  for (const [column, value] of Object.entries(change.set)) {
    if (value === undefined) continue; // not set, as Kysely does
    columns.push(column);
    values[`set:${column}`] = value;
  }
  change.fromStatuses.forEach((status, i) => (values[`status:${i}`] = status));
  if (change.expectVersion !== undefined) values['version'] = change.expectVersion;
  const q = guardedUpdate(columns, change.fromStatuses.length, change.expectVersion !== undefined);
  const row = (await q(db, values)).rows[0];
  if (row && change.event) await insertNextEvent(db, { port_id: row.id, ...change.event });
  return row;
}
