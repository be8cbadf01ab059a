/**
 * The CLI's HTTP client against servers that are not (quite) the API: what it makes of an error
 * envelope, of something else answering, of an untrusted certificate. In-process servers.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer as createHttp, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { answer, connect, data } from '../../src/cli/api.ts';
import { ApiError, UnreachableError, UsageError } from '../../src/cli/errors.ts';
import { VERSION } from '../../src/version.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const servers: Server[] = [];
async function serve(handler: Handler, server: Server = createHttp(handler)): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}
after(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))));

const json = (status: number, body: unknown): Handler => (_req, res) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

describe('the CLI’s HTTP client', () => {
  it('sends the key and its own user agent, and gives back the data', async () => {
    let seen: IncomingMessage | undefined;
    const port = await serve((req, res) => {
      seen = req;
      json(200, { success: true, data: { id: 'port_x' } })(req, res);
    });
    const api = connect(`http://127.0.0.1:${port}/`, 'ptk_key');
    assert.deepEqual(await data(api.GET('/v2/ports/{id}', { params: { path: { id: 'port_x' } } })), { id: 'port_x' });
    assert.equal(seen?.url, '/v2/ports/port_x');
    assert.equal(seen?.headers['x-auth-token'], 'ptk_key');
    assert.equal(seen?.headers['user-agent'], `porting-cli/${VERSION}`);
  });

  it('an error envelope is an ApiError with the status, code, message and details', async () => {
    const envelope = { success: false, error: { code: 'not_found', message: 'Port not found', details: [{ field: 'id', message: 'unknown' }] } };
    const port = await serve(json(404, envelope));
    const err = await answer(connect(`http://127.0.0.1:${port}`, 'k').GET('/v2/ports/{id}', { params: { path: { id: 'x' } } })).then(
      () => assert.fail('no error'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof ApiError);
    assert.deepEqual([err.status, err.code, err.message, err.details], [404, 'not_found', 'Port not found', [{ field: 'id', message: 'unknown' }]]);
  });

  it('something else answering (a page, a proxy error) is not taken for the API', async () => {
    const page = await serve((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>hello</html>'));
    await assert.rejects(answer(connect(`http://127.0.0.1:${page}`, 'k').GET('/v2/ports')), (e: unknown) => e instanceof UnreachableError && /did not answer as the porting API/.test(e.message));
    const proxy = await serve((_req, res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>'));
    await assert.rejects(
      answer(connect(`http://127.0.0.1:${proxy}`, 'k').GET('/v2/ports')),
      new UnreachableError("the server answered HTTP 502 without the API's error envelope; is --url the porting server?"),
    );
  });

  it('an untrusted certificate says so, and how to trust a self-signed one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'porting-cli-tls-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' });
    const handler = json(200, { success: true, data: [] });
    const port = await serve(handler, createHttps({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, handler));
    await assert.rejects(
      answer(connect(`https://localhost:${port}`, 'k').GET('/v2/ports')),
      new UnreachableError(`cannot reach https://localhost:${port}: its certificate is not trusted (DEPTH_ZERO_SELF_SIGNED_CERT); for a self-signed one, NODE_EXTRA_CA_CERTS=cert.pem`),
    );
  });

  it('refuses a URL that is not http(s) and a missing key before sending anything', () => {
    assert.throws(() => connect('ftp://example.com', 'k'), new UsageError('--url must be an http:// or https:// URL, got "ftp://example.com"'));
    assert.throws(() => connect('localhost:8443', 'k'), new UsageError('--url must be an http:// or https:// URL, got "localhost:8443"'));
    assert.throws(() => connect('http://localhost:8443', undefined), new UsageError('no API key: pass --key or set PORTING_API_KEY'));
    assert.throws(() => connect('http://localhost:8443', ''), new UsageError('no API key: pass --key or set PORTING_API_KEY'));
  });
});
