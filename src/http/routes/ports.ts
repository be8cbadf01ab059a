import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { PortService } from '../../workflow/port-service.ts';
import { errorResponses } from '../schemas/common.ts';
import {
  CancelPortBody,
  PatchPortBody,
  ListPortsQuery,
  PortEnvelope,
  PortEventsEnvelope,
  PortIdParams,
  PortListEnvelope,
  SubmitPortBody,
  presentPort,
} from '../schemas/port.ts';

const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({ minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$', description: 'Makes a retried submit safe: the same key and body return the first answer' }),
  ),
});

const tags = ['ports'];
const security = [{ apiKey: [] }];

export function portRoutes(app: FastifyInstance, ports: PortService): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.post(
    '/v2/ports',
    {
      schema: {
        summary: 'Initiate a port',
        tags,
        security,
        headers: IdempotencyHeaders,
        body: SubmitPortBody,
        response: { 201: PortEnvelope, ...errorResponses(400, 401, 409, 413, 415, 422) },
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
        summary: 'List your ports',
        description: 'Newest first; filter by status or exact number; page with limit (1-100, default 20) and offset.',
        tags,
        security,
        querystring: ListPortsQuery,
        response: { 200: PortListEnvelope, ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const { status, number } = request.query;
      const limit = request.query.limit ?? 20;
      const offset = request.query.offset ?? 0;
      const { ports: list, total } = await ports.list({ accountId: request.principal!.accountId, status, number, limit, offset });
      return { success: true as const, data: list.map(presentPort), pagination: { limit, offset, total } };
    },
  );

  r.get(
    '/v2/ports/:id',
    {
      schema: { summary: 'Get a port', tags, security, params: PortIdParams, response: { 200: PortEnvelope, ...errorResponses(401, 404) } },
    },
    async (request) => ({ success: true as const, data: presentPort(await ports.get(request.principal!, request.params.id)) }),
  );

  r.get(
    '/v2/ports/:id/events',
    {
      schema: {
        summary: 'Status history of a port',
        description: 'Oldest first: the submission, then one entry per transition.',
        tags,
        security,
        params: PortIdParams,
        response: { 200: PortEventsEnvelope, ...errorResponses(401, 404) },
      },
    },
    async (request) => ({ success: true as const, data: await ports.events(request.principal!, request.params.id) }),
  );


  r.post(
    '/v2/ports/:id/cancel',
    {
      schema: {
        summary: 'Cancel a port',
        description: 'Allowed while pending or authorized; otherwise 409 invalid_transition.',
        tags,
        security,
        params: PortIdParams,
        body: CancelPortBody,
        response: { 200: PortEnvelope, ...errorResponses(400, 401, 404, 409) },
      },
      // The body is optional: none at all means no reason.
      preValidation: async (request) => {
        if (request.body === undefined || request.body === null) request.body = {};
      },
    },
    async (request) => ({ success: true as const, data: presentPort(await ports.cancel(request.principal!, request.params.id, request.body.reason)) }),
  );

  r.patch(
    '/v2/ports/:id',
    {
      schema: {
        summary: 'Correct a port’s account details',
        description: 'While pending or failed. A failed port goes back to pending and is reviewed again (resubmission).',
        tags,
        security,
        params: PortIdParams,
        body: PatchPortBody,
        response: { 200: PortEnvelope, ...errorResponses(400, 401, 404, 409) },
      },
    },
    async (request) => ({ success: true as const, data: presentPort(await ports.patch(request.principal!, request.params.id, request.body)) }),
  );
}
