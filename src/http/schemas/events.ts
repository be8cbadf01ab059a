import { Type } from 'typebox';
import { EVENT_TYPES } from '../../domain/events.ts';
import type { StoredEvent } from '../../store/events.ts';
import { CursorPagination, LimitQuery, Success } from './common.ts';

export const EventSchema = Type.Object(
  {
    id: Type.String({ description: 'evt_ followed by 16 url-safe characters; the webhook-id of its deliveries' }),
    type: Type.Enum(EVENT_TYPES),
    created_at: Type.String({ format: 'date-time', description: 'When the change happened (on the service clock)' }),
    data: Type.Object(
      {},
      {
        additionalProperties: true,
        description:
          'port.created: {port}. port.status_changed: {port, from, to, message}. port.updated: {port, changes, message}. ' +
          'webhook.test: {webhook_id}. `port` is the port as GET /v2/ports/{id} returns it at the time of the event.',
      },
    ),
  },
  { title: 'Event' },
);

export const EventEnvelope = Success(EventSchema, 'EventResponse', 'An event');
export const EventListEnvelope = Type.Object(
  { success: Type.Literal(true), data: Type.Array(EventSchema), pagination: CursorPagination },
  { title: 'EventListResponse', description: 'Events of your account, oldest first' },
);

export const EventIdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64, description: 'The event id', examples: ['evt_Xb3kq9VqJx2m-Lpa'] }) });

export const ListEventsQuery = Type.Object(
  {
    after: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'The id of the last event you have seen (the previous page’s next_cursor)', examples: ['evt_Xb3kq9VqJx2m-Lpa'] })),
    ...LimitQuery,
    type: Type.Optional(Type.Enum(EVENT_TYPES, { description: 'Only events of this type', examples: ['port.status_changed'] })),
    port_id: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'Only events about this port', examples: ['port_0F3kq9VqJx2m-Lpa'] })),
  },
  { additionalProperties: false },
);

export const presentEvent = (e: StoredEvent) => ({ id: e.id, type: e.type, created_at: e.created_at, data: e.data });
