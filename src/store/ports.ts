/**
 * The port repository: rows in and out of `ports` and `port_events`, and how a port is encoded in
 * them (JSON text for the address and messages, the sealed PIN, the rejection's two columns). Rows
 * become domain objects here and nowhere else. Writes are called by the lifecycle writer
 * (src/workflow/lifecycle.ts) inside its transactions; functions take the database or a transaction.
 */
import { sql, type SelectQueryBuilder, type Updateable } from 'kysely';
import { allColumns, unindexed, type Db } from './db.ts';
import type { ExistingPort } from '../domain/eligibility.ts';
import type { LosingCarrier } from '../domain/carrier-directory.ts';
import type { Address, Port, PortStatus, Rejection } from '../domain/port-request.ts';
import { preparedQuery, type PreparedQuery } from './prepared.ts';
import type { NewPortRow, PortEventRow, PortEventsTable, PortRow, PortsTable, Schema } from './schema.ts';
import type { Secrets } from './secrets.ts';
import { portCounts } from './counts.ts';

export type { Db };

/** Every column of `ports`, in table order, named (see `allColumns`: fails to compile if one is missing). */
export const PORT_COLUMNS = allColumns<PortsTable>()([
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
  'reviews',
  'order_id',
  'sub_order_id',
  'losing_carrier',
  'requested_foc_date',
  'action_required',
  'losing_carrier_spid',
]);

/** The same, qualified by the table (a join's select). */
const PORT_COLUMNS_OF_PORTS = PORT_COLUMNS.map((c) => `ports.${c}` as const);

/** Every column of `port_events`, named (see `allColumns`). */
const PORT_EVENT_COLUMNS = allColumns<PortEventsTable>()(['port_id', 'seq', 'at', 'from_status', 'to_status', 'carrier_status', 'message', 'actor', 'event_id']);

/** A port as stored: the domain object, its row version, and its sealed PIN (opened only for the carrier). */
export interface PortRecord {
  port: Port;
  version: number;
  sealedPin: string | null;
}

/** A history entry (one per transition, and the submission); as read, it carries its event's id. */
export interface HistoryEntry {
  /** The event this entry is (null only for entries written before the event feed existed). */
  id?: string | null;
  at: string;
  from: PortStatus | null;
  to: PortStatus;
  carrier_status: string;
  message: string | null;
  actor: string;
}

/** What a change may set on a port, in domain terms; the PIN in clear (sealed on the way in). */
export type PortUpdate = Partial<
  Pick<
    Port,
    | 'status'
    | 'carrier_status'
    | 'carrier_name'
    | 'account_number'
    | 'billing_phone'
    | 'end_user_name'
    | 'end_user_address'
    | 'updated_at'
    | 'estimated_completion'
    | 'foc_date'
    | 'completed_at'
    | 'failed_at'
    | 'cancelled_at'
    | 'rejection'
    | 'messages'
    | 'reviews'
    | 'action_required'
  >
> & { account_pin?: string | null };

/** Column values a change sets: plain values only (the version is bumped by the UPDATE itself). */
export type PortColumnChanges = { [K in Exclude<keyof PortsTable, 'id' | 'version'>]?: PortsTable[K] };

export function rowToPort(row: PortRow): Port {
  return {
    id: row.id,
    account_id: row.account_id,
    number: row.number,
    status: row.status as PortStatus,
    carrier_status: row.carrier_status as Port['carrier_status'],
    carrier_name: row.carrier_name,
    account_number: row.account_number,
    billing_phone: row.billing_phone,
    end_user_name: row.end_user_name,
    end_user_address: JSON.parse(row.end_user_address) as Address,
    customer_reference: row.customer_reference,
    number_type: row.number_type,
    region: row.region,
    created_at: row.created_at,
    updated_at: row.updated_at,
    estimated_completion: row.estimated_completion,
    foc_date: row.foc_date,
    completed_at: row.completed_at,
    failed_at: row.failed_at,
    cancelled_at: row.cancelled_at,
    rejection: row.rejection_code ? decodeRejection(row.rejection_code, row.rejection_message) : null,
    messages: JSON.parse(row.messages) as string[],
    reviews: row.reviews,
    losing_carrier: row.losing_carrier === null ? null : (JSON.parse(row.losing_carrier) as LosingCarrier),
    requested_foc_date: row.requested_foc_date,
    order_id: row.order_id,
    sub_order_id: row.sub_order_id,
    action_required: row.action_required === 1,
  };
}

