/** Port orders, portability checks and the FOC dates a customer may ask for. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { DEFAULT_PAGE_SIZE } from '../../domain/paging.ts';
import type { OrderService } from '../../workflow/order-service.ts';
import { optionalBody } from '../validator.ts';
import { errorResponses } from '../schemas/common.ts';
import { CancelOrderBody, CreateOrderBody, FocDatesEnvelope, ListOrdersQuery, OrderEnvelope, OrderIdParams, OrderListEnvelope, PatchOrderBody, PortabilityBody, PortabilityEnvelope } from '../schemas/orders.ts';
import { IdempotencyHeaders } from './ports.ts';

const tags = ['port orders'];
const security = [{ apiKey: [] }];

export async function orderRoutes(app: FastifyInstance, opts: { orders: OrderService }): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { orders } = opts;

  r.post(
    '/v2/portability_checks',
    {
      schema: {
        operationId: 'checkPortability',
        summary: 'Check whether numbers can be ported',
        description:
          'One entry per number, in order, with the exact reason when it cannot: invalid_number, not_e164, region_not_supported, number_type_not_portable, ' +
          'port_exists (an active port anywhere), already_in_service (already ported in). One bad number never fails the batch.',
        tags,
        security,
        body: PortabilityBody,
        response: { 200: PortabilityEnvelope, ...errorResponses(400, 401, 413, 415) },
      },
    },
    async (request) => ({ success: true as const, data: await orders.checkPortability(request.body.numbers) }),
  );

  r.get(
    '/v2/foc_dates',
    {
      schema: {
        operationId: 'listFocDates',
        summary: 'FOC dates you may ask for',
        description: 'For a submission made now: business days from the earliest possible (carrier review and authorization) to 30 days out.',
        tags,
        security,
        response: { 200: FocDatesEnvelope, ...errorResponses(400, 401) },
      },
    },
    async () => ({ success: true as const, data: orders.focDates() }),
  );

  r.post(
    '/v2/port_orders',
    {
      schema: {
        operationId: 'createPortOrder',
        summary: 'Create a port order (draft)',
        description: 'Each number is checked as by a portability check; one that cannot be ported fails the request naming it (numbers[i]). Submit the draft when its documents are there.',
        tags,
        security,
        headers: IdempotencyHeaders,
        body: CreateOrderBody,
        response: { 201: OrderEnvelope, ...errorResponses(400, 401, 413, 415, 422) },
        'x-response-headers': { 201: ['Location', 'Idempotent-Replayed'] },
      },
    },
    async (request, reply) => {
      const { order, replayed } = await orders.create(request.principal!, request.body, request.headers['idempotency-key']);
      if (replayed) reply.header('idempotent-replayed', 'true');
      reply.header('location', `/v2/port_orders/${order.id}`);
      return reply.code(201).send({ success: true as const, data: order });
    },
  );

  r.get(
    '/v2/port_orders',
    {
      schema: {
        operationId: 'listPortOrders',
        summary: 'List your port orders',
        description: 'Newest first; filter by status, by action_required (the desk asked you to act) or requirements_met (documents still missing); page with after (the previous page’s next_cursor).',
        tags,
        security,
        querystring: ListOrdersQuery,
        response: { 200: OrderListEnvelope, ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? DEFAULT_PAGE_SIZE;
      const { status, action_required, requirements_met, after } = request.query;
      const page = await orders.list(request.principal!, { status, actionRequired: action_required, requirementsMet: requirements_met, limit, after });
      return { success: true as const, data: page.orders, pagination: { limit, next_cursor: page.next_cursor } };
    },
  );

  r.get(
    '/v2/port_orders/:id',
    {
      schema: {
        operationId: 'getPortOrder',
        summary: 'Get a port order',
        description: 'With its numbers, sub-orders, requirements and port counts. Another account’s order answers like a missing one (404).',
        tags,
        security,
        params: OrderIdParams,
        response: { 200: OrderEnvelope, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => ({ success: true as const, data: await orders.get(request.principal!, request.params.id) }),
  );

  r.patch(
    '/v2/port_orders/:id',
    {
      schema: {
        operationId: 'updatePortOrder',
        summary: 'Change a port order',
        description: 'While draft: any field, the numbers too. While action_required: the account details, which correct and resubmit every failed port. Otherwise 409.',
        tags,
        security,
        params: OrderIdParams,
        body: PatchOrderBody,
        response: { 200: OrderEnvelope, ...errorResponses(400, 401, 404, 409, 413, 415) },
      },
    },
    async (request) => ({ success: true as const, data: await orders.update(request.principal!, request.params.id, request.body) }),
  );

  r.post(
    '/v2/port_orders/:id/submit',
    {
      schema: {
        operationId: 'submitPortOrder',
        summary: 'Submit a port order',
        description:
          'Creates one port per number, in one transaction (all or none), split into sub-orders by losing carrier. 422 requirements_not_met names the documents missing; ' +
          '409 port_exists names a number taken since the draft; 409 quota_exceeded when the ports would take the account beyond MAX_ACTIVE_PORTS.',
        tags,
        security,
        params: OrderIdParams,
        response: { 200: OrderEnvelope, ...errorResponses(400, 401, 404, 409, 422) },
      },
    },
    async (request) => ({ success: true as const, data: await orders.submit(request.principal!, request.params.id) }),
  );

  r.post(
    '/v2/port_orders/:id/cancel',
    {
      schema: {
        operationId: 'cancelPortOrder',
        summary: 'Cancel a port order',
        description: 'A draft is cancelled; a submitted order has every port that may still be cancelled (pending or authorized) cancelled. The body is optional.',
        tags,
        security,
        params: OrderIdParams,
        body: optionalBody(CancelOrderBody),
        response: { 200: OrderEnvelope, ...errorResponses(400, 401, 404, 409, 413, 415) },
      },
    },
    async (request) => ({ success: true as const, data: await orders.cancel(request.principal!, request.params.id, request.body.reason) }),
  );
}
