/**
 * A submission is written at once: the port, its first history entry and its event (with the event's
 * webhook deliveries), its first timer and its idempotency key, or nothing. The active-port guard is the partial unique index (a violation
 * throws); a number already completed into any account makes the insert write nothing.
 * How it is written differs by database (src/store/dialect/*): one synchronous in-process
 * transaction on SQLite, one statement (a data-modifying CTE) on PostgreSQL.
 */
import type { Port } from '../domain/port-request.ts';
import type { EventInsert } from './events.ts';
import { portToRow, type HistoryEntry } from './ports.ts';
import type { NewPortRow } from './schema.ts';
import type { Secrets } from './secrets.ts';
import type { TimerPlan } from './timers.ts';

export interface Submission {
  row: Required<NewPortRow>;
  /** The account may hold at most this many active ports (the new one included). */
  maxActive: number;
  history: HistoryEntry;
  /** The `port.created` event (the history entry is this event); its deliveries are written with it. */
  event: EventInsert;
  timer: TimerPlan | null;
  idempotency: { key: string; request_hash: string; response_body: string } | null;
}

export interface NewPort {
  port: Port;
  /** In clear; sealed here. */
  pin: string | null;
  history: HistoryEntry;
  event: EventInsert;
  timer: TimerPlan | null;
  idempotency: { key: string; requestHash: string; response: unknown } | null;
  maxActive: number;
}

/** Encodes a new port for storage: its row with the PIN sealed, and the rows written with it. */
export function encodeSubmission(s: NewPort, secrets: Secrets): Submission {
  const { port } = s;
  return {
    row: portToRow(port, s.pin === null ? null : secrets.sealPin(s.pin, port.id), 1),
    maxActive: s.maxActive,
    history: s.history,
    event: s.event,
    timer: s.timer,
    idempotency: s.idempotency && { key: s.idempotency.key, request_hash: s.idempotency.requestHash, response_body: JSON.stringify(s.idempotency.response) },
  };
}
