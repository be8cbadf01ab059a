/**
 * The served OpenAPI document (CONTRACT.md "The OpenAPI document"): both linters find nothing in it,
 * the client types generated from it are current, and a client built on those types (openapi-fetch)
 * drives a port from submission to cancellation, every response checked against the document.
 * `npm test` regenerates src/generated/openapi.d.ts before the type-check, so this file stops
 * compiling when the API changes under the flow.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import createClient from 'openapi-fetch';
import type { components, paths } from '../../src/generated/openapi.d.ts';
import { createTestApp, MONDAY, VALID_PORT, type TestApp } from '../helpers/app.ts';
import { clientTypes, fetchDocument, GENERATED_TYPES, ResponseChecker, type Exchange } from '../helpers/openapi.ts';

type Port = components['schemas']['Port'];
type HistoryEntry = components['schemas']['PortHistoryEntry'];

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);
const run = promisify(execFile);

/** Runs a linter; a non-zero exit still has its report. */
async function lint(cmd: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };
  return run(bin(cmd), args, { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 }).catch((err: { stdout?: string; stderr?: string }) => ({
    stdout: err.stdout ?? '',
    stderr: err.stderr ?? '',
  }));
}

describe('the OpenAPI document', () => {
  let t: TestApp;
  let doc: Record<string, any>;
  before(async () => {
    t = await createTestApp();
    doc = await fetchDocument(t.app);
  });
  after(() => t.close());

  it('passes redocly (recommended) and spectral (spectral:oas) with no error and no warning', async () => {
    const file = join(t.dir, 'openapi.json');
    const spectralOut = join(t.dir, 'spectral.json');
    writeFileSync(file, JSON.stringify(doc, null, 2));
    const [redocly, spectral] = await Promise.all([
      lint('redocly', ['lint', '--format=json', '--config', join(ROOT, 'redocly.yaml'), file]),
      lint('spectral', ['lint', '--ruleset', join(ROOT, '.spectral.yaml'), '--format=json', '--output', spectralOut, '--fail-severity=hint', file]),
    ]);

    let report: { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string; location: { pointer?: string }[] }[] };
    try {
      report = JSON.parse(redocly.stdout);
    } catch {
      assert.fail(`redocly printed no JSON report:\n${redocly.stdout}\n${redocly.stderr}`);
    }
    const redoclyProblems = report.problems.map((p) => `${p.ruleId}: ${p.message} at ${p.location.map((l) => l.pointer).join(', ')}`);
    assert.deepEqual(redoclyProblems, [], 'redocly lint');
    assert.deepEqual({ errors: report.totals.errors, warnings: report.totals.warnings }, { errors: 0, warnings: 0 });

    let results: { code: string; message: string; path: string[]; severity: number }[];
    try {
      results = JSON.parse(readFileSync(spectralOut, 'utf8'));
    } catch {
      assert.fail(`spectral wrote no JSON report:\n${spectral.stdout}\n${spectral.stderr}`);
    }
    assert.deepEqual(
      results.map((r) => `${r.code} (severity ${r.severity}): ${r.message} at ${r.path.join('.')}`),
      [],
      'spectral lint',
    );
  });

  it('has what a generated client needs: operation ids, descriptions, listed statuses, described headers and parameters', () => {
    assert.deepEqual(doc['servers'], [{ url: '/', description: 'This server' }]);
    assert.equal(doc['info'].license.name, 'MIT');
    for (const tag of doc['tags']) assert.ok(tag.description, `tag ${tag.name}`);
    const ids: string[] = [];
    for (const [path, item] of Object.entries<Record<string, any>>(doc['paths'])) {
      for (const [method, op] of Object.entries<Record<string, any>>(item)) {
        const where = `${method.toUpperCase()} ${path}`;
        assert.match(op['operationId'], /^[a-z][A-Za-z0-9]*$/, where);
        ids.push(op['operationId']);
        assert.ok(op['description'], `${where}: description`);
        for (const p of op['parameters'] ?? []) {
          assert.ok(p.description, `${where}: parameter ${p.name} description`);
          assert.ok(p.example !== undefined || p.examples !== undefined, `${where}: parameter ${p.name} example`);
        }
        if (op['requestBody']) {
          // JSON everywhere but uploads (multipart/form-data); either way a named schema.
          const [type, media] = Object.entries<Record<string, any>>(op['requestBody'].content)[0]!;
          assert.ok(type === 'application/json' || type === 'multipart/form-data', `${where}: ${type}`);
          assert.match(media['schema'].$ref, /^#\/components\/schemas\//, `${where}: named request body`);
        }
        for (const [status, response] of Object.entries<Record<string, any>>(op['responses'])) {
          const json = response['content']['application/json'];
          if (json) assert.match(json.schema.$ref, /^#\/components\/schemas\/\w+$/, `${where} ${status}: named body`);
          else {
            // A download: the bytes as their own type, never rendered inline.
            for (const media of Object.values<Record<string, any>>(response['content'])) assert.deepEqual(media['schema'], { type: 'string', format: 'binary' }, `${where} ${status}: bytes`);
            assert.ok(response['headers']['Content-Disposition'], `${where} ${status}: Content-Disposition`);
          }
          assert.ok(response['headers']['X-Request-Id'].description, `${where} ${status}: X-Request-Id`);
          if (status === '429' || status === '503') assert.ok(response['headers']['Retry-After'], `${where} ${status}: Retry-After`);
          if (status === 'default') assert.ok(response['headers']['Allow'], `${where}: Allow`);
        }
        for (const status of ['400', '401', '429', '503', 'default']) assert.ok(op['responses'][status], `${where}: ${status}`);
      }
    }
    assert.equal(new Set(ids).size, ids.length, 'operation ids are unique');
    assert.ok(ids.includes('createPort') && ids.includes('listPorts'));

    const createPort = doc['paths']['/v2/ports'].post;
    assert.deepEqual(Object.keys(createPort.responses['201'].headers), ['X-Request-Id', 'Location', 'Idempotent-Replayed']);
    assert.equal(createPort.requestBody.required, true);
    assert.equal(doc['paths']['/v2/ports/{id}/cancel'].post.requestBody.required, false, 'cancelPort: the body is optional');
    const error = doc['components'].schemas.ErrorResponse;
    assert.ok(error.properties.error.properties.code.enum.includes('internal'), 'the error code is an enum');
    assert.deepEqual(doc['components'].schemas.NotFoundError.properties.error.properties.code.enum, ['not_found']);

    const upload = doc['paths']['/v2/port_orders/{id}/documents'].post;
    assert.deepEqual(Object.keys(upload.requestBody.content), ['multipart/form-data']);
    assert.deepEqual(doc['components'].schemas.DocumentUpload.properties.file, { type: 'string', format: 'binary', description: 'The file: PDF, PNG or JPEG (recognised by its content), at most 10 MiB' });
    assert.deepEqual(Object.keys(doc['paths']['/v2/documents/{id}/content'].get.responses['200'].content), ['application/pdf', 'image/png', 'image/jpeg']);
    assert.deepEqual(Object.keys(doc['paths']['/v2/port_orders/{id}/loa'].get.responses['200'].content), ['application/pdf']);
  });

  it('is what src/generated/openapi.d.ts was generated from (run node scripts/gen-client-types.mjs)', async () => {
    // Committed, so that a fresh clone builds (npm start compiles src/, the CLI with it); npm test rewrites it first.
    const written = readFileSync(GENERATED_TYPES, 'utf8');
    assert.ok(written === (await clientTypes(doc)), 'src/generated/openapi.d.ts is stale: run `node scripts/gen-client-types.mjs` (npm test does), type-check and commit it');
  });

  it('the response check sees a status the operation does not list, a body off its schema and a bad header', () => {
    const checker = new ResponseChecker(doc);
    const json = { 'content-type': 'application/json; charset=utf-8', 'x-request-id': 'req-1' };
    const notFound = JSON.stringify({ success: false, error: { code: 'not_found', message: 'Port not found' } });
    assert.deepEqual(checker.problems({ method: 'GET', url: '/v2/ports/port_x', status: 404, headers: json, body: notFound }), []);
    assert.match(checker.problems({ method: 'GET', url: '/v2/ports/port_x', status: 422, headers: json, body: notFound }).join(), /status 422 is not listed/);
    assert.match(checker.problems({ method: 'GET', url: '/v2/ports/port_x?x=1', status: 404, headers: json, body: notFound.replace('not_found', 'port_exists') }).join(), /allowed values/);
    assert.match(checker.problems({ method: 'GET', url: '/v2/ports', status: 200, headers: json, body: '{"success":true,"data":[]}' }).join(), /pagination/);
    assert.match(checker.problems({ method: 'GET', url: '/v2/ports/port_x', status: 404, headers: { 'content-type': 'text/html' }, body: '<p>' }).join(), /X-Request-Id is required.*content-type text\/html/);
    assert.match(
      checker.problems({ method: 'POST', url: '/v2/ports', status: 201, headers: { ...json, 'idempotent-replayed': 'yes' }, body: '{}' }).join(),
      /Idempotent-Replayed.*allowed values.*must have required property 'success'/,
    );
    // Not described, so not checked: other paths and methods.
    assert.deepEqual(checker.problems({ method: 'GET', url: '/docs/static/index.html', status: 200, headers: {}, body: '<html>' }), []);
    assert.deepEqual(checker.problems({ method: 'DELETE', url: '/v2/ports/port_x', status: 405, headers: json, body: notFound }), []);
  });

  it('a typed client submits, reads, lists, follows and cancels a port; every response matches the document', async () => {
    const checker = new ResponseChecker(doc);
    const seen: Exchange[] = [];
    const client = createClient<paths>({
      baseUrl: 'http://porting.test',
      headers: { 'X-Auth-Token': t.alice.key },
      // In-process: each request goes through app.inject, exactly as over HTTP.
      fetch: async (request: Request) => {
        const url = new URL(request.url);
        const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
        const res = await t.app.inject({
          method: request.method as 'GET',
          url: url.pathname + url.search,
          headers: Object.fromEntries(request.headers),
          ...(body ? { payload: body } : {}),
        });
        seen.push({ method: request.method, url: url.pathname + url.search, status: res.statusCode, headers: res.headers, body: res.body });
        const headers = new Headers();
        for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : String(value));
        return new Response(res.statusCode === 204 ? null : res.body, { status: res.statusCode, headers });
      },
    });

    const submission = { ...VALID_PORT, account_pin: '4321', customer_reference: 'crm-openapi' } satisfies components['schemas']['SubmitPortRequest'];
    const created = await client.POST('/v2/ports', { params: { header: { 'idempotency-key': 'openapi-flow-1' } }, body: submission });
    assert.equal(created.response.status, 201);
    assert.ok(created.data, JSON.stringify(created.error));
    const id = created.data.data.id;
    assert.match(id, /^port_[A-Za-z0-9_-]{12,}$/);
    assert.equal(created.response.headers.get('location'), `/v2/ports/${id}`);
    assert.equal(created.response.headers.get('idempotent-replayed'), null);
    const pending: Port = {
      id,
      number: '+14155551234',
      status: 'pending',
      carrier_status: 'pending_transfer',
      carrier_name: 'Previous Provider',
      account_number: '*****6789',
      billing_phone: '+14155551234',
      end_user_name: 'John Doe',
      end_user_address: VALID_PORT.end_user_address,
      customer_reference: 'crm-openapi',
      number_type: 'fixed_line_or_mobile',
      region: 'US',
      created_at: MONDAY,
      updated_at: MONDAY,
      estimated_completion: '2026-11-23T11:00:00.000Z',
      losing_carrier: { name: 'Bluebell Communications', spid: '2002', wireless: false, pin_required: false },
      messages: ['Port request received; the current provider is reviewing it. Estimated completion: 2026-11-23.'],
      action_required: false,
    };
    assert.deepEqual(created.data, { success: true, data: pending });

    // The same key and body: the first answer again, marked as replayed.
    const replayed = await client.POST('/v2/ports', { params: { header: { 'idempotency-key': 'openapi-flow-1' } }, body: submission });
    assert.equal(replayed.response.status, 201);
    assert.equal(replayed.response.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(replayed.data, { success: true, data: pending });

    const got = await client.GET('/v2/ports/{id}', { params: { path: { id } } });
    assert.equal(got.response.status, 200);
    assert.deepEqual(got.data, { success: true, data: pending });

    const listed = await client.GET('/v2/ports', { params: { query: { number: '+14155551234', limit: 5 } } });
    assert.equal(listed.response.status, 200);
    assert.deepEqual(listed.data, { success: true, data: [pending], pagination: { limit: 5, offset: 0, total: 1, next_cursor: null } });

    const history = await client.GET('/v2/ports/{id}/events', { params: { path: { id } } });
    assert.equal(history.response.status, 200);
    const eventId = history.data?.data[0]?.id ?? '';
    assert.match(eventId, /^evt_[A-Za-z0-9_-]{16}$/);
    const submitted: HistoryEntry = {
      id: eventId,
      at: MONDAY,
      from: null,
      to: 'pending',
      carrier_status: 'pending_transfer',
      message: pending.messages[0]!,
      actor: `customer:${t.alice.accountId}`,
    };
    assert.deepEqual(history.data, { success: true, data: [submitted] });

    // No body at all: the body of cancelPort is optional.
    const cancelled = await client.POST('/v2/ports/{id}/cancel', { params: { path: { id } } });
    assert.equal(cancelled.response.status, 200);
    assert.ok(cancelled.data, JSON.stringify(cancelled.error));
    const cancelledPort: Port = {
      ...pending,
      status: 'cancelled',
      carrier_status: 'cancelled',
      estimated_completion: null,
      cancelled_at: MONDAY,
      messages: [...pending.messages, 'Port cancelled at your request.'],
    };
    assert.deepEqual(cancelled.data, { success: true, data: cancelledPort });

    const followed = await client.GET('/v2/ports/{id}/events', { params: { path: { id } } });
    assert.notEqual(followed.data?.data[1]?.id, eventId);
    assert.deepEqual(followed.data, {
      success: true,
      data: [submitted, { ...submitted, id: followed.data?.data[1]?.id ?? '', from: 'pending', to: 'cancelled', carrier_status: 'cancelled', message: cancelledPort.messages[1]! }],
    });

    // Errors come in the envelope, with a code the document lists for the status.
    const again = await client.POST('/v2/ports/{id}/cancel', { params: { path: { id } }, body: { reason: 'twice' } });
    assert.equal(again.response.status, 409);
    assert.equal(again.error?.error.code, 'invalid_transition');
    const missing = await client.GET('/v2/ports/{id}', { params: { path: { id: 'port_doesnotexist00' } } });
    assert.equal(missing.response.status, 404);
    assert.equal(missing.error?.error.code, 'not_found');

    assert.equal(seen.length, 9);
    assert.deepEqual(seen.flatMap((x) => checker.problems(x)), []);
  });
});
