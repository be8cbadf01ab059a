/**
 * Webhook endpoints and their delivery log (contract/events-webhooks.md): create with a secret shown
 * once, list, read, change, delete, rotate the secret, send a test event, read deliveries and their
 * attempts, retry one. The URL rule is checked at save (and again at each delivery, by the sender).
 */
import { randomBytes } from 'node:crypto';
import { notFound, ServiceError } from '../domain/errors.ts';
import { parseWebhookUrl, isPublicAddress, normalizeSubscription, SECRET_PREFIX } from '../domain/webhooks.ts';
import { invalidField } from '../domain/validation.ts';
import type { Database } from '../store/database.ts';
import { insertEventRow } from '../store/events.ts';
import type { Secrets } from '../store/secrets.ts';
import {
  deleteEndpoint,
  findDelivery,
  findEndpointRow,
  insertEndpoint,
  listAttempts,
  listDeliveries,
  listEndpoints,
  requeueDelivery,
  rotateSecret,
  rowToEndpoint,
  updateEndpoint,
  type Attempt,
  type Delivery,
  type Endpoint,
} from '../store/webhooks.ts';
import type { Resolver } from '../webhooks/transport.ts';
import type { Clock } from './clock.ts';
import { newEventId } from './ids.ts';
import type { Principal } from './principal.ts';

export interface WebhookServiceDeps {
  database: Database;
  secrets: Secrets;
  clock: Clock;
  allowPrivate: boolean;
  resolve: Resolver;
}

export interface EndpointInput {
  url: string;
  events?: string[] | undefined;
  description?: string | null | undefined;
}

export interface EndpointPatch {
  url?: string | undefined;
  events?: string[] | undefined;
  description?: string | null | undefined;
  enabled?: boolean | undefined;
}

const ROTATION_OVERLAP_MS = 24 * 3_600_000;

const disabledEndpoint = (e: Endpoint, what: string) =>
  new ServiceError('invalid_transition', `This endpoint is disabled; enable it (PATCH {"enabled": true}) before ${what}`, [{ field: 'enabled', message: e.disabled_reason ?? 'disabled' }]);

export const newSecret = (): string => SECRET_PREFIX + randomBytes(24).toString('base64');
const newEndpointId = (): string => 'whk_' + randomBytes(12).toString('base64url');

export class WebhookService {
  constructor(private readonly deps: WebhookServiceDeps) {}

  private now(): string {
    return this.deps.clock.now().toISOString();
  }

  /** The URL rule at save time: the text, then (unless private addresses are allowed) every address the name has. */
  private async checkUrl(raw: string): Promise<string> {
    const target = parseWebhookUrl(raw, this.deps.allowPrivate);
    if (!this.deps.allowPrivate && !target.literal) {
      let addresses: { address: string }[];
      try {
        addresses = await this.deps.resolve(target.host);
      } catch {
        throw invalidField('url', `the host ${target.host} does not resolve`);
      }
      if (addresses.length === 0) throw invalidField('url', `the host ${target.host} does not resolve`);
      const blocked = addresses.find((a) => !isPublicAddress(a.address));
      if (blocked) throw invalidField('url', `must point to a public address; ${target.host} resolves to ${blocked.address}`);
    }
    return target.url.toString();
  }

  private async endpointRow(principal: Principal, id: string) {
    const row = await findEndpointRow(this.deps.database.db, id, principal.accountId);
    if (!row) throw notFound('Webhook endpoint');
    return row;
  }

  async create(principal: Principal, input: EndpointInput): Promise<{ endpoint: Endpoint; secret: string }> {
    const url = await this.checkUrl(input.url);
    const now = this.now();
    const endpoint: Endpoint = {
      id: newEndpointId(),
      account_id: principal.accountId,
      url,
      events: normalizeSubscription(input.events),
      description: input.description ?? null,
      enabled: true,
      disabled_reason: null,
      failing_since: null,
      created_at: now,
      updated_at: now,
    };
    const secret = newSecret();
    await insertEndpoint(this.deps.database.db, endpoint, secret, this.deps.secrets);
    return { endpoint, secret };
  }

  async list(principal: Principal, limit: number, offset: number, after?: string): Promise<{ endpoints: Endpoint[]; total: number; next_cursor: string | null }> {
    const r = await listEndpoints(this.deps.database.db, principal.accountId, limit, offset, after);
    if (!r.cursorFound) throw invalidField('after', 'is not one of your webhook endpoints');
    const more = r.endpoints.length === limit && (after !== undefined || offset + limit < r.total);
    return { endpoints: r.endpoints, total: r.total, next_cursor: more ? r.endpoints[r.endpoints.length - 1]!.id : null };
  }

