/**
 * Port orders and sub-orders: rows in and out, the order's port counts (kept with every change of
 * its ports), and what an order looks like with its ports. Called by the lifecycle writer inside its
 * transactions, and by the order use cases to read.
 */
import { sql } from 'kysely';
import type { LosingCarrier } from '../domain/carrier-directory.ts';
import { noCounts, type DraftNumber, type Order, type OrderStatus, type RequirementKind, type Requirements } from '../domain/orders.ts';
import { PORT_STATUSES, type Address, type PortStatus } from '../domain/port-request.ts';
import { allColumns, unindexed, type Db } from './db.ts';
import { PORT_COLUMNS, rowToPort } from './ports.ts';
import type { Port } from '../domain/port-request.ts';
import type { OrderPort } from '../domain/order-view.ts';
import type { PortOrderRow, PortOrdersTable, SubOrderRow, SubOrdersTable } from './schema.ts';
import type { Secrets } from './secrets.ts';

/** Every column of `port_orders`, named (see `allColumns`). */
const ORDER_COLUMNS = allColumns<PortOrdersTable>()([
  'id',
  'account_id',
  'status',
  'numbers',
  'account_number',
  'account_pin_enc',
  'billing_phone',
  'end_user_name',
  'end_user_address',
  'carrier_name',
  'requested_foc_date',
  'customer_reference',
  'loa',
  'invoice',
  'n_pending',
  'n_authorized',
  'n_in_progress',
  'n_completed',
  'n_failed',
  'n_cancelled',
  'created_at',
  'updated_at',
  'submitted_at',
  'version',
  'action_required',
]);

/** Every column of `sub_orders`, named. */
const SUB_ORDER_COLUMNS = allColumns<SubOrdersTable>()(['id', 'order_id', 'account_id', 'losing_carrier', 'losing_carrier_spid', 'created_at']);

export type { Order } from '../domain/orders.ts';

export interface OrderRecord {
  order: Order;
  version: number;
  sealedPin: string | null;
}

export interface SubOrder {
  id: string;
  order_id: string;
  losing_carrier: LosingCarrier;
  created_at: string;
}

const COUNT_COLUMNS = { pending: 'n_pending', authorized: 'n_authorized', in_progress: 'n_in_progress', completed: 'n_completed', failed: 'n_failed', cancelled: 'n_cancelled' } as const satisfies Record<PortStatus, keyof PortOrderRow>;

export function rowToOrder(r: PortOrderRow): OrderRecord {
  const counts = noCounts();
  for (const s of PORT_STATUSES) counts[s] = r[COUNT_COLUMNS[s]];
  return {
    order: {
      id: r.id,
      account_id: r.account_id,
      status: r.status as OrderStatus,
      numbers: JSON.parse(r.numbers) as DraftNumber[],
      account_number: r.account_number,
      billing_phone: r.billing_phone,
      end_user_name: r.end_user_name,
      end_user_address: JSON.parse(r.end_user_address) as Address,
      carrier_name: r.carrier_name,
      requested_foc_date: r.requested_foc_date,
      customer_reference: r.customer_reference,
      requirements: { loa: r.loa as Requirements['loa'], invoice: r.invoice as Requirements['invoice'] },
      counts,
      created_at: r.created_at,
      updated_at: r.updated_at,
      submitted_at: r.submitted_at,
      action_required: r.action_required === 1,
    },
    version: r.version,
    sealedPin: r.account_pin_enc,
  };
}

/** An order's row, its PIN already sealed (or none). */
export function orderToRow(o: Order, sealedPin: string | null, version: number): PortOrderRow {
  return {
    id: o.id,
    account_id: o.account_id,
    status: o.status,
    numbers: JSON.stringify(o.numbers),
    account_number: o.account_number,
    account_pin_enc: sealedPin,
    billing_phone: o.billing_phone,
    end_user_name: o.end_user_name,
    end_user_address: JSON.stringify(o.end_user_address),
    carrier_name: o.carrier_name,
    requested_foc_date: o.requested_foc_date,
    customer_reference: o.customer_reference,
    loa: o.requirements.loa,
    invoice: o.requirements.invoice,
    n_pending: o.counts.pending,
    n_authorized: o.counts.authorized,
    n_in_progress: o.counts.in_progress,
    n_completed: o.counts.completed,
    n_failed: o.counts.failed,
    n_cancelled: o.counts.cancelled,
    created_at: o.created_at,
    updated_at: o.updated_at,
    submitted_at: o.submitted_at,
    version,
    action_required: o.action_required ? 1 : 0,
  };
}

export async function insertOrder(db: Db, o: Order, pin: string | null, secrets: Secrets): Promise<void> {
  await db
    .insertInto('port_orders')
    .values(orderToRow(o, pin === null ? null : secrets.sealPin(pin, o.id), 1))
    .execute();
}

/** A sub-order's row. */
export const subOrderToRow = (s: SubOrder, accountId: string): SubOrderRow => ({ id: s.id, order_id: s.order_id, account_id: accountId, losing_carrier: JSON.stringify(s.losing_carrier), losing_carrier_spid: s.losing_carrier.spid, created_at: s.created_at });

