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
  'X-Request-Id': {
    required: true,
    description: 'The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support.',
    schema: { type: 'string', examples: ['0b5d6f5e-2f0a-4c55-9a51-3c1c1a2b9e47'] },
  },
  Location: { description: 'Where the created resource can be read (a path on this server)', schema: { type: 'string', format: 'uri-reference', examples: ['/v2/ports/port_0F3kq9VqJx2m-Lpa'] } },
  'Idempotent-Replayed': { description: '`true` when this is the stored answer to an earlier request with the same Idempotency-Key', schema: { type: 'string', enum: ['true'] } },
  'Retry-After': { description: 'When given: seconds to wait before retrying', schema: { type: 'integer', minimum: 0 } },
  'Content-Disposition': {
    description: '`attachment`, with the file’s name: a stored file is never rendered inline',
    schema: { type: 'string', examples: ["attachment; filename=\"bill.pdf\"; filename*=UTF-8''bill.pdf"] },
  },
  'Set-Cookie': { description: 'The console session cookie (HttpOnly; SameSite=Strict; Secure under TLS), or its removal on sign-out', schema: { type: 'string' } },
  Allow: { description: 'On 405: the methods the path does serve', schema: { type: 'string' } },
  'RateLimit-Limit': { description: 'With RATE_LIMIT set: requests allowed per API key in the window', schema: { type: 'integer', minimum: 0 } },
  'RateLimit-Remaining': { description: 'With RATE_LIMIT set: requests left in the current window', schema: { type: 'integer', minimum: 0 } },
  'RateLimit-Reset': { description: 'With RATE_LIMIT set: seconds until the window starts anew', schema: { type: 'integer', minimum: 0 } },
};

/** On 429: when to retry, and, for the per-key rate limit, where the limit stands. */
const RATE_LIMITED_HEADERS = ['Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'];

const TAGS = [
  { name: 'ports', description: 'Your port requests: submit, follow, cancel, correct.' },
  { name: 'port orders', description: 'Many numbers ported together, split by losing carrier; portability checks; the FOC dates you may ask for.' },
  { name: 'documents', description: 'Documents of orders and ports (PDF, PNG, JPEG, recognised by content), and the generated Letter of Authorization, signed here.' },
  { name: 'comments', description: 'Comments between you and the porting desk on ports and orders.' },
  { name: 'events', description: 'What happened to your ports, as a feed you page through with a cursor.' },
  { name: 'webhooks', description: 'The same events pushed to your endpoints, signed (Standard Webhooks) and retried; the delivery log.' },
  { name: 'porting desk', description: 'The provider’s porting desk (admin keys): every account’s ports, and moves by hand.' },
  { name: 'console session', description: 'Sign-in for the web console: an API key becomes an HttpOnly session cookie; changes made with it carry X-CSRF-Token.' },
];

/** The `default` response: whatever no listed status covers (500 internal, 405 on a wrong method). */
const DEFAULT_TEXT = 'Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow)';

const CSRF_REFUSED = 'A change made with a console session without the session’s X-CSRF-Token (forbidden)';

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Moves every titled schema into components.schemas (children first) and refers to it; types enums. */
function hoist(schema: unknown, components: Json): unknown {
  if (Array.isArray(schema)) return schema.map((s) => hoist(s, components));
  if (!isObject(schema)) return schema;
  const out: Json = {};
  // TypeBox writes an enum without a type; generators want one (`string` for a list of strings).
  if (Array.isArray(schema['enum']) && schema['type'] === undefined && schema['enum'].every((v) => typeof v === 'string')) out['type'] = 'string';
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
    for (const [method, op] of Object.entries<Json>(item)) {
      if (!isObject(op) || typeof op['operationId'] !== 'string') continue;
      // Every operation open to an API key is open to a console session too (cookie + CSRF token); a
      // change made with a session without its X-CSRF-Token is 403.
      if (Array.isArray(op['security']) && op['security'].some((s: Json) => 'apiKey' in s)) {
        op['security'] = [...op['security'], { session: [] }];
        if (method !== 'get' && op['responses'] && !op['responses']['403']) {
          op['responses']['403'] = { description: CSRF_REFUSED, content: { 'application/json': { schema: { $ref: '#/components/schemas/ForbiddenError' } } } };
        }
      }
      const extraHeaders: Record<string, string[]> = op['x-response-headers'] ?? {};
      delete op['x-response-headers'];
      for (const parameter of op['parameters'] ?? []) parameter['schema'] = hoist(parameter['schema'], schemas);
      if (op['requestBody']) {
        if (optionalBodies.has(op['operationId'])) op['requestBody'].required = false;
        for (const media of Object.values<Json>(op['requestBody'].content ?? {})) media['schema'] = hoist(media['schema'], schemas);
      }
      // Error statuses, with 429, 503 and default, come from the route schemas (errorResponses in schemas/common.ts).
      const responses: Json = op['responses'] ?? {};
      for (const [status, response] of Object.entries<Json>(responses)) {
        if (status === 'default') response['description'] = DEFAULT_TEXT;
        const names = ['X-Request-Id', ...(extraHeaders[status] ?? []), ...(status === '429' ? RATE_LIMITED_HEADERS : status === '503' ? ['Retry-After'] : []), ...(status === 'default' ? ['Allow'] : [])];
        response['headers'] = Object.fromEntries(names.map((n) => [n, HEADERS[n]]));
        for (const media of Object.values<Json>(response['content'] ?? {})) media['schema'] = hoist(media['schema'], schemas);
      }
    }
  }
  // The desk's operations list 403, so its error schema is among the components the 403s above refer to.
  if (!schemas['ForbiddenError']) throw new Error('no ForbiddenError schema for the console session’s 403');
  return { ...doc, components: { ...(doc['components'] ?? {}), schemas } };
}

export const docs = fp(
  async (app: FastifyInstance, opts: { version: string }) => {
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
        // Relative: the server that serves this document, whatever name and port it is reached by.
        servers: [{ url: '/', description: 'This server' }],
        tags: TAGS,
        components: {
          securitySchemes: {
            apiKey: { type: 'apiKey', in: 'header', name: 'X-Auth-Token', description: 'Your API key (ptk_…)' },
            session: {
              type: 'apiKey',
              in: 'cookie',
              name: 'porting_session',
              description: 'A console session (POST /v2/session). Requests that change something also send the session’s CSRF token as X-CSRF-Token.',
            },
          },
        },
      },
      transformObject: (documentObject) => finishDocument((documentObject as { openapiObject: Json }).openapiObject, optionalBodies) as never,
    });
    await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true, uiConfig: { url: '/v2/openapi.json' } as never });

    app.get('/v2/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'docs' },
);
