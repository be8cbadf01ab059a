/**
 * Webhook endpoints, deliveries and their attempts. Secrets are stored sealed (secrets.ts) and opened
 * only to sign; the rows become domain-shaped records here.
 */
import { sql } from 'kysely';
import type { Db } from './db.ts';
import { preparedQuery } from './prepared.ts';
import type { WebhookAttemptRow, WebhookDeliveryRow, WebhookEndpointRow } from './schema.ts';
import type { Secrets } from './secrets.ts';

const POSSIBLE_ID = /^[\x21-\x7e]{1,64}$/;

export interface Endpoint {
  id: string;
  account_id: string;
  url: string;
  events: string[];
  description: string | null;
  enabled: boolean;
  disabled_reason: string | null;
  failing_since: string | null;
  created_at: string;
  updated_at: string;
}

/** An endpoint with its signing secrets (current first), opened for a delivery. */
export interface EndpointWithSecrets extends Endpoint {
  secrets: string[];
}

export const rowToEndpoint = (r: WebhookEndpointRow): Endpoint => ({
  id: r.id,
  account_id: r.account_id,
  url: r.url,
  events: JSON.parse(r.events) as string[],
  description: r.description,
  enabled: r.enabled === 1,
  disabled_reason: r.disabled_reason,
  failing_since: r.failing_since,
  created_at: r.created_at,
  updated_at: r.updated_at,
});

/** The secrets that sign now: the current one, and the previous one until its 24 hours are over. */
export function openSecrets(r: WebhookEndpointRow, secrets: Secrets, now: string): string[] {
  const open = [secrets.openSecret(r.secret_enc, r.id)];
  if (r.previous_secret_enc && r.previous_secret_until && r.previous_secret_until > now) open.push(secrets.openSecret(r.previous_secret_enc, r.id));
  return open;
}

export async function insertEndpoint(db: Db, e: Endpoint, secret: string, secrets: Secrets): Promise<void> {
  await db
    .insertInto('webhook_endpoints')
    .values({
      id: e.id,
      account_id: e.account_id,
      url: e.url,
      events: JSON.stringify(e.events),
      description: e.description,
      enabled: e.enabled ? 1 : 0,
      disabled_reason: e.disabled_reason,
      secret_enc: secrets.sealSecret(secret, e.id),
      previous_secret_enc: null,
      previous_secret_until: null,
      failing_since: null,
      created_at: e.created_at,
      updated_at: e.updated_at,
    })
    .execute();
}

export async function findEndpointRow(db: Db, id: string, accountId?: string): Promise<WebhookEndpointRow | undefined> {
  if (!POSSIBLE_ID.test(id)) return undefined;
  let q = db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id);
  if (accountId !== undefined) q = q.where('account_id', '=', accountId);
  return q.executeTakeFirst();
}

/** The endpoint list's query, newest first, after a position. */
export function endpointListQuery(db: Db, accountId: string, limit: number, offset: number, position?: { created_at: string; id: string }) {
  let q = db.selectFrom('webhook_endpoints').selectAll().where('account_id', '=', accountId);
  if (position) q = q.where((eb) => eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(position.created_at, position.id)));
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset);
}