const POSSIBLE_ID = /^[\x21-\x7e]{1,64}$/;

export async function findOrder(db: Db, id: string, accountId?: string): Promise<OrderRecord | undefined> {
  if (!POSSIBLE_ID.test(id)) return undefined;
  let q = db.selectFrom('port_orders').select(ORDER_COLUMNS).where('id', '=', id);
  if (accountId !== undefined) q = q.where('account_id', '=', accountId);
  const row = await q.executeTakeFirst();
  return row && rowToOrder(row);
}

/** Fields of an order that change (the PIN in clear: sealed here). */
export interface OrderChanges {
  status?: OrderStatus;
  numbers?: DraftNumber[];
  account_number?: string;
  account_pin?: string | null;
  billing_phone?: string;
  end_user_name?: string;
  end_user_address?: Address;
  carrier_name?: string | null;
  requested_foc_date?: string | null;
  customer_reference?: string | null;
  submitted_at?: string;
  requirements?: Requirements;
  action_required?: boolean;
  updated_at: string;
}

/** Applies changes while the order is still at `expectVersion` (and, when given, in `fromStatuses`). */
export async function updateOrder(db: Db, id: string, c: OrderChanges, secrets: Secrets, guard: { expectVersion?: number; fromStatuses?: readonly OrderStatus[] } = {}): Promise<OrderRecord | undefined> {
  let q = db
    .updateTable('port_orders')
    .set({
      ...(c.status !== undefined ? { status: c.status } : {}),
      ...(c.numbers !== undefined ? { numbers: JSON.stringify(c.numbers) } : {}),
      ...(c.account_number !== undefined ? { account_number: c.account_number } : {}),
      ...(c.account_pin !== undefined ? { account_pin_enc: c.account_pin === null ? null : secrets.sealPin(c.account_pin, id) } : {}),
      ...(c.billing_phone !== undefined ? { billing_phone: c.billing_phone } : {}),
      ...(c.end_user_name !== undefined ? { end_user_name: c.end_user_name } : {}),
      ...(c.end_user_address !== undefined ? { end_user_address: JSON.stringify(c.end_user_address) } : {}),
      ...(c.carrier_name !== undefined ? { carrier_name: c.carrier_name } : {}),
      ...(c.requested_foc_date !== undefined ? { requested_foc_date: c.requested_foc_date } : {}),
      ...(c.customer_reference !== undefined ? { customer_reference: c.customer_reference } : {}),
      ...(c.submitted_at !== undefined ? { submitted_at: c.submitted_at } : {}),
      ...(c.requirements !== undefined ? { loa: c.requirements.loa, invoice: c.requirements.invoice } : {}),
      ...(c.action_required !== undefined ? { action_required: c.action_required ? 1 : 0 } : {}),
      updated_at: c.updated_at,
      version: sql<number>`version + 1`,
    })
    .where('id', '=', id);
  if (guard.expectVersion !== undefined) q = q.where('version', '=', guard.expectVersion);
  if (guard.fromStatuses !== undefined) q = q.where('status', 'in', guard.fromStatuses);
  const row = await q.returning(ORDER_COLUMNS).executeTakeFirst();
  return row && rowToOrder(row);
}

/** Adds to the order's port counts (its ports moved); returns the order as it now stands. */
export async function bumpOrderCounts(db: Db, id: string, deltas: Partial<Record<PortStatus, number>>): Promise<OrderRecord> {
  const set: Record<string, unknown> = {};
  for (const [status, n] of Object.entries(deltas) as [PortStatus, number][]) {
    if (n !== 0) set[COUNT_COLUMNS[status]] = sql`${sql.ref(COUNT_COLUMNS[status])} + ${n}`;
  }
  const row = await db.updateTable('port_orders').set(set).where('id', '=', id).returning(ORDER_COLUMNS).executeTakeFirstOrThrow();
  return rowToOrder(row);
}

export async function insertSubOrder(db: Db, s: SubOrder, accountId: string): Promise<void> {
  await db.insertInto('sub_orders').values(subOrderToRow(s, accountId)).execute();
}

const rowToSubOrder = (r: SubOrderRow): SubOrder => ({ id: r.id, order_id: r.order_id, losing_carrier: JSON.parse(r.losing_carrier) as LosingCarrier, created_at: r.created_at });

/** The sub-orders of several orders in one query, by order. */
export async function subOrdersOfOrders(db: Db, orderIds: readonly string[]): Promise<Map<string, SubOrder[]>> {
  const rows = orderIds.length === 0 ? [] : await subOrdersOfOrdersQuery(db, orderIds).execute();
  return groupBy(rows.map(rowToSubOrder), (s) => s.order_id);
}

/** Each order's sub-orders in creation order, read from their index by order alone (it holds every column). */
export const subOrdersOfOrdersQuery = (db: Db, orderIds: readonly string[]) =>
  db.selectFrom('sub_orders').select(SUB_ORDER_COLUMNS).where('order_id', 'in', orderIds).orderBy('order_id').orderBy('created_at').orderBy('id');

