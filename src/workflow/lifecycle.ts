/**
 * Applies moves of the state machine: the one place where a port changes status. Each move is one
 * transaction: a guarded UPDATE (status still allowed, version unchanged), its history entry, and the
 * port's next timer. Customer and desk moves retry when something else changed the port meanwhile;
 * a worker's move instead gives up (the port moved on, and its timer with it).
 */
import type { BusinessCalendar } from '../domain/calendar.ts';
import { notFound, ServiceError } from '../domain/errors.ts';
import { delayEffects, moveEffects, nextStep, type MoveFacts } from '../domain/lifecycle.ts';
import type { Port, PortStatus } from '../domain/port-request.ts';
import type { RejectionCode } from '../domain/rejection.ts';
import { ALLOWED_FROM, invalidTransition } from '../domain/transitions.ts';
import type { CarrierGateway } from '../carrier/gateway.ts';
import type { Database } from '../store/database.ts';
import { isUniqueViolation } from '../store/errors.ts';
import { applyGuardedChange, findBlockingPorts, findPort, type PortChanges } from '../store/ports.ts';
import type { PortRow } from '../store/schema.ts';
import { cancelTimer, scheduleTimer, settleClaimedTimer, type TimerPlan } from '../store/timers.ts';
import type { Clock } from './clock.ts';
import { rowToPort } from './port-mapper.ts';

export interface LifecycleDeps {
  database: Database;
  clock: Clock;
  calendar: BusinessCalendar;
  gateway: CarrierGateway;
  providerName: string;
}

export interface MoveRequest {
  to: PortStatus;
  actor: string;
  by: MoveFacts['by'];
  note?: string | undefined;
  focDate?: string | undefined;
  rejectionCode?: RejectionCode | undefined;
  /** Extra column changes applied with the move (a resubmission's corrected details). */
  extra?: PortChanges;
}

/** A claimed timer's worker: the move happens only while it still holds the claim. */
export interface Claim {
  workerId: string;
}

class LostRace extends Error {}

const MAX_ATTEMPTS = 5;

export class Lifecycle {
  constructor(private readonly deps: LifecycleDeps) {}

  private timerFor(status: PortStatus, at: Date, focDate: string | null): TimerPlan | null {
    if (!this.deps.gateway.automatic) return null;
    const next = nextStep(status, at, this.deps.calendar, focDate);
    return next && { step: next.step, due_at: next.due.toISOString(), attempt: next.attempt };
  }