export async function listEndpoints(db: Db, accountId: string, limit: number, offset: number, after?: string): Promise<{ endpoints: Endpoint[]; total: number; cursorFound: boolean }> {
  const base = db.selectFrom('webhook_endpoints').where('account_id', '=', accountId);
  let position: { created_at: string; id: string } | undefined;
  if (after !== undefined) {
    position = POSSIBLE_ID.test(after) ? await base.select(['created_at', 'id']).where('id', '=', after).executeTakeFirst() : undefined;
    if (!position) return { endpoints: [], total: 0, cursorFound: false };
  }
  const rows = await endpointListQuery(db, accountId, limit, offset, position).execute();
  // An account has few endpoints: counting them is cheap.
  const total = Number((await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { endpoints: rows.map(rowToEndpoint), total, cursorFound: true };
}

export interface EndpointChanges {
  url?: string;
  events?: string[];
  description?: string | null;
  enabled?: boolean;
  disabled_reason?: string | null;
  failing_since?: string | null;
  updated_at: string;
}

export async function updateEndpoint(db: Db, id: string, accountId: string, c: EndpointChanges): Promise<Endpoint | undefined> {
  const row = await db
    .updateTable('webhook_endpoints')
    .set({
      ...(c.url !== undefined ? { url: c.url } : {}),
      ...(c.events !== undefined ? { events: JSON.stringify(c.events) } : {}),
      ...(c.description !== undefined ? { description: c.description } : {}),
      ...(c.enabled !== undefined ? { enabled: c.enabled ? 1 : 0 } : {}),
      ...(c.disabled_reason !== undefined ? { disabled_reason: c.disabled_reason } : {}),
      ...(c.failing_since !== undefined ? { failing_since: c.failing_since } : {}),
      updated_at: c.updated_at,
    })
    .where('id', '=', id)
    .where('account_id', '=', accountId)
    .returningAll()
    .executeTakeFirst();
  return row && rowToEndpoint(row);
}

/** A new current secret; the old one keeps signing until `previousUntil`. */
export async function rotateSecret(db: Db, id: string, accountId: string, secret: string, previousUntil: string, now: string, secrets: Secrets): Promise<boolean> {
  const r = await db
    .updateTable('webhook_endpoints')
    .set((eb) => ({
      previous_secret_enc: eb.ref('secret_enc'),
      previous_secret_until: previousUntil,
      secret_enc: secrets.sealSecret(secret, id),
      updated_at: now,
    }))
    .where('id', '=', id)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Deletes the endpoint with its deliveries and their attempts. */
export async function deleteEndpoint(db: Db, id: string, accountId: string): Promise<boolean> {
  const r = await db.deleteFrom('webhook_endpoints').where('id', '=', id).where('account_id', '=', accountId).executeTakeFirst();
  if (Number(r.numDeletedRows) !== 1) return false;
  await db.deleteFrom('webhook_attempts').where('delivery_id', 'in', db.selectFrom('webhook_deliveries').select('id').where('endpoint_id', '=', id)).execute();
  await db.deleteFrom('webhook_deliveries').where('endpoint_id', '=', id).execute();
  return true;
}

// ---- Deliveries -------------------------------------------------------------------------------

export interface Delivery {
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  status: 'pending' | 'succeeded' | 'failed';
  attempts: number;
  next_attempt_at: string | null;
  last_response_status: number | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export interface Attempt {
  at: string;
  response_status: number | null;
  duration_ms: number;
  error: string | null;
}

export const rowToDelivery = (r: WebhookDeliveryRow): Delivery => ({
  id: r.id,
  endpoint_id: r.endpoint_id,
  event_id: r.event_id,
  event_type: r.event_type,
  status: r.status as Delivery['status'],
  attempts: r.attempts,
  next_attempt_at: r.next_attempt_at,
  last_response_status: r.last_response_status,
  last_error: r.last_error,
  created_at: r.created_at,
  updated_at: r.updated_at,
});

const rowToAttempt = (r: WebhookAttemptRow): Attempt => ({ at: r.at, response_status: r.response_status, duration_ms: r.duration_ms, error: r.error });

/** The delivery log's query: an endpoint's deliveries, newest first (a delivery's id grows with time). */
export function deliveryListQuery(db: Db, q: { endpointId: string; status?: string | undefined; limit: number }, afterId?: string) {
  let base = db.selectFrom('webhook_deliveries').selectAll().where('endpoint_id', '=', q.endpointId);
  if (q.status !== undefined) base = base.where('status', '=', q.status);
  if (afterId !== undefined) base = base.where('id', '<', afterId);
  return base.orderBy('id', 'desc').limit(q.limit);
}

/** The delivery log, newest first, after the cursor (a delivery id) when given. */
export async function listDeliveries(
  db: Db,
  q: { endpointId: string; status?: string | undefined; limit: number; after?: string | undefined },
): Promise<{ deliveries: Delivery[]; cursorFound: boolean }> {
  if (q.after !== undefined) {
    const cursor = await db.selectFrom('webhook_deliveries').select('id').where('endpoint_id', '=', q.endpointId).where('id', '=', q.after).executeTakeFirst();
    if (!cursor) return { deliveries: [], cursorFound: false };
  }
  const rows = await deliveryListQuery(db, q, q.after).execute();
  return { deliveries: rows.map(rowToDelivery), cursorFound: true };
}

export async function findDelivery(db: Db, id: string, endpointId: string): Promise<Delivery | undefined> {
  if (!POSSIBLE_ID.test(id)) return undefined;
  const row = await db.selectFrom('webhook_deliveries').selectAll().where('endpoint_id', '=', endpointId).where('id', '=', id).executeTakeFirst();
  return row && rowToDelivery(row);
}

export async function listAttempts(db: Db, deliveryId: string): Promise<Attempt[]> {
  return (await db.selectFrom('webhook_attempts').selectAll().where('delivery_id', '=', deliveryId).orderBy('n').execute()).map(rowToAttempt);
}

/** One more attempt now, also for a failed delivery (its schedule is not restarted). */
export async function requeueDelivery(db: Db, id: string, endpointId: string, now: string): Promise<boolean> {
  const r = await db
    .updateTable('webhook_deliveries')
    .set({ status: 'pending', next_attempt_at: now, updated_at: now, claimed_by: null, lease_until: null })
    .where('endpoint_id', '=', endpointId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A delivery claimed for an attempt, with what it takes to make it. */
export interface ClaimedDelivery {
  id: string;
  endpoint_id: string;
  event_id: string;
  attempts: number;
}

export interface DeliveryClaim {
  endpointId: string;
  now: string;
  realNow: string;
  leaseUntil: string;
  workerId: string;
  limit: number;
}

/**
 * The claim of an endpoint's next due deliveries (oldest first), with a lease. The dialect modules
 * add SKIP LOCKED where several instances share the work.
 */
export function claimDeliveriesQuery(db: Db, q: DeliveryClaim, skipLocked: boolean) {
  let candidates = db
    .selectFrom('webhook_deliveries')
    .select('id')
    .where('endpoint_id', '=', q.endpointId)
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', q.now)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', q.realNow)]))
    .orderBy('next_attempt_at')
    .limit(q.limit);
  if (skipLocked) candidates = candidates.forUpdate().skipLocked();
  return db
    .updateTable('webhook_deliveries')
    .set({ claimed_by: q.workerId, lease_until: q.leaseUntil })
    .where('endpoint_id', '=', q.endpointId)
    .where('id', 'in', candidates)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', q.realNow)]))
    .returning(['id', 'endpoint_id', 'event_id', 'attempts']);
}

/** Gives claimed deliveries back (not attempted), so they are claimed again at once when due. */
export async function releaseDeliveries(db: Db, endpointId: string, ids: readonly string[], workerId: string): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('webhook_deliveries')
    .set({ claimed_by: null, lease_until: null })
    .where('endpoint_id', '=', endpointId)
    .where('id', 'in', ids)
    .where('claimed_by', '=', workerId)
    .execute();
}

/**
 * Enabled endpoints with deliveries due now and free to claim, the longest waiting first: asked of
 * each enabled endpoint's due work (an index probe each), so a large backlog costs nothing here.
 */
export async function endpointsWithDueDeliveries(db: Db, q: { now: string; realNow: string; limit: number }): Promise<string[]> {
  const rows = await db
    .selectFrom('webhook_endpoints as w')
    .select((eb) => [
      'w.id',
      eb
        .selectFrom('webhook_deliveries as d')
        .select((e) => e.fn.min('d.next_attempt_at').as('due'))
        .whereRef('d.endpoint_id', '=', 'w.id')
        .where('d.status', '=', 'pending')
        .where('d.next_attempt_at', '<=', q.now)
        .where((e) => e.or([e('d.lease_until', 'is', null), e('d.lease_until', '<', q.realNow)]))
        .as('due'),
    ])
    .where('w.enabled', '=', 1)
    .execute();
  return rows
    .filter((r): r is { id: string; due: string } => typeof r.due === 'string')
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
    .slice(0, q.limit)
    .map((r) => r.id);
}

export interface AttemptRecord {
  endpointId: string;
  deliveryId: string;
  workerId: string;
  /** This attempt's number (1 for the first). */
  n: number;
  at: string;
  responseStatus: number | null;
  durationMs: number;
  error: string | null;
  status: Delivery['status'];
  nextAttemptAt: string | null;
}

const settle = preparedQuery(['endpoint', 'id', 'worker', 'status', 'attempts', 'next', 'response', 'error', 'at'], (db, p) =>
  db
    .updateTable('webhook_deliveries')
    .set({
      status: p.status,
      attempts: p.attempts as unknown as number,
      next_attempt_at: p.next,
      last_response_status: p.response as unknown as number,
      last_error: p.error,
      updated_at: p.at,
      claimed_by: sql<null>`null`,
      lease_until: sql<null>`null`,
    })
    .where('endpoint_id', '=', p.endpoint)
    .where('id', '=', p.id)
    .where('claimed_by', '=', p.worker),
);

const insertAttempt = preparedQuery(['delivery_id', 'n', 'at', 'response_status', 'duration_ms', 'error'], (db, p) =>
  db.insertInto('webhook_attempts').values(p as unknown as WebhookAttemptRow).onConflict((oc) => oc.columns(['delivery_id', 'n']).doNothing()),
);

/** Records an attempt and the delivery's new state, while still holding the claim; false when it was lost. */
export async function recordAttempt(db: Db, a: AttemptRecord): Promise<boolean> {
  const r = await settle(db, { endpoint: a.endpointId, id: a.deliveryId, worker: a.workerId, status: a.status, attempts: a.n, next: a.nextAttemptAt, response: a.responseStatus, error: a.error, at: a.at });
  if (Number(r.numAffectedRows ?? 0) !== 1) return false;
  await insertAttempt(db, { delivery_id: a.deliveryId, n: a.n, at: a.at, response_status: a.responseStatus, duration_ms: a.durationMs, error: a.error });
  return true;
}

/** After an attempt: success clears the failing streak; a failure starts it (if not started). */
export async function markEndpointAfterAttempt(db: Db, id: string, succeeded: boolean, at: string): Promise<string | null> {
  if (succeeded) {
    await db.updateTable('webhook_endpoints').set({ failing_since: null }).where('id', '=', id).where('failing_since', 'is not', null).execute();
    return null;
  }
  await db.updateTable('webhook_endpoints').set({ failing_since: at }).where('id', '=', id).where('failing_since', 'is', null).execute();
  return (await db.selectFrom('webhook_endpoints').select('failing_since').where('id', '=', id).executeTakeFirst())?.failing_since ?? null;
}

export async function disableEndpoint(db: Db, id: string, reason: string, at: string): Promise<void> {
  await db.updateTable('webhook_endpoints').set({ enabled: 0, disabled_reason: reason, updated_at: at }).where('id', '=', id).where('enabled', '=', 1).execute();
}

const endpointById = preparedQuery(['id'], (db, p) => db.selectFrom('webhook_endpoints').selectAll().where('id', '=', p.id));

/** An endpoint's row by id (with its sealed secrets), for the delivery worker. */
export async function loadEndpoint(db: Db, id: string): Promise<WebhookEndpointRow | undefined> {
  return (await endpointById(db, { id })).rows[0];
}

/**
 * The bodies of events, by id: each event in its JSON shape. The stored data is JSON already, so the
 * body is assembled as text, exactly as the feed serves it.
 */
export async function loadEventBodies(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.selectFrom('events').select(['id', 'type', 'created_at', 'data']).where('id', 'in', ids).execute();
  return new Map(rows.map((e) => [e.id, `{"id":${JSON.stringify(e.id)},"type":${JSON.stringify(e.type)},"created_at":${JSON.stringify(e.created_at)},"data":${e.data}}`]));
}

/** Deliveries waiting, for metrics and the benchmark. */
export async function countPendingDeliveries(db: Db): Promise<number> {
  return Number((await db.selectFrom('webhook_deliveries').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'pending').executeTakeFirstOrThrow()).n);
}
