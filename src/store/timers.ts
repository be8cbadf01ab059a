/** Durable timers (one per waiting port). Claims are leases; finishing a step requires holding the claim. */
import type { Kysely, Transaction } from 'kysely';
import { preparedQuery, type Dialect } from './database.ts';
import type { PortTimerRow, Schema } from './schema.ts';

type Db = Kysely<Schema> | Transaction<Schema>;

export interface TimerPlan {
  step: string;
  due_at: string;
  attempt: number;
}

const upsertTimer = preparedQuery(['port_id', 'step', 'due_at', 'attempt', 'claimed_by', 'lease_until'], (db, p) => {
  const plan = { step: p.step, due_at: p.due_at, attempt: p.attempt as unknown as number, claimed_by: p.claimed_by, lease_until: p.lease_until };
  return db
    .insertInto('port_timers')
    .values({ port_id: p.port_id, ...plan })
    .onConflict((oc) => oc.column('port_id').doUpdateSet(plan));
});

/** Sets the port's next step, replacing whatever was scheduled (and any claim on it). */
export async function scheduleTimer(db: Db, portId: string, plan: TimerPlan): Promise<void> {
  await upsertTimer(db, { port_id: portId, step: plan.step, due_at: plan.due_at, attempt: plan.attempt, claimed_by: null, lease_until: null });
}

export async function cancelTimer(db: Db, portId: string): Promise<void> {
  await db.deleteFrom('port_timers').where('port_id', '=', portId).execute();
}

/**
 * Claims up to `limit` due timers whose lease is free or expired. On PostgreSQL the candidate rows are
 * locked with SKIP LOCKED so concurrent workers take disjoint batches; SQLite has a single writer.
 */
export async function claimDueTimers(
  db: Db,
  dialect: Dialect,
  q: { now: string; realNow: string; leaseUntil: string; workerId: string; limit: number },
): Promise<PortTimerRow[]> {
  let candidates = db
    .selectFrom('port_timers')
    .select('port_id')
    .where('due_at', '<=', q.now)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', q.realNow)]))
    .orderBy('due_at')
    .limit(q.limit);
  if (dialect === 'postgres') candidates = candidates.forUpdate().skipLocked();
  return db
    .updateTable('port_timers')
    .set({ claimed_by: q.workerId, lease_until: q.leaseUntil })
    .where('port_id', 'in', candidates)
    .returningAll()
    .execute();
}

/** Replaces a claimed timer with the next step (or removes it); false when the claim was lost. */
export async function settleClaimedTimer(db: Db, portId: string, workerId: string, next: TimerPlan | null): Promise<boolean> {
  const r = next
    ? await db
        .updateTable('port_timers')
        .set({ ...next, claimed_by: null, lease_until: null })
        .where('port_id', '=', portId)
        .where('claimed_by', '=', workerId)
        .executeTakeFirst()
    : await db.deleteFrom('port_timers').where('port_id', '=', portId).where('claimed_by', '=', workerId).executeTakeFirst();
  return Number('numUpdatedRows' in r ? r.numUpdatedRows : r.numDeletedRows) === 1;
}

/** Gives a claim back so the timer is retried at the next poll rather than after the lease. */
export async function releaseClaim(db: Db, portId: string, workerId: string): Promise<void> {
  await db.updateTable('port_timers').set({ claimed_by: null, lease_until: null }).where('port_id', '=', portId).where('claimed_by', '=', workerId).execute();
}

export async function findTimer(db: Db, portId: string): Promise<PortTimerRow | undefined> {
  return db.selectFrom('port_timers').selectAll().where('port_id', '=', portId).executeTakeFirst();
}
