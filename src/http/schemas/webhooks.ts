import { Type } from 'typebox';
import { EVENT_TYPES } from '../../domain/events.ts';
import { MAX_URL_LENGTH } from '../../domain/webhooks.ts';
import type { Attempt, Delivery, Endpoint } from '../../store/webhooks.ts';
import { CursorPagination, LimitQuery, Nullable, NullableString, PageQuery, Pagination, Success, Text } from './common.ts';

const EventTypeOrAll = Type.Enum([...EVENT_TYPES.filter((t) => t !== 'webhook.test'), '*'], { description: 'An event type (webhook.test goes to one endpoint on request, not by subscription), or * for all' });
const Subscription = Type.Array(EventTypeOrAll, { minItems: 1, maxItems: EVENT_TYPES.length, description: 'Event types to receive, or ["*"] for all', examples: [['port.status_changed']] });
const Url = Type.String({ minLength: 1, maxLength: MAX_URL_LENGTH, description: 'An absolute https:// URL of a public address (WEBHOOK_ALLOW_PRIVATE=true also allows http:// and private addresses)', examples: ['https://example.com/hooks/porting'] });

export const CreateWebhookBody = Type.Object(
  {
    url: Url,
    events: Type.Optional(Subscription),
    description: Type.Optional(Nullable(Text(1, 200, 'Your note about the endpoint', 'CRM sync'))),
  },
  { additionalProperties: false, title: 'CreateWebhookRequest', description: 'A webhook endpoint' },
);

export const PatchWebhookBody = Type.Object(
  {
    url: Type.Optional(Url),
    events: Type.Optional(Subscription),
    description: Type.Optional(Nullable(Text(1, 200, 'Your note about the endpoint', 'CRM sync'))),
    enabled: Type.Optional(Type.Boolean({ description: 'false stops deliveries; true starts them again (and clears disabled_reason)' })),
  },
  { additionalProperties: false, minProperties: 1, title: 'UpdateWebhookRequest', description: 'The fields to change (at least one)' },
);

const endpointProperties = {
  id: Type.String({ description: 'whk_ followed by 16 url-safe characters' }),
  url: Type.String(),
  events: Type.Array(Type.String(), { description: 'Event types received, or ["*"]' }),
  description: NullableString(),
  enabled: Type.Boolean(),
  disabled_reason: NullableString({ description: 'Why deliveries stopped (410 Gone, 72 hours of failures, or you)' }),
  created_at: Type.String({ format: 'date-time' }),
  updated_at: Type.String({ format: 'date-time' }),
};

export const WebhookSchema = Type.Object(endpointProperties, { title: 'Webhook' });
export const CreatedWebhookSchema = Type.Object(
  { ...endpointProperties, secret: Type.String({ description: 'whsec_…: shown in this answer only; verify deliveries with it (Standard Webhooks)' }) },
  { title: 'CreatedWebhook' },
);

export const WebhookEnvelope = Success(WebhookSchema, 'WebhookResponse', 'A webhook endpoint');
export const CreatedWebhookEnvelope = Success(CreatedWebhookSchema, 'CreatedWebhookResponse', 'The new endpoint, with its secret (shown once)');
export const WebhookListEnvelope = Type.Object(
  { success: Type.Literal(true), data: Type.Array(WebhookSchema), pagination: Pagination },
  { title: 'WebhookListResponse', description: 'Your webhook endpoints, newest first' },
);
export const DeletedWebhookEnvelope = Success(Type.Object({ id: Type.String(), deleted: Type.Literal(true) }, { title: 'DeletedWebhook' }), 'DeletedWebhookResponse', 'The endpoint is gone');
export const SecretEnvelope = Success(
  Type.Object({ secret: Type.String({ description: 'The new whsec_… secret; the previous one also signs for 24 hours' }) }, { title: 'WebhookSecret' }),
  'WebhookSecretResponse',
  'The new secret (shown once)',
);
export const TestSentEnvelope = Success(
  Type.Object({ event_id: Type.String(), delivery_id: Type.String() }, { title: 'WebhookTestSent' }),
  'WebhookTestResponse',
  'A webhook.test event was queued for this endpoint',
);