/**
 * The rejection's two columns: the code, and the message, prefixed with the number at fault when the
 * carrier rejected a whole sub-order (`+12125550102` U+001F `Port rejected: …`; messages never hold
 * control characters, and PostgreSQL text cannot hold U+0000).
 */
const NUMBER_CUT = '\u001f';

function decodeRejection(code: string, stored: string | null): Rejection {
  const text = stored ?? '';
  const cut = text.indexOf(NUMBER_CUT);
  return cut < 0 ? { code, message: text } : { code, message: text.slice(cut + 1), number: text.slice(0, cut) };
}

const encodeRejectionMessage = (r: Rejection): string => (r.number ? `${r.number}${NUMBER_CUT}${r.message}` : r.message);

export const rowToRecord = (row: PortRow): PortRecord => ({ port: rowToPort(row), version: row.version, sealedPin: row.account_pin_enc });

/** The row of a new port (the inverse of rowToPort); the PIN arrives already sealed. */
export function portToRow(port: Port, sealedPin: string | null, version: number): Required<NewPortRow> {
  return {
    id: port.id,
    account_id: port.account_id,
    number: port.number,
    status: port.status,
    carrier_status: port.carrier_status,
    carrier_name: port.carrier_name,
    account_number: port.account_number,
    account_pin_enc: sealedPin,
    billing_phone: port.billing_phone,
    end_user_name: port.end_user_name,
    end_user_address: JSON.stringify(port.end_user_address),
    customer_reference: port.customer_reference,
    number_type: port.number_type,
    region: port.region,
    created_at: port.created_at,
    updated_at: port.updated_at,
    estimated_completion: port.estimated_completion,
    foc_date: port.foc_date,
    completed_at: port.completed_at,
    failed_at: port.failed_at,
    cancelled_at: port.cancelled_at,
    rejection_code: port.rejection?.code ?? null,
    rejection_message: port.rejection ? encodeRejectionMessage(port.rejection) : null,
    messages: JSON.stringify(port.messages),
    version,
    reviews: port.reviews,
    order_id: port.order_id,
    sub_order_id: port.sub_order_id,
    losing_carrier: port.losing_carrier === null ? null : JSON.stringify(port.losing_carrier),
    requested_foc_date: port.requested_foc_date,
    action_required: port.action_required ? 1 : 0,
    losing_carrier_spid: port.losing_carrier?.spid ?? null,
  };
}

/** The columns an update sets, each encoded as stored. */
export function encodeUpdate(update: PortUpdate, portId: string, secrets: Secrets): PortColumnChanges {
  const c: PortColumnChanges = {};
  for (const key of Object.keys(update) as (keyof PortUpdate)[]) {
    switch (key) {
      case 'end_user_address':
        if (update.end_user_address !== undefined) c.end_user_address = JSON.stringify(update.end_user_address);
        break;
      case 'messages':
        if (update.messages !== undefined) c.messages = JSON.stringify(update.messages);
        break;
      case 'rejection':
        if (update.rejection !== undefined) {
          c.rejection_code = update.rejection?.code ?? null;
          c.rejection_message = update.rejection ? encodeRejectionMessage(update.rejection) : null;
        }
        break;
      case 'action_required':
        if (update.action_required !== undefined) c.action_required = update.action_required ? 1 : 0;
        break;
      case 'account_pin':
        if (update.account_pin !== undefined) c.account_pin_enc = update.account_pin === null ? null : secrets.sealPin(update.account_pin, portId);
        break;
      default: {
        const value = update[key];
        if (value !== undefined) (c as Record<string, unknown>)[key] = value;
      }
    }
  }
  return c;
}

