/** The account event feed: read in order with a cursor, one event by id. */
import { notFound } from '../domain/errors.ts';
import type { EventType } from '../domain/events.ts';
import { invalidField } from '../domain/validation.ts';
import type { Database } from '../store/database.ts';
import { findEvent, type StoredEvent } from '../store/events.ts';
import type { Principal } from './principal.ts';

export interface FeedPage {
  events: StoredEvent[];
  /** The last event's id when the page is full (there may be more now); null when it is the last for now. */
  next_cursor: string | null;
}

export class EventService {
  constructor(private readonly deps: { database: Database }) {}

  /**
   * The account's events after `after` (an event id), oldest first. Paging on with `after` sees every
   * event of the account exactly once, even while several instances write (see the dialect modules).
   */
  async feed(principal: Principal, q: { after?: string | undefined; limit: number; type?: EventType | undefined; portId?: string | undefined }): Promise<FeedPage> {
    const { events, cursorFound } = await this.deps.database.readFeed({ accountId: principal.accountId, after: q.after ?? null, limit: q.limit, type: q.type, portId: q.portId });
    if (!cursorFound) throw invalidField('after', 'is not an event of your account');
    return { events, next_cursor: events.length === q.limit ? events[events.length - 1]!.id : null };
  }

  async get(principal: Principal, id: string): Promise<StoredEvent> {
    const event = await findEvent(this.deps.database.db, id, principal.accountId);
    if (!event) throw notFound('Event');
    return event;
  }
}
