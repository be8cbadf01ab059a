/**
 * The pruning queries (contract/operations.md "Retention"), each touching at most `limit` rows so
 * that a pass is many short statements rather than one long one. Only idempotency keys and the
 * attempt logs of succeeded webhook deliveries are ever deleted: events, ports, their history and
 * the deliveries themselves are the audit trail.
 */
import { sql } from 'kysely';
import type { Db } from './ports.ts';

/** Deletes up to `limit` idempotency keys created before `before`, oldest first; returns how many. */
export async function deleteExpiredIdempotencyKeys(db: Db, before: string, limit: number): Promise<number> {
  const r = await db
    .deleteFrom('idempotency_keys')
    .where((eb) =>
      eb(
        eb.refTuple('account_id', 'key'),
        'in',
        eb.selectFrom('idempotency_keys').select(['account_id', 'key']).where('created_at', '<', before).orderBy('created_at').limit(limit).$asTuple('account_id', 'key'),
      ),
    )
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** A position in the succeeded deliveries, in the order they succeeded. */
export interface DeliveryPosition {
  updated_at: string;
  id: string;
}

/**
 * The next `limit` deliveries that succeeded before `before`, after `after` (in order of when they
 * succeeded, then id). The status is a literal so the partial index webhook_deliveries_succeeded
 * serves it on both databases.
 */
export async function succeededDeliveriesBefore(db: Db, before: string, after: DeliveryPosition | null, limit: number): Promise<DeliveryPosition[]> {
  let q = db
    .selectFrom('webhook_deliveries')
    .select(['updated_at', 'id'])
    .where(sql<boolean>`status = 'succeeded'`)
    .where('updated_at', '<', before);
  if (after) q = q.where((eb) => eb(eb.refTuple('updated_at', 'id'), '>', eb.tuple(after.updated_at, after.id)));
  return q.orderBy('updated_at').orderBy('id').limit(limit).execute();
}

/** Deletes the attempt logs of the given deliveries; returns how many attempts were deleted. */
export async function deleteAttemptsOf(db: Db, deliveryIds: readonly string[]): Promise<number> {
  if (deliveryIds.length === 0) return 0;
  const r = await db.deleteFrom('webhook_attempts').where('delivery_id', 'in', deliveryIds).executeTakeFirst();
  return Number(r.numDeletedRows);
}
