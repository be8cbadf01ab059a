import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { DeskService } from '../../workflow/desk-service.ts';
import { requireAdmin } from '../auth.ts';
import { errorResponses } from '../schemas/common.ts';
import {
  DeskListQuery,
  DeskPortEnvelope,
  DeskPortListEnvelope,
  DeskTransitionBody,
  PortEventsEnvelope,
  PortIdParams,
  presentDeskPort,
} from '../schemas/port.ts';

const tags = ['porting desk'];
const security = [{ apiKey: [] }];

/** The operator API: admin keys only (403 for customer keys). */
export function adminRoutes(app: FastifyInstance, desk: DeskService): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.addHook('preHandler', async (request) => requireAdmin(request.principal!));

  r.get(
    '/v2/admin/ports',
    {
      schema: {
        summary: 'List every account’s ports',
        description: 'Same filters as /v2/ports, plus account_id.',
        tags,
        security,
        querystring: DeskListQuery,
        response: { 200: DeskPortListEnvelope, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { status, number, account_id } = request.query;
      const limit = request.query.limit ?? 20;
      const offset = request.query.offset ?? 0;
      const { ports, total } = await desk.list({ accountId: account_id, status, number, limit, offset });
      return { success: true as const, data: ports.map(presentDeskPort), pagination: { limit, offset, total } };
    },
  );

  r.get(
    '/v2/admin/ports/:id',
    { schema: { summary: 'Get any port', tags, security, params: PortIdParams, response: { 200: DeskPortEnvelope, ...errorResponses(401, 403, 404) } } },
    async (request) => ({ success: true as const, data: presentDeskPort(await desk.get(request.params.id)) }),
  );

  r.get(
    '/v2/admin/ports/:id/events',
    { schema: { summary: 'History of any port', tags, security, params: PortIdParams, response: { 200: PortEventsEnvelope, ...errorResponses(401, 403, 404) } } },
    async (request) => ({ success: true as const, data: await desk.events(request.params.id) }),
  );

  r.post(
    '/v2/admin/ports/:id/transition',
    {
      schema: {
        summary: 'Move a port (porting desk)',
        description:
          'Under the allowed-moves table: pending→authorized|failed|cancelled, authorized→in_progress|failed|cancelled, in_progress→completed|failed, failed→pending. ' +
          '`rejection_code` is required with failed; `foc_date` (a business day) may be given with authorized. `message` is shown to the customer.',
        tags,
        security,
        params: PortIdParams,
        body: DeskTransitionBody,
        response: { 200: DeskPortEnvelope, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => ({ success: true as const, data: presentDeskPort(await desk.transition(request.principal!, request.params.id, request.body)) }),
  );
}
