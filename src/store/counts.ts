/**
 * Ports per account, status and losing carrier, kept by the lifecycle writer in the transaction of
 * every change, so totals (an account's, a carrier's, both, or everyone's) and the active-port quota
 * never count rows. Sharded (a few rows per key) so concurrent writers on PostgreSQL rarely wait on
 * the same row; reads add the shards (and carriers, or accounts) up.
 */
import { sql } from 'kysely';
import { ACTIVE_STATUSES, PORT_STATUSES, type PortStatus } from '../domain/port-request.ts';
import { noCounts, type StatusCounts } from '../domain/orders.ts';
import { unindexed, type Db } from './db.ts';
import { preparedQuery } from './prepared.ts';

export const bumpCount = preparedQuery(['account_id', 'status', 'spid', 'shard', 'n'], (db, p) =>
  db
    .insertInto('port_counts')
    .values({ account_id: p.account_id, status: p.status, spid: p.spid, shard: p.shard as unknown as number, n: p.n as unknown as number })
    .onConflict((oc) => oc.columns(['account_id', 'status', 'spid', 'shard']).doUpdateSet({ n: sql<number>`port_counts.n + excluded.n` })),
);

/** The counts' key for a port's losing carrier. */
export const countSpid = (spid: string | null | undefined): string => spid ?? '';

/** Changes of counts, by account, status and losing carrier (its SPID, or null). */
export class CountDeltas {
  private readonly deltas = new Map<string, number>();
  add(accountId: string, status: PortStatus, spid: string | null | undefined, n: number): void {
    const key = `${accountId}\u0000${status}\u0000${countSpid(spid)}`;
    this.deltas.set(key, (this.deltas.get(key) ?? 0) + n);
  }
  move(accountId: string, spid: string | null | undefined, from: PortStatus, to: PortStatus): void {
    if (from === to) return;
    this.add(accountId, from, spid, -1);
    this.add(accountId, to, spid, 1);
  }
  async apply(db: Db, shard: number): Promise<void> {
    for (const [key, n] of this.deltas) {
      if (n === 0) continue;
      const [account_id, status, spid] = key.split('\u0000') as [string, string, string];
      await bumpCount(db, { account_id, status, spid, shard, n });
    }
  }
}

const countsOfAccount = preparedQuery(['account_id'], (db, p) =>
  db.selectFrom('port_counts').select(['status', (eb) => eb.fn.sum<number>('n').as('n')]).where('account_id', '=', p.account_id).groupBy('status'),
);
const countsOfCarrier = preparedQuery(['spid'], (db, p) =>
  db.selectFrom('port_counts').select(['status', (eb) => eb.fn.sum<number>('n').as('n')]).where('spid', '=', p.spid).groupBy('status'),
);
const countsOfAccountAndCarrier = preparedQuery(['account_id', 'spid'], (db, p) =>
  db
    .selectFrom('port_counts')
    .select(['status', (eb) => eb.fn.sum<number>('n').as('n')])
    .where('account_id', '=', p.account_id)
    .where(unindexed('spid'), '=', p.spid)
    .groupBy('status'),
);
const countsOfAll = preparedQuery([], (db) => db.selectFrom('port_counts').select(['status', (eb) => eb.fn.sum<number>('n').as('n')]).groupBy('status'));

/** The count queries, by what they are asked for (the plan test reads each one's plan). */
export const COUNT_QUERIES = { countsOfAccount, countsOfCarrier, countsOfAccountAndCarrier, countsOfAll } as const;

/** Ports by status, of one account or of every account, of one losing carrier or of all. */
export async function portCounts(db: Db, accountId?: string, spid?: string): Promise<StatusCounts> {
  const rows = (
    accountId === undefined
      ? spid === undefined
        ? await countsOfAll(db, {})
        : await countsOfCarrier(db, { spid })
      : spid === undefined
        ? await countsOfAccount(db, { account_id: accountId })
        : await countsOfAccountAndCarrier(db, { account_id: accountId, spid })
  ).rows;
  const counts = noCounts();
  for (const r of rows) if ((PORT_STATUSES as readonly string[]).includes(r.status)) counts[r.status as PortStatus] = Number(r.n);
  return counts;
}

export const activeOfAccount = preparedQuery(['account_id', 's0', 's1', 's2'], (db, p) =>
  db
    .selectFrom('port_counts')
    .select((eb) => eb.fn.sum<number>('n').as('n'))
    .where('account_id', '=', p.account_id)
    .where('status', 'in', [p.s0, p.s1, p.s2]),
);

/** The account's active ports (pending, authorized, in_progress): what the quota limits. */
export async function activePortCount(db: Db, accountId: string): Promise<number> {
  const [s0, s1, s2] = ACTIVE_STATUSES;
  return Number((await activeOfAccount(db, { account_id: accountId, s0, s1, s2 })).rows[0]?.n ?? 0);
}
