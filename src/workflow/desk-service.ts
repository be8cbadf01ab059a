/** The porting desk (admin keys): every account's ports, and moves under the same allowed-moves table. */
import type { BusinessCalendar } from '../domain/calendar.ts';
import { notFound, ServiceError } from '../domain/errors.ts';
import type { Port, PortStatus } from '../domain/port-request.ts';
import type { RejectionCode } from '../domain/rejection.ts';
import type { Principal } from '../store/accounts.ts';
import type { Database } from '../store/database.ts';
import { findPort, listEvents, listPorts, type PortFilter } from '../store/ports.ts';
import type { Clock } from './clock.ts';
import type { Lifecycle } from './lifecycle.ts';
import { rowToEvent, rowToPort, type PortEvent } from './port-mapper.ts';

export interface DeskMove {
  status: PortStatus;
  message?: string | undefined;
  foc_date?: string | undefined;
  rejection_code?: RejectionCode | undefined;
}

export const deskActor = (p: Principal): string => `desk:${p.accountId}`;

const invalid = (field: string, message: string) => new ServiceError('validation_failed', `${field} ${message}`, [{ field, message }]);

export class DeskService {
  constructor(private readonly deps: { database: Database; lifecycle: Lifecycle; calendar: BusinessCalendar; clock: Clock }) {}

  async list(filter: PortFilter): Promise<{ ports: (Port & { account_id: string })[]; total: number }> {
    const { rows, total } = await listPorts(this.deps.database.db, filter);
    return { ports: rows.map(rowToPort), total };
  }

  async get(id: string): Promise<Port> {
    const row = await findPort(this.deps.database.db, id);
    if (!row) throw notFound();
    return rowToPort(row);
  }

  async events(id: string): Promise<PortEvent[]> {
    await this.get(id);
    return (await listEvents(this.deps.database.db, id)).map(rowToEvent);
  }

  /** Moves a port on the desk's word; what the desk writes in `message` is what the customer reads. */
  async transition(principal: Principal, id: string, move: DeskMove): Promise<Port> {
    const cal = this.deps.calendar;
    if (move.status === 'failed' && !move.rejection_code) throw invalid('rejection_code', 'is required to fail a port');
    if (move.status !== 'failed' && move.rejection_code) throw invalid('rejection_code', 'only applies when status is failed');
    if (move.foc_date !== undefined) {
      if (move.status !== 'authorized') throw invalid('foc_date', 'only applies when status is authorized');
      let businessDay: boolean;
      try {
        businessDay = cal.isBusinessDay(move.foc_date);
      } catch {
        throw invalid('foc_date', 'is not a valid date (YYYY-MM-DD)');
      }
      if (!businessDay) throw invalid('foc_date', `${move.foc_date} is not a business day`);
      if (move.foc_date < cal.localDate(this.deps.clock.now())) throw invalid('foc_date', 'is in the past');
    }
    return this.deps.lifecycle.move(id, {
      to: move.status,
      actor: deskActor(principal),
      by: 'desk',
      note: move.message,
      focDate: move.foc_date,
      rejectionCode: move.rejection_code,
    });
  }
}
