/**
 * Port repository. Every status change goes through `applyTransition`: a guarded
 * `UPDATE … WHERE id = ? AND status IN (…)` plus the history row, in the caller's transaction.
 */
import { sql, type Kysely, type Transaction, type Updateable } from 'kysely';
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

/** Inserts a new port (version 1) and its submission event. The partial unique index is the duplicate guard. */
export async function insertPort(db: Db, row: NewPortRow, event: NewEvent): Promise<void> {
  await db.insertInto('ports').values(row).execute();
  await db.insertInto('port_events').values({ port_id: row.id, seq: 1, ...event }).execute();
}

export async function findPort(db: Db, id: string, accountId?: string): Promise<PortRow | undefined> {
  let q = db.selectFrom('ports').selectAll().where('id', '=', id);
  if (accountId !== undefined) q = q.where('account_id', '=', accountId);
  return q.executeTakeFirst();
}

/** Ports that stop a new submission of `number`: an active one anywhere, or a completed one in this account. */
export async function findBlockingPorts(db: Db, number: string, accountId: string, activeStatuses: readonly string[]) {
  return db
    .selectFrom('ports')
    .select(['id', 'account_id', 'status'])
    .where('number', '=', number)
    .where((eb) => eb.or([eb('status', 'in', activeStatuses), eb.and([eb('status', '=', 'completed'), eb('account_id', '=', accountId)])]))
    .execute();
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
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(f.limit).offset(f.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function listEvents(db: Db, portId: string): Promise<PortEventRow[]> {
  return db.selectFrom('port_events').selectAll().where('port_id', '=', portId).orderBy('seq', 'asc').execute();
}

export interface GuardedChange {
  id: string;
  /** The change happens only if the port is still in one of these statuses… */
  fromStatuses: readonly string[];
  /** …and, when given, still at this row version (nothing else changed it since it was read). */
  expectVersion?: number;
  set: Updateable<PortsTable>;
  /** The history entry of a transition; null for a change that is not one (a detail correction). */
  event: NewEvent | null;
}

/**
 * Applies a change only if the port is still where the caller saw it, bumping its version, and
 * records the history entry in the same transaction (seq = next in the port's history). Returns the
 * updated row, or undefined when another actor got there first.
 */
export async function applyGuardedChange(db: Db, change: GuardedChange): Promise<PortRow | undefined> {
  let q = db
    .updateTable('ports')
    .set((eb) => ({ ...change.set, version: eb('version', '+', 1) }))
    .where('id', '=', change.id)
    .where('status', 'in', change.fromStatuses);
  if (change.expectVersion !== undefined) q = q.where('version', '=', change.expectVersion);
  const row = await q.returningAll().executeTakeFirst();
  if (row && change.event) {
    await db
      .insertInto('port_events')
      .values((eb) => ({
        port_id: row.id,
        seq: eb.selectFrom('port_events').select(sql<number>`coalesce(max(seq), 0) + 1`.as('next')).where('port_id', '=', row.id),
        ...change.event!,
      }))
      .execute();
  }
  return row;
}
