/** The account event feed. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { DEFAULT_PAGE_SIZE } from '../../domain/paging.ts';
import type { EventService } from '../../workflow/event-service.ts';
import { errorResponses } from '../schemas/common.ts';
import { EventEnvelope, EventIdParams, EventListEnvelope, ListEventsQuery, presentEvent } from '../schemas/events.ts';

const tags = ['events'];
const security = [{ apiKey: [] }];

export async function eventRoutes(app: FastifyInstance, opts: { events: EventService }): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { events } = opts;

  r.get(
    '/v2/events',
    {
      schema: {
        operationId: 'listEvents',
        summary: 'Your account’s events',
        description:
          'Oldest first, after the cursor `after` (an event id). Keep paging with `after` = the last id you have seen and you see every event of your account exactly once, ' +
          'in the order they happened to each resource, even while several instances write. `next_cursor` is null when the page is the last one for now.',
        tags,
        security,
        querystring: ListEventsQuery,
        response: { 200: EventListEnvelope, ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? DEFAULT_PAGE_SIZE;
      const page = await events.feed(request.principal!, { after: request.query.after, limit, type: request.query.type, portId: request.query.port_id });
      return { success: true as const, data: page.events.map(presentEvent), pagination: { limit, next_cursor: page.next_cursor } };
    },
  );

  r.get(
    '/v2/events/:id',
    {
      schema: {
        operationId: 'getEvent',
        summary: 'One event',
        description: 'Another account’s event answers like a missing one (404).',
        tags,
        security,
        params: EventIdParams,
        response: { 200: EventEnvelope, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => ({ success: true as const, data: presentEvent(await events.get(request.principal!, request.params.id)) }),
  );
}
