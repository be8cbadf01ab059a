/**
 * The served OpenAPI document as a test oracle: fetch it from an app, turn it into client types
 * (openapi-typescript), and check responses against it the way a validating proxy would (is the
 * status listed for the operation, does the body match its schema, do the documented headers).
 */
import { AssertionError } from 'node:assert';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

type Json = Record<string, any>;

/**
 * Where scripts/gen-client-types.mjs writes the client types: the CLI (src/cli/api.ts) and
 * test/http/openapi.test.ts import them, so an API change that breaks either breaks the type-check.
 */
export const GENERATED_TYPES = fileURLToPath(new URL('../../src/generated/openapi.d.ts', import.meta.url));

export async function fetchDocument(app: FastifyInstance): Promise<Json> {
  const res = await app.inject({ method: 'GET', url: '/v2/openapi.json' });
  if (res.statusCode !== 200) throw new Error(`GET /v2/openapi.json answered ${res.statusCode}`);
  return JSON.parse(res.body) as Json;
}

/** The TypeScript client types for a document, as written to GENERATED_TYPES. */
export async function clientTypes(doc: Json): Promise<string> {
  // openapi-typescript needs the TypeScript 5 compiler API; the project's own TypeScript is 7 (no JS
  // API), so it comes with its own copy through scripts/openapi-typescript-ts5.
  const { openapiTS, astToString } = await import('openapi-typescript-ts5');
  const ast = await openapiTS(doc as never);
  return `// Generated from GET /v2/openapi.json by scripts/gen-client-types.mjs; do not edit.\n\n${astToString(ast)}`;
}

export interface Exchange {
  method: string;
  /** The request path, with or without a query string. */
  url: string;
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  /** The raw response body. */
  body: string;
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/**
 * Checks exchanges against a document. Validators are compiled on first use and kept, so checking
 * every response of a test run costs a lookup and a validation each.
 */
export class ResponseChecker {
  private readonly ajv: Ajv2020;
  private readonly routes: { pattern: RegExp; item: Json }[];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(doc: Json) {
    this.ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats.default(this.ajv);
    // The document's components as the $defs of one schema, so that references resolve.
    this.ajv.addSchema({ $id: DOC_ID, $defs: toDefs(doc['components']?.['schemas'] ?? {}) });
    this.routes = Object.entries<Json>(doc['paths'] ?? {}).map(([template, item]) => ({
      pattern: new RegExp('^' + template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^/}]+\}/g, '[^/]+') + '$'),
      item,
    }));
  }

  /** The operation a request reaches, or null when the document does not describe it. */
  operation(method: string, url: string): Json | null {
    const path = url.split('?')[0] ?? '';
    const m = method.toLowerCase();
    if (!METHODS.has(m)) return null;
    for (const route of this.routes) if (route.pattern.test(path) && isObject(route.item[m])) return route.item[m] as Json;
    return null;
  }

  /**
   * What is wrong with an exchange, according to the document; empty when nothing is. Exchanges the
   * document does not describe (another path or method, HEAD) are not checked.
   */
  problems(x: Exchange): string[] {
    const op = this.operation(x.method, x.url);
    if (!op || x.method.toUpperCase() === 'HEAD') return [];
    const where = `${x.method.toUpperCase()} ${x.url} -> ${x.status} (${op['operationId']})`;
    const responses: Json = op['responses'] ?? {};
    // `default` stands for what no status lists: 500 internal. Any other status must be listed.
    const key = String(x.status) in responses ? String(x.status) : x.status === 500 && responses['default'] ? 'default' : null;
    if (!key) return [`${where}: status ${x.status} is not listed (listed: ${Object.keys(responses).join(', ')})`];
    const response: Json = responses[key];
    const problems: string[] = [];

    for (const [name, header] of Object.entries<Json>(response['headers'] ?? {})) {
      const value = x.headers[name.toLowerCase()];
      if (value === undefined) {
        if (header['required']) problems.push(`${where}: header ${name} is required`);
        continue;
      }
      const schema = header['schema'] ?? {};
      const text = String(value);
      const typed = schema['type'] === 'integer' && /^-?[0-9]+$/.test(text) ? Number(text) : text;
      const errors = this.validate(schema, typed);
      if (errors) problems.push(`${where}: header ${name}: ${errors}`);
    }

    const content: Json | undefined = response['content'];
    if (!content) {
      if (x.body.length > 0) problems.push(`${where}: a body where the document has none`);
      return problems;
    }
    const type = String(x.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    const media: Json | undefined = content[type];
    if (!media) return [...problems, `${where}: content-type ${type || '(none)'} is not one of ${Object.keys(content).join(', ')}`];
    // Bytes (a download): the content type is the check; the body is whatever the file is.
    if (media['schema']?.['format'] === 'binary') return problems;
    let body: unknown;
    try {
      body = JSON.parse(x.body);
    } catch {
      return [...problems, `${where}: the body is not JSON: ${x.body.slice(0, 200)}`];
    }
    const errors = this.validate(media['schema'] ?? {}, body);
    if (errors) problems.push(`${where}: ${errors}; body: ${x.body.slice(0, 500)}`);
    return problems;
  }

  private validate(schema: Json, value: unknown): string | null {
    const key = JSON.stringify(schema);
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(toDefs(schema) as Json);
      this.validators.set(key, validate);
    }
    if (validate(value)) return null;
    return this.ajv.errorsText(validate.errors, { dataVar: 'body' });
  }
}

let shared: Promise<ResponseChecker> | undefined;

/**
 * Fails when a response breaks the served document (what a validating proxy would report). The
 * document is fetched from the first app asked and compiled once per process; it does not depend
 * on an app's configuration.
 */
export async function assertMatchesDocument(app: FastifyInstance, x: Exchange): Promise<void> {
  shared ??= fetchDocument(app).then(
    (doc) => new ResponseChecker(doc),
    (err) => {
      shared = undefined;
      throw err;
    },
  );
  const problems = (await shared).problems(x);
  if (problems.length > 0) throw new AssertionError({ message: `The response breaks the OpenAPI document:\n${problems.join('\n')}` });
}

const DOC_ID = 'https://porting.test/openapi.json';

/** `#/components/schemas/X` references as `…/openapi.json#/$defs/X`, anywhere in a schema. */
function toDefs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toDefs);
  if (!isObject(schema)) return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' ? v.replace(/^#\/components\/schemas\//, `${DOC_ID}#/$defs/`) : toDefs(v)]),
  );
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
