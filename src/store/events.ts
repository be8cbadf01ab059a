/**
 * The event feed's rows, and the webhook deliveries each event produces, written by the lifecycle
 * writer in the transaction of the change they record (one delivery per enabled endpoint of the
 * account whose subscription matches). Reading the feed in order differs by database: see the
 * dialect modules.
 */
import { sql } from 'kysely';
import type { EventType } from '../domain/events.ts';
import type { Db } from './db.ts';
import { preparedQuery, type PreparedQuery } from './prepared.ts';
import type { EventRow } from './schema.ts';

/** An event as stored and served: `{id, type, created_at, data}` plus what it is about. */
export interface StoredEvent {
  id: string;
  type: EventType;
  created_at: string;
  data: Record<string, unknown>;
  account_id: string;
  port_id: string | null;
  order_id: string | null;
}

/** The values of a new event's row. */
export interface EventInsert {
  id: string;
  account_id: string;
  type: EventType;
  port_id: string | null;
  order_id: string | null;
  created_at: string;
  /** JSON text. */
  data: string;
}

export const rowToEvent = (r: Pick<EventRow, 'id' | 'type' | 'created_at' | 'data' | 'account_id' | 'port_id' | 'order_id'>): StoredEvent => ({
  id: r.id,
  type: r.type as EventType,
  created_at: r.created_at,
  data: JSON.parse(r.data) as Record<string, unknown>,
  account_id: r.account_id,
  port_id: r.port_id,
  order_id: r.order_id,
});

const EVENT_COLUMNS = ['id', 'account_id', 'type', 'port_id', 'order_id', 'created_at', 'data'] as const;

export const insertEventRow = preparedQuery(EVENT_COLUMNS, (db, p) => db.insertInto('events').values(p));

/**
 * One pending delivery per enabled endpoint of the account subscribed to the event's type (`["*"]`
 * or a list naming it), due at once. The delivery id is made from the event's and the endpoint's,
 * so an event has at most one delivery per endpoint.
 */
export const insertDeliveriesForEvent = preparedQuery(['event_id', 'account_id', 'type', 'created_at', 'subscribed'], (db, p) =>
  db
    .insertInto('webhook_deliveries')
    .columns(['id', 'account_id', 'endpoint_id', 'event_id', 'event_type', 'status', 'attempts', 'next_attempt_at', 'created_at', 'updated_at'])
    .expression(
      db
        .selectFrom('webhook_endpoints as w')
        .select([
          sql<string>`${sql.lit('dlv_')} || substr(cast(${p.event_id} as text), 5) || substr(w.id, 5)`.as('id'),
          'w.account_id',
          'w.id as endpoint_id',
          sql<string>`cast(${p.event_id} as text)`.as('event_id'),
          sql<string>`cast(${p.type} as text)`.as('event_type'),
          sql.lit('pending').as('status'),
          sql.lit(0).as('attempts'),
          sql<string>`cast(${p.created_at} as text)`.as('next_attempt_at'),
          sql<string>`cast(${p.created_at} as text)`.as('created_at'),
          sql<string>`cast(${p.created_at} as text)`.as('updated_at'),
        ])
        .where('w.account_id', '=', p.account_id)
        .where('w.enabled', '=', sql.lit(1))
        .where((eb) => eb.or([eb('w.events', '=', sql.lit('["*"]')), eb('w.events', 'like', p.subscribed)])),
    ),
);

/** The LIKE pattern that finds `type` in an endpoint's JSON list of types. */
export const subscribedPattern = (type: EventType): string => `%"${type}"%`;

const deliveriesFor = (e: EventInsert) => ({ event_id: e.id, account_id: e.account_id, type: e.type, created_at: e.created_at, subscribed: subscribedPattern(e.type) });

/**
 * Whether the account has an enabled endpoint: asked first, in the same transaction, because an
 * INSERT … SELECT that finds nothing still costs a write (measured: six times the read).
 */
const hasEndpoint = preparedQuery(['account_id'], (db, p) =>
  db.selectFrom('webhook_endpoints').select('id').where('account_id', '=', p.account_id).where('enabled', '=', sql.lit(1)).limit(sql.lit(1)),
);

/** Writes an event and its deliveries (in the caller's transaction). */
export async function appendEvent(db: Db, e: EventInsert): Promise<void> {
  await insertEventRow(db, e);
  if ((await hasEndpoint(db, { account_id: e.account_id })).rows.length > 0) await insertDeliveriesForEvent(db, deliveriesFor(e));
}

type SyncRun = <K extends string, R>(q: PreparedQuery<K, R>, values: Readonly<Record<K, unknown>>) => { rows: R[] };

/** The same, inside a synchronous SQLite transaction (the submission's fast path). */
export function appendEventSync(run: SyncRun, e: EventInsert): void {
  run(insertEventRow, e);
  if (run(hasEndpoint, { account_id: e.account_id }).rows.length > 0) run(insertDeliveriesForEvent, deliveriesFor(e));
}

const findEventOfAccount = preparedQuery(['id', 'accountId'], (db, p) =>
  db.selectFrom('events').select(['id', 'type', 'created_at', 'data', 'account_id', 'port_id', 'order_id']).where('id', '=', p.id).where('account_id', '=', p.accountId),
);

const POSSIBLE_ID = /^[\x21-\x7e]{1,64}$/;

export async function findEvent(db: Db, id: string, accountId: string): Promise<StoredEvent | undefined> {
  if (!POSSIBLE_ID.test(id)) return undefined;
  const row = (await findEventOfAccount(db, { id, accountId })).rows[0];
  return row && rowToEvent(row);
}

export interface FeedQuery {
  accountId: string;
  /** The id of the last event already seen (null: from the start). */
  after: string | null;
  limit: number;
  type?: EventType | undefined;
  portId?: string | undefined;
}