export const rowToHistory = (e: PortEventRow): HistoryEntry => ({
  id: e.event_id,
  at: e.at,
  from: e.from_status as PortStatus | null,
  to: e.to_status as PortStatus,
  carrier_status: e.carrier_status,
  message: e.message,
  actor: e.actor,
});

// ---- Reads ------------------------------------------------------------------------------------

const findPortById = preparedQuery(['id'], (db, p) => db.selectFrom('ports').select(PORT_COLUMNS).where('id', '=', p.id));
const findPortOfAccount = preparedQuery(['id', 'accountId'], (db, p) =>
  db.selectFrom('ports').select(PORT_COLUMNS).where('id', '=', p.id).where('account_id', '=', p.accountId),
);

/** Ids are printable ASCII; anything else (a NUL byte, say) cannot name a port, and PostgreSQL would refuse it. */
const POSSIBLE_ID = /^[\x21-\x7e]{1,64}$/;

/** The port, scoped to `accountId` when given (another account's port is not found). */
export async function findPort(db: Db, id: string, accountId?: string): Promise<PortRecord | undefined> {
  if (!POSSIBLE_ID.test(id)) return undefined;
  const { rows } = accountId === undefined ? await findPortById(db, { id }) : await findPortOfAccount(db, { id, accountId });
  return rows[0] && rowToRecord(rows[0]);
}

const existingPorts = preparedQuery(['number', 's0', 's1', 's2', 's3'], (db, p) =>
  db.selectFrom('ports').select(['id', 'account_id', 'status']).where('number', '=', p.number).where('status', 'in', [p.s0, p.s1, p.s2, p.s3]),
);

/** Ports of `number` that may stand in the way of another: active or completed, in any account. */
export async function findExistingPorts(db: Db, number: string): Promise<ExistingPort[]> {
  const { rows } = await existingPorts(db, { number, s0: 'pending', s1: 'authorized', s2: 'in_progress', s3: 'completed' });
  return rows as ExistingPort[];
}

const reviewedElsewhere = preparedQuery(['number', 'id'], (db, p) =>
  db.selectFrom('ports').select('id').where('number', '=', p.number).where('id', '<>', p.id).where('reviews', '>', sql.lit(0)).limit(sql.lit(1)),
);

/** Whether a carrier has answered a review of `number` on a port other than `exceptId`. */
export async function numberReviewedElsewhere(db: Db, number: string, exceptId: string): Promise<boolean> {
  return (await reviewedElsewhere(db, { number, id: exceptId })).rows.length > 0;
}

export interface PortFilter {
  accountId?: string | undefined;
  status?: string | undefined;
  number?: string | undefined;
  orderId?: string | undefined;
  /** Only ports a public desk comment flagged (true), or only unflagged ones (false). */
  actionRequired?: boolean | undefined;
  /** Exact customer reference. */
  reference?: string | undefined;
  /** The losing carrier's SPID. */
  losingCarrier?: string | undefined;
  limit: number;
  /** Rows to skip (the cursor is cheaper at depth). */
  offset: number;
  /** The id of the last port of the previous page: the page starts after it. */
  after?: string | undefined;
}

/**
 * The list query, newest first (ties broken by id, so pages never overlap), for a given position:
 * every filter has an index whose order is the list's order (see the migrations; a test runs EXPLAIN
 * on each shape), so a page reads only its own rows, at any depth reached with a cursor.
 */
