/**
 * A submission is written at once: the port, its first history entry, its first timer and its
 * idempotency key, or nothing. The active-port guard is the partial unique index (a violation
 * throws); a number already completed into the same account makes this return false.
 * SQLite runs the statements in one synchronous in-process transaction; PostgreSQL gets one statement (a CTE),
 * so a submission costs a single round trip, like the raw INSERT it is measured against.
 */
import { sql, type RawBuilder } from 'kysely';
import { preparedQuery, type Database } from './database.ts';
import { insertKey } from './idempotency.ts';
import { insertEvent, insertFullPort, PORT_COLUMNS, type NewEvent } from './ports.ts';
import type { NewPortRow } from './schema.ts';
import { upsertTimer, type TimerPlan } from './timers.ts';

export interface Submission {
  port: Required<NewPortRow>;
  event: NewEvent;
  timer: TimerPlan | null;
  idempotency: { key: string; request_hash: string; response_body: string } | null;
}

export async function insertSubmission(database: Database, s: Submission): Promise<boolean> {
  return database.dialect === 'postgres' ? insertSubmissionPostgres(database, s) : insertSubmissionSqlite(database, s);
}

const completedInAccount = preparedQuery(['number', 'accountId', 'completed'], (db, p) =>
  db.selectFrom('ports').select('id').where('number', '=', p.number).where('status', '=', p.completed).where('account_id', '=', p.accountId),
);

async function insertSubmissionSqlite(database: Database, s: Submission): Promise<boolean> {
  const { port, event, timer, idempotency } = s;
  return database.sqlite!.run((exec) => {
    if (exec(completedInAccount, { number: port.number, accountId: port.account_id, completed: 'completed' }).rows.length > 0) return false;
    exec(insertFullPort, port);
    exec(insertEvent, { port_id: port.id, seq: 1, ...event });
    if (timer) exec(upsertTimer, { port_id: port.id, ...timer, claimed_by: null, lease_until: null });
    if (idempotency) exec(insertKey, { account_id: port.account_id, port_id: port.id, created_at: port.created_at, ...idempotency });
    return true;
  });
}


const list = (items: RawBuilder<unknown>[]) => sql.join(items, sql`, `);

async function insertSubmissionPostgres(database: Database, s: Submission): Promise<boolean> {
  const { port, event, timer, idempotency } = s;
  // Data-modifying CTEs run as one statement (one implicit transaction); foreign keys are checked
  // at its end, when the port row exists.
  const timerCte = timer
    ? sql`, t AS (INSERT INTO port_timers (port_id, step, due_at, attempt, claimed_by, lease_until)
                 SELECT id, ${timer.step}, ${timer.due_at}, ${timer.attempt}, NULL, NULL FROM p)`
    : sql``;
  const keyCte = idempotency
    ? sql`, k AS (INSERT INTO idempotency_keys (account_id, key, request_hash, port_id, response_body, created_at)
                 SELECT account_id, ${idempotency.key}, ${idempotency.request_hash}, id, ${idempotency.response_body}, created_at FROM p)`
    : sql``;
  const result = await sql<{ id: string }>`
    WITH p AS (
      INSERT INTO ports (${list(PORT_COLUMNS.map((c) => sql.ref(c)))})
      SELECT ${list(PORT_COLUMNS.map((c) => sql`${port[c]}`))}
      WHERE NOT EXISTS (SELECT 1 FROM ports WHERE number = ${port.number} AND status = 'completed' AND account_id = ${port.account_id})
      RETURNING id, account_id, created_at
    ),
    e AS (
      INSERT INTO port_events (port_id, seq, at, from_status, to_status, carrier_status, message, actor)
      SELECT id, 1, ${event.at}, ${event.from_status}, ${event.to_status}, ${event.carrier_status}, ${event.message}, ${event.actor} FROM p
    )${timerCte}${keyCte}
    SELECT id FROM p`.execute(database.db);
  return result.rows.length === 1;
}