  async get(principal: Principal, id: string): Promise<Endpoint> {
    return rowToEndpoint(await this.endpointRow(principal, id));
  }

  /** Changes what is given; enabling again clears the reason it was disabled and its failing streak. */
  async update(principal: Principal, id: string, patch: EndpointPatch): Promise<Endpoint> {
    await this.endpointRow(principal, id);
    const url = patch.url === undefined ? undefined : await this.checkUrl(patch.url);
    const updated = await updateEndpoint(this.deps.database.db, id, principal.accountId, {
      ...(url !== undefined ? { url } : {}),
      ...(patch.events !== undefined ? { events: normalizeSubscription(patch.events) } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.enabled !== undefined ? { enabled: patch.enabled } : {}),
      ...(patch.enabled === true ? { disabled_reason: null, failing_since: null } : patch.enabled === false ? { disabled_reason: 'Disabled by the account' } : {}),
      updated_at: this.now(),
    });
    if (!updated) throw notFound('Webhook endpoint');
    return updated;
  }

  async remove(principal: Principal, id: string): Promise<void> {
    const deleted = await this.deps.database.db.transaction().execute((trx) => deleteEndpoint(trx, id, principal.accountId));
    if (!deleted) throw notFound('Webhook endpoint');
  }

  /** A new secret; for 24 hours the previous one signs too (two signatures), so receivers can switch. */
  async rotateSecret(principal: Principal, id: string): Promise<string> {
    await this.endpointRow(principal, id);
    const secret = newSecret();
    const now = this.deps.clock.now();
    const until = new Date(now.getTime() + ROTATION_OVERLAP_MS).toISOString();
    if (!(await rotateSecret(this.deps.database.db, id, principal.accountId, secret, until, now.toISOString(), this.deps.secrets))) throw notFound('Webhook endpoint');
    return secret;
  }

  /** A `webhook.test` event in the feed, delivered to this endpoint only (even a disabled one is refused: enable it first). */
  async sendTest(principal: Principal, id: string): Promise<{ event_id: string; delivery_id: string }> {
    const endpoint = rowToEndpoint(await this.endpointRow(principal, id));
    if (!endpoint.enabled) throw disabledEndpoint(endpoint, 'sending a test');
    const now = this.now();
    const eventId = newEventId();
    const deliveryId = `dlv_${eventId.slice(4)}${id.slice(4)}`;
    await this.deps.database.db.transaction().execute(async (trx) => {
      await insertEventRow(trx, { id: eventId, account_id: principal.accountId, type: 'webhook.test', port_id: null, order_id: null, created_at: now, data: JSON.stringify({ webhook_id: id }) });
      await trx
        .insertInto('webhook_deliveries')
        .values({ id: deliveryId, account_id: principal.accountId, endpoint_id: id, event_id: eventId, event_type: 'webhook.test', status: 'pending', attempts: 0, next_attempt_at: now, last_response_status: null, last_error: null, created_at: now, updated_at: now, claimed_by: null, lease_until: null })
        .execute();
    });
    return { event_id: eventId, delivery_id: deliveryId };
  }

  async deliveries(principal: Principal, id: string, q: { status?: string | undefined; limit: number; after?: string | undefined }): Promise<{ deliveries: Delivery[]; next_cursor: string | null }> {
    await this.endpointRow(principal, id);
    const { deliveries, cursorFound } = await listDeliveries(this.deps.database.db, { endpointId: id, ...q });
    if (!cursorFound) throw invalidField('after', 'is not a delivery of this endpoint');
    return { deliveries, next_cursor: deliveries.length === q.limit ? deliveries[deliveries.length - 1]!.id : null };
  }

  async delivery(principal: Principal, id: string, deliveryId: string): Promise<Delivery & { attempt_log: Attempt[] }> {
    await this.endpointRow(principal, id);
    const delivery = await findDelivery(this.deps.database.db, deliveryId, id);
    if (!delivery) throw notFound('Delivery');
    return { ...delivery, attempt_log: await listAttempts(this.deps.database.db, deliveryId) };
  }

  /** One more attempt now, also for a failed delivery (the endpoint must be enabled). */
  async retry(principal: Principal, id: string, deliveryId: string): Promise<Delivery> {
    const endpoint = rowToEndpoint(await this.endpointRow(principal, id));
    if (!(await findDelivery(this.deps.database.db, deliveryId, id))) throw notFound('Delivery');
    if (!endpoint.enabled) throw disabledEndpoint(endpoint, 'retrying a delivery');
    if (!(await requeueDelivery(this.deps.database.db, deliveryId, id, this.now()))) throw notFound('Delivery');
    return (await findDelivery(this.deps.database.db, deliveryId, id))!;
  }
}