  /**
   * Moves the port (scoped to `accountId` when given) for a customer or the desk. Throws not_found,
   * invalid_transition naming both states, or port_exists when a resubmission meets another active port.
   */
  async move(portId: string, req: MoveRequest, accountId?: string): Promise<Port> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const row = await findPort(this.deps.database.db, portId, accountId);
      if (!row) throw notFound();
      const from = row.status as PortStatus;
      if (!ALLOWED_FROM[req.to].includes(from)) throw invalidTransition(from, req.to);
      try {
        const moved = await this.apply(row, req, null);
        if (moved) return rowToPort(moved);
      } catch (err) {
        if (isUniqueViolation(err)) throw await this.numberTaken(row);
        throw err;
      }
    }
    throw new ServiceError('service_unavailable', 'The port is changing too often to apply this; retry shortly');
  }

  /** A worker's move from the status it read; undefined when the port (or the claim) moved on. */
  async advance(row: PortRow, req: MoveRequest, claim: Claim): Promise<PortRow | undefined> {
    try {
      return await this.apply(row, req, claim);
    } catch (err) {
      if (err instanceof LostRace || isUniqueViolation(err)) return undefined;
      throw err;
    }
  }

  /** The carrier asked for more time: push the review back and tell the customer, without a transition. */
  async delayReview(row: PortRow, businessDays: number, attempt: number, claim: Claim): Promise<boolean> {
    const now = this.deps.clock.now();
    const d = delayEffects(now, businessDays, this.deps.calendar);
    try {
      await this.deps.database.db.transaction().execute(async (trx) => {
        const updated = await applyGuardedChange(trx, {
          id: row.id,
          fromStatuses: [row.status],
          expectVersion: row.version,
          set: { estimated_completion: d.estimated_completion, updated_at: now.toISOString(), messages: appendMessage(row.messages, d.message) },
          event: null,
        });
        if (!updated) throw new LostRace();
        const next = { step: 'review', due_at: d.due.toISOString(), attempt: attempt + 1 };
        if (!(await settleClaimedTimer(trx, row.id, claim.workerId, next))) throw new LostRace();
      });
      return true;
    } catch (err) {
      if (err instanceof LostRace) return false;
      throw err;
    }
  }

  private async apply(row: PortRow, req: MoveRequest, claim: Claim | null): Promise<PortRow | undefined> {
    const at = this.deps.clock.now();
    const from = row.status as PortStatus;
    const effects = moveEffects(
      { portId: row.id, from, to: req.to, at, providerName: this.deps.providerName, focDate: req.focDate, rejectionCode: req.rejectionCode, by: req.by, note: req.note },
      this.deps.calendar,
    );
    const set: PortChanges = {
      ...req.extra,
      status: effects.status,
      carrier_status: effects.carrier_status,
      estimated_completion: effects.estimated_completion,
      updated_at: at.toISOString(),
      messages: appendMessage(row.messages, effects.message),
    };
    if (effects.foc_date !== undefined) set.foc_date = effects.foc_date;
    if (effects.completed_at !== undefined) set.completed_at = effects.completed_at;
    if (effects.failed_at !== undefined) set.failed_at = effects.failed_at;
    if (effects.cancelled_at !== undefined) set.cancelled_at = effects.cancelled_at;
    if (effects.rejection !== undefined) {
      set.rejection_code = effects.rejection?.code ?? null;
      set.rejection_message = effects.rejection?.message ?? null;
    }
    const timer = this.timerFor(effects.status, at, effects.foc_date ?? row.foc_date);

    return this.deps.database.db.transaction().execute(async (trx) => {
      const moved = await applyGuardedChange(trx, {
        id: row.id,
        fromStatuses: [from],
        expectVersion: row.version,
        set,
        event: { at: at.toISOString(), from_status: from, to_status: effects.status, carrier_status: effects.carrier_status, message: effects.message, actor: req.actor },
      });
      if (!moved) {
        if (claim) throw new LostRace();
        return undefined;
      }
      if (claim) {
        if (!(await settleClaimedTimer(trx, row.id, claim.workerId, timer))) throw new LostRace();
      } else if (timer) {
        await scheduleTimer(trx, row.id, timer);
      } else {
        await cancelTimer(trx, row.id);
      }
      return moved;
    });
  }

  private async numberTaken(row: PortRow): Promise<ServiceError> {
    const blocking = await findBlockingPorts(this.deps.database.db, row.number, row.account_id);
    const active = blocking.find((b) => b.id !== row.id && b.status !== 'completed');
    return new ServiceError('port_exists', `Another active port for ${row.number} exists; this one cannot be resubmitted`, [
      { field: 'number', message: 'an active port exists for this number', ...(active?.account_id === row.account_id ? { port_id: active.id } : {}) },
    ]);
  }
}

/**
 * The messages column with `message` added. Stored arrays are written by JSON.stringify (no spaces),
 * so the new entry is spliced in as text; anything else is parsed and rewritten as before.
 */
export function appendMessage(messagesJson: string, message: string): string {
  if (messagesJson === '[]') return `[${JSON.stringify(message)}]`;
  if (messagesJson.startsWith('["') && messagesJson.endsWith('"]')) return `${messagesJson.slice(0, -1)},${JSON.stringify(message)}]`;
  return JSON.stringify([...(JSON.parse(messagesJson) as string[]), message]);
}
