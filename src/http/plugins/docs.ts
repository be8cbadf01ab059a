/**
 * The API document, generated from the same TypeBox schemas that validate requests:
 * `GET /v2/openapi.json` (no key needed) and `/docs` for people. The generated document is finished
 * here: titled schemas become named components, every response gets its headers, optional bodies
 * are marked so, and info, servers and tags are described, so a client generated from it needs no
 * hand edits.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { OPTIONAL_BODY } from '../validator.ts';

type Json = Record<string, any>;

const HEADERS: Record<string, Json> = {
  'X-Request-Id': { description: 'The request id: yours when you sent a sane one, otherwise generated. Quote it to support.', schema: { type: 'string' } },
  Location: { description: 'Where the created resource can be read', schema: { type: 'string' } },
  'Idempotent-Replayed': { description: '`true` when this is the stored answer to an earlier request with the same Idempotency-Key', schema: { type: 'string', enum: ['true'] } },
  'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer' } },
  Allow: { description: 'On 405: the methods the path does serve', schema: { type: 'string' } },
};

const TAGS = [
  { name: 'ports', description: 'Your port requests: submit, follow, cancel, correct.' },
  { name: 'porting desk', description: 'The provider’s porting desk (admin keys): every account’s ports, and moves by hand.' },
];

const STATUS_TEXT: Record<string, string> = {
  '400': 'The request is not valid (validation_failed, invalid_json)',
  '401': 'No, unknown or revoked X-Auth-Token (unauthorized)',
  '403': 'The key may not use this endpoint (forbidden)',
  '404': 'No such resource, or not yours (not_found)',
  '409': 'The change conflicts with the resource’s state (port_exists, already_ported, invalid_transition, quota_exceeded)',
  '413': 'The request body is too large (payload_too_large)',
  '415': 'The request body is not application/json (unsupported_media_type)',
  '422': 'The request cannot be carried out as asked (not_eligible, idempotency_conflict, requirements_not_met)',
  '429': 'Too many requests (rate_limited); see Retry-After',
  '503': 'The service is shutting down or not ready (service_unavailable); see Retry-After',
  default: 'Any other error, in the error envelope (internal: a generic message; quote the X-Request-Id)',
};

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Moves every titled schema into components.schemas (children first) and refers to it. */
function hoist(schema: unknown, components: Json): unknown {
  if (Array.isArray(schema)) return schema.map((s) => hoist(s, components));
  if (!isObject(schema)) return schema;
  const out: Json = {};
  for (const [k, v] of Object.entries(schema)) {
    out[k] = k === 'examples' || k === 'enum' || k === 'const' || k === 'default' ? v : hoist(v, components);
  }
  if (typeof out['title'] === 'string' && out['type'] !== undefined) {
    const name = out['title'] as string;
    const existing = components[name];
    if (existing && JSON.stringify(existing) !== JSON.stringify(out)) throw new Error(`two different schemas are titled ${name}`);
    components[name] = out;
    return { $ref: `#/components/schemas/${name}` };
  }
  return out;
}

export function finishDocument(doc: Json, optionalBodies: ReadonlySet<string>): Json {
  const schemas: Json = { ...(doc['components']?.['schemas'] ?? {}) };
  for (const item of Object.values<Json>(doc['paths'] ?? {})) {
    for (const op of Object.values<Json>(item)) {
      if (!isObject(op) || typeof op['operationId'] !== 'string') continue;
      const extraHeaders: Record<string, string[]> = op['x-response-headers'] ?? {};
      delete op['x-response-headers'];
      if (op['requestBody']) {
        if (optionalBodies.has(op['operationId'])) op['requestBody'].required = false;
        for (const media of Object.values<Json>(op['requestBody'].content ?? {})) media['schema'] = hoist(media['schema'], schemas);
      }
      const responses: Json = op['responses'] ?? {};
      // Every operation may be refused by the rate limits and answers 503 while shutting down.
      for (const status of ['429', '503', 'default']) if (!responses[status] && responses['401']) responses[status] = structuredClone(responses['401']);
      for (const [status, response] of Object.entries<Json>(responses)) {
        if (STATUS_TEXT[status] && (!response['description'] || response['description'] === 'Default Response')) response['description'] = STATUS_TEXT[status];
        if (status.startsWith('2') && (!response['description'] || response['description'] === 'Default Response')) response['description'] = 'Success';
        const names = ['X-Request-Id', ...(extraHeaders[status] ?? []), ...(status === '429' || status === '503' ? ['Retry-After'] : []), ...(status === 'default' ? ['Allow'] : [])];
        response['headers'] = Object.fromEntries(names.map((n) => [n, HEADERS[n]]));
        for (const media of Object.values<Json>(response['content'] ?? {})) media['schema'] = hoist(media['schema'], schemas);
      }
    }
  }
  return { ...doc, components: { ...(doc['components'] ?? {}), schemas } };
}

export const docs = fp(
  async (app: FastifyInstance, opts: { serverUrl: string; version: string }) => {
    const optionalBodies = new Set<string>();
    app.addHook('onRoute', (route) => {
      const schema = route.schema as Json | undefined;
      if (schema?.['body']?.[OPTIONAL_BODY] && typeof schema['operationId'] === 'string') optionalBodies.add(schema['operationId']);
    });

    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Number Porting API',
          version: opts.version,
          description:
            'Port phone numbers in from another carrier. Authenticate with your API key in the X-Auth-Token header. ' +
            'Every answer is an envelope: `{"success": true, "data": …}` or `{"success": false, "error": {"code", "message", "details"}}`.',
          license: { name: 'MIT', identifier: 'MIT' },
          contact: { name: 'porting', url: 'https://github.com/porting/porting' },
        },
        servers: [{ url: opts.serverUrl, description: 'This server' }],
        tags: TAGS,
        components: { securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'X-Auth-Token', description: 'Your API key (ptk_…)' } } },
      },
      transformObject: (documentObject) => finishDocument((documentObject as { openapiObject: Json }).openapiObject, optionalBodies) as never,
    });
    await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true, uiConfig: { url: '/v2/openapi.json' } as never });

    app.get('/v2/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'docs' },
);
