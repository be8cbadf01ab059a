/** The porting desk's API: admin keys only (403 for customer keys, before anything else is looked at). */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { DEFAULT_PAGE_SIZE } from '../../domain/paging.ts';
import type { DeskService } from '../../workflow/desk-service.ts';
import { errorResponses } from '../schemas/common.ts';
import { DeskListQuery, DeskPortEnvelope, DeskPortListEnvelope, DeskTransitionBody, PortEventsEnvelope, PortIdParams, presentDeskPort, presentHistory } from '../schemas/port.ts';

const tags = ['porting desk'];
const security = [{ apiKey: [] }];

export async function deskRoutes(app: FastifyInstance, opts: { desk: DeskService }): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { desk } = opts;
  r.addHook('onRequest', r.requireDesk);

  r.get(
    '/v2/admin/ports',
    {
      schema: {
        operationId: 'deskListPorts',
        summary: 'List every account’s ports',
        description: 'The same filters as listPorts, plus account_id. Newest first.',
        tags,
        security,
        querystring: DeskListQuery,
        response: { 200: DeskPortListEnvelope, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { status, number, account_id } = request.query;
      const limit = request.query.limit ?? DEFAULT_PAGE_SIZE;
      const offset = request.query.offset ?? 0;
      const { ports, total } = await desk.list({ accountId: account_id, status, number, limit, offset });
      return { success: true as const, data: ports.map(presentDeskPort), pagination: { limit, offset, total } };
    },
  );

  r.get(
    '/v2/admin/ports/:id',
    {
      schema: {
        operationId: 'deskGetPort',
        summary: 'Get any port',
        description: 'Any account’s port, with its account id.',
        tags,
        security,
        params: PortIdParams,
        response: { 200: DeskPortEnvelope, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ success: true as const, data: presentDeskPort(await desk.get(request.params.id)) }),
  );

  r.get(
    '/v2/admin/ports/:id/events',
    {
      schema: {
        operationId: 'deskGetPortHistory',
        summary: 'History of any port',
        description: 'Oldest first: the submission, then one entry per transition.',
        tags,
        security,
        params: PortIdParams,
        response: { 200: PortEventsEnvelope, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ success: true as const, data: (await desk.history(request.params.id)).map(presentHistory) }),
  );

  r.post(
    '/v2/admin/ports/:id/transition',
    {
      schema: {
        operationId: 'deskTransitionPort',
        summary: 'Move a port (porting desk)',
        description:
          'Under the allowed-moves table: pending→authorized|failed|cancelled, authorized→in_progress|failed|cancelled, in_progress→completed|failed, failed→pending. ' +
          '`rejection_code` is required with failed; `foc_date` may be given with authorized. `message` is shown to the customer.',
        tags,
        security,
        params: PortIdParams,
        body: DeskTransitionBody,
        response: { 200: DeskPortEnvelope, ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request) => ({ success: true as const, data: presentDeskPort(await desk.transition(request.principal!, request.params.id, request.body)) }),
  );
}
