/** The porting desk (admin keys): every account's ports, and moves under the same allowed-moves table. */
import type { CarrierDirectory } from '../carrier/directory.ts';
import type { BusinessCalendar } from '../domain/calendar.ts';
import type { LosingCarrier } from '../domain/carrier-directory.ts';
import { notFound } from '../domain/errors.ts';
import { assertDeskFocDate, focDateOf } from '../domain/foc-dates.ts';
import type { Port, PortStatus } from '../domain/port-request.ts';
import type { RejectionCode } from '../domain/rejection.ts';
import { invalidField } from '../domain/validation.ts';
import type { StatusCounts } from '../domain/orders.ts';
import { portCounts } from '../store/counts.ts';
import type { Database } from '../store/database.ts';
import { findPort, listHistory, listPorts, type HistoryEntry, type PortFilter } from '../store/ports.ts';
import type { Clock } from './clock.ts';
import type { Lifecycle, MoveRequest } from './lifecycle.ts';
import { page } from './port-service.ts';
import { deskActor, type Principal } from './principal.ts';

export interface DeskMove {
  status: PortStatus;
  message?: string | undefined;
  /** YYYY-MM-DD, or an ISO timestamp (its date in CALENDAR_TZ). */
  foc_date?: string | undefined;
  rejection_code?: RejectionCode | undefined;
}

export class DeskService {
  constructor(private readonly deps: { database: Database; lifecycle: Lifecycle; calendar: BusinessCalendar; clock: Clock; directory: CarrierDirectory }) {}

  async list(filter: PortFilter): Promise<{ ports: Port[]; total: number; next_cursor: string | null }> {
    return page(await listPorts(this.deps.database.db, filter), filter);
  }

  /** The losing carriers of the directory (what the queue filters by). */
  carriers(): LosingCarrier[] {
    return this.deps.directory.carriers();
  }

  /** Ports by status, of every account or of one, of every losing carrier or of one. */
  async counts(accountId?: string, losingCarrier?: string): Promise<StatusCounts> {
    return portCounts(this.deps.database.db, accountId, losingCarrier);
  }

  async get(id: string): Promise<Port> {
    const record = await findPort(this.deps.database.db, id);
    if (!record) throw notFound();
    return record.port;
  }

  async history(id: string): Promise<HistoryEntry[]> {
    await this.get(id);
    return listHistory(this.deps.database.db, id);
  }

  /** Moves a port on the desk's word; what the desk writes in `message` is what the customer reads. */
  async transition(principal: Principal, id: string, move: DeskMove): Promise<Port> {
    return this.deps.lifecycle.move(id, this.moveRequest(principal, move));
  }

  /** Moves every port of a sub-order that may make the move, in one transaction (a carrier's answer to the whole). */
  async transitionSubOrder(principal: Principal, subOrderId: string, move: DeskMove): Promise<Port[]> {
    return this.deps.lifecycle.moveSubOrder(subOrderId, this.moveRequest(principal, move));
  }

  private moveRequest(principal: Principal, move: DeskMove): MoveRequest {
    const { calendar, clock } = this.deps;
    if (move.status === 'failed' && !move.rejection_code) throw invalidField('rejection_code', 'is required to fail a port');
    if (move.status !== 'failed' && move.rejection_code) throw invalidField('rejection_code', 'only applies when status is failed');
    let focDate: string | undefined;
    if (move.foc_date !== undefined) {
      if (move.status !== 'authorized') throw invalidField('foc_date', 'only applies when status is authorized');
      focDate = focDateOf('foc_date', move.foc_date, calendar);
      assertDeskFocDate('foc_date', focDate, clock.now(), calendar);
    }
    return { to: move.status, actor: deskActor(principal), by: 'desk', note: move.message, focDate, rejectionCode: move.rejection_code };
  }
}
