/** The porting desk's API: admin keys only (403 for customer keys, before anything else is looked at). */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { DEFAULT_PAGE_SIZE } from '../../domain/paging.ts';
import type { DeskService } from '../../workflow/desk-service.ts';
import type { OrderService } from '../../workflow/order-service.ts';
import { DeskListOrdersQuery, OrderEnvelope, OrderIdParams, OrderListEnvelope, SubOrderIdParams, SubOrderMoveEnvelope } from '../schemas/orders.ts';
import { errorResponses } from '../schemas/common.ts';
import { CarrierListEnvelope, DeskCountsQuery, DeskListQuery, DeskPortEnvelope, PortCountsEnvelope, DeskPortListEnvelope, DeskTransitionBody, PortEventsEnvelope, PortIdParams, presentDeskPort, presentHistory } from '../schemas/port.ts';

const tags = ['porting desk'];
const security = [{ apiKey: [] }];

export async function deskRoutes(app: FastifyInstance, opts: { desk: DeskService; orders: OrderService }): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { desk, orders } = opts;
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
      const { status, number, account_id, order_id, customer_reference, losing_carrier, after, action_required } = request.query;
      const limit = request.query.limit ?? DEFAULT_PAGE_SIZE;
      const offset = request.query.offset ?? 0;
      const filter = { accountId: account_id, status, number, orderId: order_id, reference: customer_reference, losingCarrier: losing_carrier, actionRequired: action_required, limit, offset, after };
      const { ports, total, next_cursor } = await desk.list(filter);
      return { success: true as const, data: ports.map(presentDeskPort), pagination: { limit, offset, total, next_cursor } };
    },
  );

  r.get(
    '/v2/admin/carriers',
    {
      schema: {
        operationId: 'deskListCarriers',
        summary: 'List the losing carriers',
        description: 'Every carrier of the carrier directory (CARRIER_RECORDS’ carriers, then the built-in ones): what the lists’ losing_carrier filter takes, by SPID.',
        tags,
        security,
        response: { 200: CarrierListEnvelope, ...errorResponses(400, 401, 403) },
      },
    },
    async () => ({ success: true as const, data: desk.carriers() }),
  );

  r.get(
    '/v2/admin/port_counts',
    {
      schema: {
        operationId: 'deskCountPorts',
        summary: 'Count every account’s ports by status',
        description: 'Every account’s ports by status, or one account’s with account_id; of one losing carrier with losing_carrier. Kept with every change: nothing is counted.',
        tags,
        security,
        querystring: DeskCountsQuery,
        response: { 200: PortCountsEnvelope, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => ({ success: true as const, data: await desk.counts(request.query.account_id, request.query.losing_carrier) }),
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

  r.get(
    '/v2/admin/port_orders',
    {
      schema: {
        operationId: 'deskListPortOrders',
        summary: 'List every account’s port orders',
        description:
          'The same filters as listPortOrders, plus account_id and losing_carrier (orders with a sub-order of that carrier: submitted ones). Newest first. `requirements_met=false` lists the orders still waiting for a document ORDER_REQUIREMENTS asks for.',
        tags,
        security,
        querystring: DeskListOrdersQuery,
        response: { 200: OrderListEnvelope, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? DEFAULT_PAGE_SIZE;
      const { account_id, status, action_required, requirements_met, losing_carrier, after } = request.query;
      const page = await orders.list(null, { accountId: account_id, status, actionRequired: action_required, requirementsMet: requirements_met, losingCarrier: losing_carrier, limit, after });
      return { success: true as const, data: page.orders, pagination: { limit, next_cursor: page.next_cursor } };
    },
  );

  r.get(
    '/v2/admin/port_orders/:id',
    {
      schema: {
        operationId: 'deskGetPortOrder',
        summary: 'Get any port order',
        description: 'Any account’s order, with its sub-orders (whose ids the sub-order transition takes).',
        tags,
        security,
        params: OrderIdParams,
        response: { 200: OrderEnvelope, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ success: true as const, data: await orders.get(null, request.params.id) }),
  );

  r.post(
    '/v2/admin/sub_orders/:id/transition',
    {
      schema: {
        operationId: 'deskTransitionSubOrder',
        summary: 'Move every port of a sub-order (porting desk)',
        description:
          'The body of a port transition, applied in one transaction to every port of the sub-order that may make the move (how an operator records a carrier’s answer to the whole sub-order). ' +
          '409 invalid_transition when none may.',
        tags,
        security,
        params: SubOrderIdParams,
        body: DeskTransitionBody,
        response: { 200: SubOrderMoveEnvelope, ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request) => {
      const moved = await desk.transitionSubOrder(request.principal!, request.params.id, request.body);
      const order = await orders.get(null, moved[0]!.order_id!);
      return { success: true as const, data: { sub_order_id: request.params.id, moved: moved.map((p) => p.id), order } };
    },
  );
}
