/** What health checks and metrics read from the database: small, read-only, the same SQL on both dialects. */
import { sql } from 'kysely';
import type { Db } from './db.ts';
import { portCounts } from './counts.ts';

/** A round trip to the database (readiness). */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}

/** Ports by status: the counts the lifecycle writer keeps (no scan of the ports). */
export async function countPortsByStatus(db: Db): Promise<Record<string, number>> {
  return { ...(await portCounts(db)) };
}

/** The due time of the oldest workflow step due at `now` (claimed or not), or null when none is due. */
export async function oldestDueTimer(db: Db, now: string): Promise<string | null> {
  const row = await db
    .selectFrom('port_timers')
    .select((eb) => eb.fn.min('due_at').as('due'))
    .where('due_at', '<=', now)
    .executeTakeFirst();
  return (row?.due as string | null | undefined) ?? null;
}

/**
 * Webhook deliveries waiting (pending). The status is a literal so that the partial index of due
 * deliveries (webhook_deliveries_due) answers it on both databases instead of a scan of every delivery.
 */
export async function countWebhookBacklog(db: Db): Promise<number> {
  const row = await db
    .selectFrom('webhook_deliveries')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(sql<boolean>`status = 'pending'`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