export function portListQuery(db: Db, f: Omit<PortFilter, 'after'>, position?: { created_at: string; id: string }) {
  if (f.offset > 0) {
    // Deep in the results: the rows skipped are read from the index alone (PostgreSQL would
    // otherwise fetch each skipped row from the table), and only the page's rows are read in full.
    const page = pageOrder(filterPorts(db.selectFrom('ports').select(['id', 'created_at']), f), position).limit(f.limit).offset(f.offset);
    return db.selectFrom(page.as('page')).innerJoin('ports', 'ports.id', 'page.id').select(PORT_COLUMNS_OF_PORTS).orderBy('page.created_at', 'desc').orderBy('page.id', 'desc');
  }
  return pageOrder(filterPorts(db.selectFrom('ports').select(PORT_COLUMNS), f), position).limit(f.limit);
}

/** Newest first, after the cursor's position when there is one. */
function pageOrder<Q extends SelectQueryBuilder<Schema, 'ports', any>>(q: Q, position?: { created_at: string; id: string }): Q {
  let r = q as SelectQueryBuilder<Schema, 'ports', any>;
  if (position) r = r.where((eb) => eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(position.created_at, position.id)));
  return r.orderBy('created_at', 'desc').orderBy('id', 'desc') as Q;
}

/**
 * The filter's conditions. A number's, an order's or a customer reference's ports are few: when one
 * is given, it alone picks the index (the number first, then the order, then the reference), and the
 * rest is checked on those few rows. A losing carrier holds many (a handful of carriers share every
 * number): its index leads only when no account is given (an account's ports are read, and their
 * carrier checked, otherwise), and a status is checked on its rows.
 */
function filterPorts<Q extends SelectQueryBuilder<Schema, 'ports', any>>(q: Q, f: Omit<PortFilter, 'after' | 'limit' | 'offset'>): Q {
  const narrow = f.number !== undefined || f.orderId !== undefined || f.reference !== undefined;
  let r = q as SelectQueryBuilder<Schema, 'ports', any>;
  // Flagged ports are few: unless a number or an order narrows more, their partial index leads (the
  // literal 1 is what lets it: the index is `WHERE action_required = 1`), and the status is checked on them.
  const flagged = f.actionRequired === true && !narrow;
  if (f.actionRequired !== undefined) {
    const value = sql.lit(f.actionRequired ? 1 : 0);
    r = flagged ? r.where('action_required', '=', value) : r.where(sql<number>`(${sql.ref('action_required')} + 0)`, '=', value);
  }
  if (f.number !== undefined) r = r.where('number', '=', f.number);
  if (f.orderId !== undefined) r = f.number !== undefined ? r.where(unindexed('order_id'), '=', f.orderId) : r.where('order_id', '=', f.orderId);
  if (f.reference !== undefined) {
    r = f.number !== undefined || f.orderId !== undefined ? r.where(unindexed('customer_reference'), '=', f.reference) : r.where('customer_reference', '=', f.reference);
  }
  if (f.accountId !== undefined) r = narrow ? r.where(unindexed('account_id'), '=', f.accountId) : r.where('account_id', '=', f.accountId);
  // A carrier's index leads when nothing narrower is given (no account): the status is checked on its rows.
  const carrierLeads = f.losingCarrier !== undefined && !narrow && !flagged && f.accountId === undefined;
  if (f.losingCarrier !== undefined) r = carrierLeads ? r.where('losing_carrier_spid', '=', f.losingCarrier) : r.where(unindexed('losing_carrier_spid'), '=', f.losingCarrier);
  if (f.status !== undefined) r = narrow || flagged || carrierLeads ? r.where(unindexed('status'), '=', f.status) : r.where('status', '=', f.status);
  return r as Q;
}

/**
 * A page of ports, and the exact total of the filter without counting the matching rows when it is
 * an account's (or every account's) ports, by status or not: the counts the writer keeps. A number's,
 * an order's or a reference's ports are few, and counted. A losing carrier's total (with an account
 * or not) is kept too. cursorFound is false for an unknown cursor.
 */
