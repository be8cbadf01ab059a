/**
 * What `npm start` runs is the bundle `npm run build` makes (scripts/bundle.mjs: dist/server.js and
 * its chunks), not the sources the other tests run: this checks that the bundle serves every kind of
 * thing that reads files or loads code late — the API document with the version, the API reference's
 * own assets, the console, a PDF made by the LOA chunk with its fonts, an upload sniffed by
 * file-type, the metrics.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fixture, pdfText } from '../helpers/documents.ts';
import { freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { startServer, type ServerProcess } from '../helpers/process.ts';

const KEY_LINE = /API key \(shown once, keep it safe\): (ptk_[A-Za-z0-9_-]+)/;
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const DETAILS = {
  account_number: 'ACC-1001',
  billing_phone: '+14155551234',
  end_user_name: 'Acme Dental',
  end_user_address: { street: '1 Market St', city: 'San Francisco', state: 'CA', postal_code: '94105', country: 'US' },
};

describe('the bundle npm start runs', () => {
  // Inside the project, as dist/ is: the bundle finds package.json, web/dist and node_modules from there.
  const out = `.test-bundle-${process.pid}`;
  let dir: string;
  let db: TestDatabase;
  let server: ServerProcess;
  let key: string;
  const api = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, { ...init, headers: { 'x-auth-token': key, ...(init.headers as Record<string, string>) } });

  before(async () => {
    execFileSync(process.execPath, ['scripts/bundle.mjs', '--outdir', out], { stdio: 'pipe' });
    dir = mkdtempSync(join(tmpdir(), 'porting-bundle-'));
    db = await freshDatabase(join(dir, 'data'));
    server = await startServer({ DATABASE_URL: db.url, ...db.env, WORKER_POLL_MS: '20', WEBHOOK_ALLOW_PRIVATE: 'true' }, { entry: [`${out}/server.js`] });
    key = KEY_LINE.exec(server.output())?.[1] ?? '';
    assert.ok(key, server.output());
  });
  after(async () => {
    await server?.kill();
    await db?.drop();
    rmSync(out, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it('is one module and its chunks, the LOA code not in the first one', () => {
    const main = readFileSync(`${out}/server.js`, 'utf8');
    assert.doesNotMatch(main, /from "\.\.?\/src\//);
    assert.doesNotMatch(main, /PDFDocument\.create/);
  });

  it('is rebuilt in place: while two builds run at once (two npm starts), the module is always there, whole', async () => {
    // The tests after this one run on the server started before it, so its chunks loaded late (the
    // LOA's) come from the rebuilt folder.
    const whole = readFileSync(`${out}/server.js`, 'utf8');
    const build = () => new Promise<number | null>((res) => spawn(process.execPath, ['scripts/bundle.mjs', '--outdir', out], { stdio: 'ignore' }).once('exit', res));
    let running = true;
    const builds = Promise.all([build(), build()]).finally(() => (running = false));
    let reads = 0;
    while (running) {
      assert.equal(readFileSync(`${out}/server.js`, 'utf8'), whole, 'the module, whole, at every read');
      reads++;
      await new Promise((r) => setTimeout(r, 5));
    }
    assert.deepEqual(await builds, [0, 0]);
    assert.ok(reads > 10, `read ${reads} times during the builds`);
  });

  it('answers ready, and its API document carries the version', async () => {
    assert.equal((await fetch(`${server.url}/health/ready`)).status, 200);
    const doc = (await (await fetch(`${server.url}/v2/openapi.json`)).json()) as { info: { version: string } };
    assert.ok(doc.info.version.length > 0);
    const css = await fetch(`${server.url}/docs/static/swagger-ui.css`);
    assert.equal(css.status, 200);
    assert.match(await css.text(), /\.swagger-ui/);
    const page = await fetch(`${server.url}/sign-in`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<script type="module"[^>]+src="\/assets\//);
    const metrics = await fetch(`${server.url}/metrics`);
    assert.match(await metrics.text(), /^http_request_duration_seconds_bucket\{/m);
  });

  it('delivers a webhook, signed, with the package version in its User-Agent', async () => {
    const { startReceiver } = await import('../helpers/receiver.ts');
    const rx = await startReceiver();
    try {
      const created = await api('/v2/webhooks', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url: rx.url }) });
      assert.equal(created.status, 201, await created.clone().text());
      const port = await api('/v2/ports', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ number: '+14155550199', ...DETAILS }) });
      assert.equal(port.status, 201);
      const deadline = Date.now() + 20_000;
      while (rx.received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      const first = rx.received[0];
      assert.ok(first, 'no delivery within 20 s');
      assert.equal(first.headers['user-agent'], `porting-webhooks/${VERSION}`);
      assert.match(String(first.headers['webhook-signature']), /^v1,/);
    } finally {
      await rx.close();
    }
  });

  it('takes a port, makes an order’s LOA as a PDF, and sniffs an upload', async () => {
    const port = await api('/v2/ports', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ number: '+14155550100', ...DETAILS }) });
    assert.equal(port.status, 201, await port.clone().text());
    const order = await api('/v2/port_orders', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ numbers: ['+12125556101', '+14155556102'], ...DETAILS }) });
    assert.equal(order.status, 201, await order.clone().text());
    const { id } = ((await order.json()) as { data: { id: string } }).data;
    const loa = await api(`/v2/port_orders/${id}/loa`);
    assert.equal(loa.status, 200);
    assert.equal(loa.headers.get('content-type'), 'application/pdf');
    const text = await pdfText(new Uint8Array(await loa.arrayBuffer()));
    assert.match(text, /Acme Dental/);
    assert.match(text, /\+1 212-555-6101 Cascade Voice 3003 Wireline/);
    const form = new FormData();
    form.append('type', 'invoice');
    form.append('file', new Blob([new Uint8Array(fixture('bill.png'))], { type: 'application/pdf' }), 'bill.pdf');
    const upload = await api(`/v2/port_orders/${id}/documents`, { method: 'POST', body: form });
    assert.equal(upload.status, 201, await upload.clone().text());
    // A PNG sent as a PDF: the bytes decide what it is.
    const doc = ((await upload.json()) as { data: { content_type: string; filename: string; size: number } }).data;
    assert.deepEqual([doc.content_type, doc.filename, doc.size], ['image/png', 'bill.pdf.png', fixture('bill.png').length]);
  });
});
