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
 * The account's enabled endpoints and the JSON list of event types each subscribed to: the
 * deliveries of an event are chosen from these in code and written one plain INSERT each. (An
 * INSERT … SELECT with the subscription as a bound LIKE pattern did the same in SQL and cost SQLite
 * ~5 times as much: measured 106–152 µs against 27–59 µs per delivery, the LIKE alone ~15 µs.)
 */
const enabledEndpoints = preparedQuery(['account_id'], (db, p) =>
  db.selectFrom('webhook_endpoints').select(['id', 'events']).where('account_id', '=', p.account_id).where('enabled', '=', sql.lit(1)),
);

/** Whether an endpoint's stored subscription (`["*"]` or a JSON list of types) takes events of `type`. */
const subscribesTo = (events: string, type: EventType): boolean => events === '["*"]' || events.includes(`"${type}"`);

/** The LIKE pattern that finds `type` in an endpoint's JSON list of types (the same test in SQL). */
export const subscribedPattern = (type: EventType): string => `%"${type}"%`;

const DELIVERY_COLUMNS = ['id', 'account_id', 'endpoint_id', 'event_id', 'event_type', 'created_at'] as const;

/**
 * One pending delivery of an event to an endpoint, due at once. Its id is made from the event's and
 * the endpoint's, so an event has at most one delivery per endpoint.
 */
const insertDelivery = preparedQuery(DELIVERY_COLUMNS, (db, p) =>
  db.insertInto('webhook_deliveries').values({
    ...p,
    status: sql.lit('pending'),
    attempts: sql.lit(0),
    next_attempt_at: p.created_at,
    updated_at: p.created_at,
  }),
);

const deliveryOf = (e: EventInsert, endpointId: string): Record<(typeof DELIVERY_COLUMNS)[number], string> => ({
  id: 'dlv_' + e.id.slice(4) + endpointId.slice(4),
  account_id: e.account_id,
  endpoint_id: endpointId,
  event_id: e.id,
  event_type: e.type,
  created_at: e.created_at,
});

/** Writes an event and its deliveries (in the caller's transaction). */
export async function appendEvent(db: Db, e: EventInsert): Promise<void> {
  await insertEventRow(db, e);
  for (const w of (await enabledEndpoints(db, { account_id: e.account_id })).rows) {
    if (subscribesTo(w.events, e.type)) await insertDelivery(db, deliveryOf(e, w.id));
  }
}

type SyncRun = <K extends string, R>(q: PreparedQuery<K, R>, values: Readonly<Record<K, unknown>>) => { rows: R[] };

/** The same, inside a synchronous SQLite transaction (the submission's fast path). */
export function appendEventSync(run: SyncRun, e: EventInsert): void {
  run(insertEventRow, e);
  for (const w of run(enabledEndpoints, { account_id: e.account_id }).rows) {
    if (subscribesTo(w.events, e.type)) run(insertDelivery, deliveryOf(e, w.id));
  }
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