export const WebhookIdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64, description: 'The endpoint id', examples: ['whk_8k2Jd0aPq7Lm3Rt9'] }) });
export const DeliveryIdParams = Type.Object({
  id: WebhookIdParams.properties.id,
  delivery_id: Type.String({ minLength: 1, maxLength: 100, description: 'The delivery id', examples: ['dlv_Xb3kq9VqJx2m-Lpa8k2Jd0aPq7Lm3Rt9'] }),
});
export const ListWebhooksQuery = Type.Object({ ...PageQuery }, { additionalProperties: false });
export const ListDeliveriesQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum(['pending', 'succeeded', 'failed'] as const, { description: 'Only deliveries in this state', examples: ['failed'] })),
    ...LimitQuery,
    after: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'The last delivery id of the previous page (its next_cursor)', examples: ['dlv_Xb3kq9VqJx2m-Lpa8k2Jd0aPq7Lm3Rt9'] })),
  },
  { additionalProperties: false },
);

const deliveryProperties = {
  id: Type.String(),
  event_id: Type.String({ description: 'Sent as webhook-id: the same on every attempt' }),
  event_type: Type.Enum(EVENT_TYPES),
  status: Type.Enum(['pending', 'succeeded', 'failed'] as const),
  attempts: Type.Integer({ description: 'Attempts made so far' }),
  next_attempt_at: NullableString({ format: 'date-time', description: 'When the next attempt is due; null once final' }),
  last_response_status: Type.Union([Type.Integer(), Type.Null()], { description: 'The HTTP status of the last attempt, if one came' }),
  last_error: NullableString({ description: 'Why the last attempt failed without a status (timeout, connection_refused, address_not_allowed, …)' }),
  created_at: Type.String({ format: 'date-time' }),
  updated_at: Type.String({ format: 'date-time' }),
};
export const DeliverySchema = Type.Object(deliveryProperties, { title: 'Delivery' });
export const AttemptSchema = Type.Object(
  {
    at: Type.String({ format: 'date-time' }),
    response_status: Type.Union([Type.Integer(), Type.Null()]),
    duration_ms: Type.Integer(),
    error: NullableString(),
  },
  { title: 'DeliveryAttempt' },
);
export const DeliveryDetailSchema = Type.Object({ ...deliveryProperties, attempt_log: Type.Array(AttemptSchema, { description: 'Every attempt, oldest first (response bodies are not kept)' }) }, { title: 'DeliveryDetail' });

export const DeliveryListEnvelope = Type.Object(
  { success: Type.Literal(true), data: Type.Array(DeliverySchema), pagination: CursorPagination },
  { title: 'DeliveryListResponse', description: 'The endpoint’s deliveries, newest first' },
);
export const DeliveryEnvelope = Success(DeliverySchema, 'DeliveryResponse', 'The delivery, queued for one more attempt now');
export const DeliveryDetailEnvelope = Success(DeliveryDetailSchema, 'DeliveryDetailResponse', 'A delivery with its attempts');

export const presentWebhook = (e: Endpoint) => ({
  id: e.id,
  url: e.url,
  events: e.events,
  description: e.description,
  enabled: e.enabled,
  disabled_reason: e.disabled_reason,
  created_at: e.created_at,
  updated_at: e.updated_at,
});

export const presentDelivery = (d: Delivery) => ({
  id: d.id,
  event_id: d.event_id,
  event_type: d.event_type as (typeof EVENT_TYPES)[number],
  status: d.status,
  attempts: d.attempts,
  next_attempt_at: d.next_attempt_at,
  last_response_status: d.last_response_status,
  last_error: d.last_error,
  created_at: d.created_at,
  updated_at: d.updated_at,
});

export const presentAttempt = (a: Attempt) => ({ at: a.at, response_status: a.response_status, duration_ms: a.duration_ms, error: a.error });