/** An order's ports, whole. */
export async function portsOfOrder(db: Db, orderId: string): Promise<Port[]> {
  return (await portsOfOrdersQuery(db, [orderId]).execute()).map(rowToPort);
}

/**
 * What the order views show of the ports of several orders, by order: the few columns they read, not
 * the whole rows (addresses, messages and sealed PINs are most of a row's bytes).
 */
export async function orderPortsOf(db: Db, orderIds: readonly string[]): Promise<Map<string, OrderPort[]>> {
  if (orderIds.length === 0) return new Map();
  const rows = await orderPortsQuery(db, orderIds).execute();
  // Ports of one order share a handful of losing carriers: each one's JSON is read once.
  const carriers = new Map<string, LosingCarrier>();
  const carrier = (json: string): LosingCarrier => {
    let c = carriers.get(json);
    if (!c) carriers.set(json, (c = JSON.parse(json) as LosingCarrier));
    return c;
  };
  const ports = rows.map((r) => ({
    order_id: r.order_id!,
    id: r.id,
    number: r.number,
    status: r.status as PortStatus,
    losing_carrier: r.losing_carrier === null ? null : carrier(r.losing_carrier),
    sub_order_id: r.sub_order_id,
    foc_date: r.foc_date,
  }));
  return groupBy(ports, (p) => p.order_id);
}

export const orderPortsQuery = (db: Db, orderIds: readonly string[]) =>
  db
    .selectFrom('ports')
    .select(['order_id', 'id', 'number', 'status', 'losing_carrier', 'sub_order_id', 'foc_date'])
    .where('order_id', 'in', orderIds)
    .orderBy('order_id')
    .orderBy('created_at')
    .orderBy('id');

export const portsOfOrdersQuery = (db: Db, orderIds: readonly string[]) =>
  db.selectFrom('ports').select(PORT_COLUMNS).where('order_id', 'in', orderIds).orderBy('order_id').orderBy('created_at').orderBy('id');

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export interface OrderFilter {
  accountId?: string | undefined;
  status?: OrderStatus | undefined;
  /** Only orders a public desk comment flagged (true), or only unflagged ones (false). */
  actionRequired?: boolean | undefined;
  /** Only orders missing (false) or holding (true) every one of these documents. */
  requirementsMet?: { met: boolean; required: readonly RequirementKind[] } | undefined;
  /** Only orders with a sub-order of the losing carrier of this SPID. */
  losingCarrier?: string | undefined;
  limit: number;
  after?: string | undefined;
}

/** The order list's query, newest first, after a position: each filter has an index in this order. */
export function orderListQuery(db: Db, f: Omit<OrderFilter, 'after'>, position?: { created_at: string; id: string }) {
  let q = db.selectFrom('port_orders').select(ORDER_COLUMNS);
  // Flagged orders are few: their partial index leads (the literal 1 is what lets it), the rest is checked on them.
  const flagged = f.actionRequired === true;
  if (f.actionRequired !== undefined) q = q.where('action_required', '=', sql.lit(f.actionRequired ? 1 : 0));
  if (f.accountId !== undefined) q = q.where('account_id', '=', f.accountId);
  if (f.status !== undefined) q = q.where(flagged ? unindexed('status') : 'status', '=', f.status);
  if (f.requirementsMet !== undefined) {
    const { met, required } = f.requirementsMet;
    const missing = required.map((k) => sql<boolean>`${sql.ref(k)} = 'missing'`);
    if (missing.length === 0) {
      if (!met) q = q.where(sql<boolean>`1 = 0`);
    } else {
      const anyMissing = sql<boolean>`(${sql.join(missing, sql` OR `)})`;
      q = q.where(met ? sql<boolean>`NOT ${anyMissing}` : anyMissing);
    }
  }
  // An order has a few sub-orders (one per carrier), read by order: checked on each order in list order.
  const spid = f.losingCarrier;
  if (spid !== undefined) {
    q = q.where(({ exists, selectFrom }) => exists(selectFrom('sub_orders').select(sql.lit(1).as('one')).whereRef('sub_orders.order_id', '=', 'port_orders.id').where('sub_orders.losing_carrier_spid', '=', spid)));
  }
  if (position) q = q.where((eb) => eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(position.created_at, position.id)));
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(f.limit);
}

/** Newest first, after the cursor (an order id) when given; cursorFound false for an unknown one. */
export async function listOrders(db: Db, f: OrderFilter): Promise<{ orders: Order[]; cursorFound: boolean }> {
  let position: { created_at: string; id: string } | undefined;
  if (f.after !== undefined) {
    if (!POSSIBLE_ID.test(f.after)) return { orders: [], cursorFound: false };
    let c = db.selectFrom('port_orders').select(['created_at', 'id']).where('id', '=', f.after);
    if (f.accountId !== undefined) c = c.where('account_id', '=', f.accountId);
    position = await c.executeTakeFirst();
    if (!position) return { orders: [], cursorFound: false };
  }
  const rows = await orderListQuery(db, f, position).execute();
  return { orders: rows.map((r) => rowToOrder(r).order), cursorFound: true };
}
