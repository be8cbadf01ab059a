/** Webhook endpoints, their secrets and test events, and the delivery log. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { DEFAULT_PAGE_SIZE } from '../../domain/paging.ts';
import type { WebhookService } from '../../workflow/webhook-service.ts';
import { errorResponses } from '../schemas/common.ts';
import {
  CreatedWebhookEnvelope,
  CreateWebhookBody,
  DeletedWebhookEnvelope,
  DeliveryDetailEnvelope,
  DeliveryEnvelope,
  DeliveryIdParams,
  DeliveryListEnvelope,
  ListDeliveriesQuery,
  ListWebhooksQuery,
  PatchWebhookBody,
  presentAttempt,
  presentDelivery,
  presentWebhook,
  SecretEnvelope,
  TestSentEnvelope,
  WebhookEnvelope,
  WebhookIdParams,
  WebhookListEnvelope,
} from '../schemas/webhooks.ts';

const tags = ['webhooks'];
const security = [{ apiKey: [] }];

export async function webhookRoutes(app: FastifyInstance, opts: { webhooks: WebhookService }): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { webhooks } = opts;

  r.post(
    '/v2/webhooks',
    {
      schema: {
        operationId: 'createWebhook',
        summary: 'Add a webhook endpoint',
        description: 'Events of your account are POSTed to the URL, signed (Standard Webhooks). The secret is in this answer only.',
        tags,
        security,
        body: CreateWebhookBody,
        response: { 201: CreatedWebhookEnvelope, ...errorResponses(400, 401, 413, 415) },
        'x-response-headers': { 201: ['Location'] },
      },
    },
    async (request, reply) => {
      const { endpoint, secret } = await webhooks.create(request.principal!, request.body);
      reply.header('location', `/v2/webhooks/${endpoint.id}`);
      return reply.code(201).send({ success: true as const, data: { ...presentWebhook(endpoint), secret } });
    },
  );

  r.get(
    '/v2/webhooks',
    {
      schema: {
        operationId: 'listWebhooks',
        summary: 'List your webhook endpoints',
        description: 'Newest first; page with after (the previous page’s next_cursor) or offset.',
        tags,
        security,
        querystring: ListWebhooksQuery,
        response: { 200: WebhookListEnvelope, ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? DEFAULT_PAGE_SIZE;
      const offset = request.query.offset ?? 0;
      const { endpoints, total, next_cursor } = await webhooks.list(request.principal!, limit, offset, request.query.after);
      return { success: true as const, data: endpoints.map(presentWebhook), pagination: { limit, offset, total, next_cursor } };
    },
  );

  r.get(
    '/v2/webhooks/:id',
    {
      schema: {
        operationId: 'getWebhook',
        summary: 'Get a webhook endpoint',
        description: 'Its secret is never shown again; rotate it to get a new one.',
        tags,
        security,
        params: WebhookIdParams,
        response: { 200: WebhookEnvelope, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => ({ success: true as const, data: presentWebhook(await webhooks.get(request.principal!, request.params.id)) }),
  );

  r.patch(
    '/v2/webhooks/:id',
    {
      schema: {
        operationId: 'updateWebhook',
        summary: 'Change a webhook endpoint',
        description: 'url, events, description, enabled. Enabling a disabled endpoint resumes its pending deliveries.',
        tags,
        security,
        params: WebhookIdParams,
        body: PatchWebhookBody,
        response: { 200: WebhookEnvelope, ...errorResponses(400, 401, 404, 413, 415) },
      },
    },
    async (request) => ({ success: true as const, data: presentWebhook(await webhooks.update(request.principal!, request.params.id, request.body)) }),
  );

  r.delete(
    '/v2/webhooks/:id',
    {
      schema: {
        operationId: 'deleteWebhook',
        summary: 'Delete a webhook endpoint',
        description: 'With its deliveries and their log.',
        tags,
        security,
        params: WebhookIdParams,
        response: { 200: DeletedWebhookEnvelope, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      await webhooks.remove(request.principal!, request.params.id);
      return { success: true as const, data: { id: request.params.id, deleted: true as const } };
    },
  );

  r.post(
    '/v2/webhooks/:id/rotate_secret',
    {
      schema: {
        operationId: 'rotateWebhookSecret',
        summary: 'Rotate the signing secret',
        description: 'For 24 hours both the previous and the new secret sign each delivery (two signatures in webhook-signature), so receivers can switch without losing one.',
        tags,
        security,
        params: WebhookIdParams,
        response: { 200: SecretEnvelope, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => ({ success: true as const, data: { secret: await webhooks.rotateSecret(request.principal!, request.params.id) } }),
  );

  r.post(
    '/v2/webhooks/:id/test',
    {
      schema: {
        operationId: 'testWebhook',
        summary: 'Send a test event',
        description: 'Queues a webhook.test event for this endpoint only; see its delivery in the log. A disabled endpoint is 409: enable it first.',
        tags,
        security,
        params: WebhookIdParams,
        response: { 202: TestSentEnvelope, ...errorResponses(400, 401, 404, 409) },
      },
    },
    async (request, reply) => reply.code(202).send({ success: true as const, data: await webhooks.sendTest(request.principal!, request.params.id) }),
  );

  r.get(
    '/v2/webhooks/:id/deliveries',
    {
      schema: {
        operationId: 'listWebhookDeliveries',
        summary: 'The delivery log',
        description: 'Newest first; filter by status; page with after (the previous page’s next_cursor).',
        tags,
        security,
        params: WebhookIdParams,
        querystring: ListDeliveriesQuery,
        response: { 200: DeliveryListEnvelope, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? DEFAULT_PAGE_SIZE;
      const page = await webhooks.deliveries(request.principal!, request.params.id, { status: request.query.status, limit, after: request.query.after });
      return { success: true as const, data: page.deliveries.map(presentDelivery), pagination: { limit, next_cursor: page.next_cursor } };
    },
  );

  r.get(
    '/v2/webhooks/:id/deliveries/:delivery_id',
    {
      schema: {
        operationId: 'getWebhookDelivery',
        summary: 'A delivery with its attempts',
        description: 'Each attempt: when, the response status (if one came), how long it took, the error (if none came).',
        tags,
        security,
        params: DeliveryIdParams,
        response: { 200: DeliveryDetailEnvelope, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const d = await webhooks.delivery(request.principal!, request.params.id, request.params.delivery_id);
      return { success: true as const, data: { ...presentDelivery(d), attempt_log: d.attempt_log.map(presentAttempt) } };
    },
  );

  r.post(
    '/v2/webhooks/:id/deliveries/:delivery_id/retry',
    {
      schema: {
        operationId: 'retryWebhookDelivery',
        summary: 'Retry a delivery now',
        description: 'One more attempt now, also for a failed delivery. A disabled endpoint is 409: enable it first.',
        tags,
        security,
        params: DeliveryIdParams,
        response: { 202: DeliveryEnvelope, ...errorResponses(400, 401, 404, 409) },
      },
    },
    async (request, reply) => reply.code(202).send({ success: true as const, data: presentDelivery(await webhooks.retry(request.principal!, request.params.id, request.params.delivery_id)) }),
  );
}