export async function listPorts(db: Db, f: PortFilter): Promise<{ ports: Port[]; total: number; cursorFound: boolean }> {
  let position: { created_at: string; id: string } | undefined;
  if (f.after !== undefined) {
    const cursor = POSSIBLE_ID.test(f.after) ? await findPort(db, f.after, f.accountId) : undefined;
    if (!cursor) return { ports: [], total: 0, cursorFound: false };
    position = { created_at: cursor.port.created_at, id: cursor.port.id };
  }
  const rows = await portListQuery(db, f, position).execute();
  const ports = rows.map(rowToPort);
  let total: number;
  if (!position && rows.length < f.limit && (rows.length > 0 || f.offset === 0)) {
    total = f.offset + rows.length; // a first-position page that is not full is the last one
  } else if (f.number === undefined && f.orderId === undefined && f.reference === undefined && f.actionRequired !== true) {
    const counts = await portCounts(db, f.accountId, f.losingCarrier);
    total = f.status === undefined ? Object.values(counts).reduce((a, b) => a + b, 0) : (counts[f.status as PortStatus] ?? 0);
    // Unflagged ones: all but the (few) flagged.
    if (f.actionRequired === false) total -= await countPorts(db, { ...f, actionRequired: true });
  } else {
    total = await countPorts(db, f);
  }
  return { ports, total, cursorFound: true };
}

async function countPorts(db: Db, f: Omit<PortFilter, 'after' | 'limit' | 'offset'>): Promise<number> {
  const c = filterPorts(db.selectFrom('ports').select((eb) => eb.fn.countAll<number>().as('n')), f);
  return Number((await c.executeTakeFirstOrThrow()).n);
}

export async function listHistory(db: Db, portId: string): Promise<HistoryEntry[]> {
  const rows = await db.selectFrom('port_events').select(PORT_EVENT_COLUMNS).where('port_id', '=', portId).orderBy('seq', 'asc').execute();
  return rows.map(rowToHistory);
}

// ---- Writes (called by the lifecycle writer only) ---------------------------------------------

// The submit path's statements, compiled once (the dialect modules run them).
export const insertFullPort = preparedQuery(PORT_COLUMNS, (db, p) => db.insertInto('ports').values(p as unknown as NewPortRow));
export const insertFirstEvent = preparedQuery(PORT_EVENT_COLUMNS, (db, p) => db.insertInto('port_events').values(p as unknown as PortEventRow));

/** The history row values of an entry, which is the event `eventId`. */
export const historyColumns = (portId: string, e: HistoryEntry, eventId: string) => ({
  port_id: portId,
  at: e.at,
  from_status: e.from,
  to_status: e.to,
  carrier_status: e.carrier_status,
  message: e.message,
  actor: e.actor,
  event_id: eventId,
});

type GuardedUpdate = PreparedQuery<string, PortRow>;

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
      return u.returning(PORT_COLUMNS);
    });
    if (guardedUpdates.size >= MAX_GUARDED_SHAPES) guardedUpdates.clear();
    guardedUpdates.set(key, q);
  }
  return q;
}

export interface GuardedChange {
  id: string;
  /** The change happens only if the port is still in one of these statuses… */
  fromStatuses: readonly string[];
  /** …and, when given, still at this row version (nothing else changed it since it was read). */
  expectVersion?: number;
  set: PortColumnChanges;
}

/**
 * Applies a change only if the port is still where the caller saw it, bumping its version. Returns
 * the updated row, or undefined when another actor got there first.
 */
export async function applyGuardedChange(db: Db, change: GuardedChange): Promise<PortRecord | undefined> {
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
  return row && rowToRecord(row);
}

const EVENT_VALUE_COLUMNS = ['port_id', 'at', 'from_status', 'to_status', 'carrier_status', 'message', 'actor', 'event_id'] as const;

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
    event_id: p.event_id,
  })),
);

export async function appendHistory(db: Db, portId: string, entry: HistoryEntry, eventId: string): Promise<void> {
  await insertNextEvent(db, historyColumns(portId, entry, eventId));
}
