/** Durable timers (one per waiting port). Claims are leases; finishing a step requires holding the claim. */
import { sql, type Kysely, type Transaction } from 'kysely';
import { preparedQuery } from './prepared.ts';
import type { Schema } from './schema.ts';

type Db = Kysely<Schema> | Transaction<Schema>;

export interface TimerPlan {
  step: string;
  due_at: string;
  attempt: number;
}

export const upsertTimer = preparedQuery(['port_id', 'step', 'due_at', 'attempt', 'claimed_by', 'lease_until'], (db, p) => {
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

const deleteTimer = preparedQuery(['port_id'], (db, p) => db.deleteFrom('port_timers').where('port_id', '=', p.port_id));

export async function cancelTimer(db: Db, portId: string): Promise<void> {
  await deleteTimer(db, { port_id: portId });
}

const CLAIM_PARAMS = ['now', 'realNow', 'leaseUntil', 'workerId', 'limit'] as const;

function buildClaim(db: Kysely<Schema>, p: Readonly<Record<(typeof CLAIM_PARAMS)[number], string>>, skipLocked: boolean) {
  let candidates = db
    .selectFrom('port_timers')
    .select('port_id')
    .where('due_at', '<=', p.now)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', p.realNow)]))
    .orderBy('due_at')
    .limit(p.limit as unknown as number);
  if (skipLocked) candidates = candidates.forUpdate().skipLocked();
  return db
    .updateTable('port_timers')
    .set({ claimed_by: p.workerId, lease_until: p.leaseUntil })
    .where('port_id', 'in', candidates)
    .returningAll();
}

/**
 * The claim of up to `limit` due timers whose lease is free or expired, compiled once. With
 * `skipLocked` (PostgreSQL) the candidate rows are locked with SKIP LOCKED so concurrent workers take
 * disjoint batches; SQLite has a single writer. The dialect modules choose.
 */
export const claimTimersQuery = (skipLocked: boolean) => preparedQuery(CLAIM_PARAMS, (db, p) => buildClaim(db, p, skipLocked));

export interface ClaimRequest {
  now: string;
  realNow: string;
  leaseUntil: string;
  workerId: string;
  limit: number;
}

/** A literal NULL: compiled statements bind only their named parameters. */
const NULL = sql<null>`null`;

const settleToNext = preparedQuery(['port_id', 'worker_id', 'step', 'due_at', 'attempt'], (db, p) =>
  db
    .updateTable('port_timers')
    .set({ step: p.step, due_at: p.due_at, attempt: p.attempt as unknown as number, claimed_by: NULL, lease_until: NULL })
    .where('port_id', '=', p.port_id)
    .where('claimed_by', '=', p.worker_id),
);
const settleAndDelete = preparedQuery(['port_id', 'worker_id'], (db, p) =>
  db.deleteFrom('port_timers').where('port_id', '=', p.port_id).where('claimed_by', '=', p.worker_id),
);

/** Replaces a claimed timer with the next step (or removes it); false when the claim was lost. */
export async function settleClaimedTimer(db: Db, portId: string, workerId: string, next: TimerPlan | null): Promise<boolean> {
  const r = next
    ? await settleToNext(db, { port_id: portId, worker_id: workerId, step: next.step, due_at: next.due_at, attempt: next.attempt })
    : await settleAndDelete(db, { port_id: portId, worker_id: workerId });
  return Number(r.numAffectedRows ?? 0) === 1;
}

const release = preparedQuery(['port_id', 'worker_id'], (db, p) =>
  db.updateTable('port_timers').set({ claimed_by: NULL, lease_until: NULL }).where('port_id', '=', p.port_id).where('claimed_by', '=', p.worker_id),
);

/** Gives a claim back so the timer is retried at the next poll rather than after the lease. */
export async function releaseClaim(db: Db, portId: string, workerId: string): Promise<void> {
  await release(db, { port_id: portId, worker_id: workerId });
}
