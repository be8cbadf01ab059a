/** The customer's ports: submit, list, get, history, cancel, correct. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DEFAULT_PAGE_SIZE } from '../../domain/paging.ts';
import type { PortService } from '../../workflow/port-service.ts';
import { errorResponses } from '../schemas/common.ts';
import {
  CancelPortBody,
  ListPortsQuery,
  PatchPortBody,
  PortCountsEnvelope,
  PortEnvelope,
  PortEventsEnvelope,
  PortIdParams,
  PortListEnvelope,
  SubmitPortBody,
  presentHistory,
  presentPort,
} from '../schemas/port.ts';

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 255,
      pattern: '^[\\x21-\\x7e]+$',
      description: 'Makes a retried submission safe: the same key and body return the first answer; the key with another body is 422 idempotency_conflict',
      examples: ['order-1001'],
    }),
  ),
});

const tags = ['ports'];
const security = [{ apiKey: [] }];

export async function portRoutes(app: FastifyInstance, opts: { ports: PortService }): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ports } = opts;

  r.post(
    '/v2/ports',
    {
      schema: {
        operationId: 'createPort',
        summary: 'Initiate a port',
        description: 'Submits a port request for one number. It starts in `pending` while the current provider reviews it.',
        tags,
        security,
        headers: IdempotencyHeaders,
        body: SubmitPortBody,
        response: { 201: PortEnvelope, ...errorResponses(400, 401, 409, 413, 415, 422) },
        'x-response-headers': { 201: ['Location', 'Idempotent-Replayed'] },
      },
    },
    async (request, reply) => {
      const { port, replayed } = await ports.submit(request.principal!, request.body, request.headers['idempotency-key']);
      if (replayed) reply.header('idempotent-replayed', 'true');
      reply.header('location', `/v2/ports/${port.id}`);
      return reply.code(201).send({ success: true as const, data: presentPort(port) });
    },
  );

  r.get(
    '/v2/ports',
    {
      schema: {
        operationId: 'listPorts',
        summary: 'List your ports',
        description: 'Newest first (ties broken by id); filter by status, exact number, order, customer reference or losing carrier (its SPID); page with limit and offset (or the after cursor).',
        tags,
        security,
        querystring: ListPortsQuery,
        response: { 200: PortListEnvelope, ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const { status, number, order_id, customer_reference, losing_carrier, after, action_required } = request.query;
      const limit = request.query.limit ?? DEFAULT_PAGE_SIZE;
      const offset = request.query.offset ?? 0;
      const filter = { status, number, orderId: order_id, reference: customer_reference, losingCarrier: losing_carrier, actionRequired: action_required, limit, offset, after };
      const { ports: list, total, next_cursor } = await ports.list(request.principal!, filter);
      return { success: true as const, data: list.map(presentPort), pagination: { limit, offset, total, next_cursor } };
    },
  );

  r.get(
    '/v2/port_counts',
    {
      schema: {
        operationId: 'countPorts',
        summary: 'Count your ports by status',
        description: 'How many of your ports are in each status now (the console’s tabs).',
        tags,
        security,
        response: { 200: PortCountsEnvelope, ...errorResponses(400, 401) },
      },
    },
    async (request) => ({ success: true as const, data: await ports.counts(request.principal!) }),
  );

  r.get(
    '/v2/ports/:id',
    {
      schema: {
        operationId: 'getPort',
        summary: 'Get a port',
        description: 'Another account’s port answers exactly like a missing one (404).',
        tags,
        security,
        params: PortIdParams,
        response: { 200: PortEnvelope, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => ({ success: true as const, data: presentPort(await ports.get(request.principal!, request.params.id)) }),
  );

  r.get(
    '/v2/ports/:id/events',
    {
      schema: {
        operationId: 'getPortHistory',
        summary: 'Status history of a port',
        description: 'Oldest first: the submission (`from: null`), then one entry per transition.',
        tags,
        security,
        params: PortIdParams,
        response: { 200: PortEventsEnvelope, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => ({ success: true as const, data: (await ports.history(request.principal!, request.params.id)).map(presentHistory) }),
  );

  r.post(
    '/v2/ports/:id/cancel',
    {
      schema: {
        operationId: 'cancelPort',
        summary: 'Cancel a port',
        description: 'Allowed while pending or authorized; otherwise 409 invalid_transition. The body is optional.',
        tags,
        security,
        params: PortIdParams,
        body: CancelPortBody,
        response: { 200: PortEnvelope, ...errorResponses(400, 401, 404, 409, 413, 415) },
      },
    },
    async (request) => ({ success: true as const, data: presentPort(await ports.cancel(request.principal!, request.params.id, request.body.reason)) }),
  );

  r.patch(
    '/v2/ports/:id',
    {
      schema: {
        operationId: 'correctPort',
        summary: 'Correct a port’s account details',
        description:
          'While pending (corrected in place; the review continues with the new details) or failed (the port goes back to pending and is reviewed again: a resubmission). Other statuses: 409 invalid_transition.',
        tags,
        security,
        params: PortIdParams,
        body: PatchPortBody,
        response: { 200: PortEnvelope, ...errorResponses(400, 401, 404, 409, 413, 415) },
      },
    },
    async (request) => ({ success: true as const, data: presentPort(await ports.correct(request.principal!, request.params.id, request.body)) }),
  );
}
