/**
 * The `porting` CLI as a client (contract/console-cli.md "CLI client"), black-box: real server
 * processes, the real command. Server A runs without the worker (nothing moves, so each output can
 * be compared exactly with what the API answers); server B runs the simulator at TIME_SCALE=100000
 * for `ports watch` through completion and rejection.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { VALID_PORT } from '../helpers/app.ts';
import { freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { cli, freePort, runCli, startCli, startServer, type CliResult, type ServerProcess } from '../helpers/process.ts';

type Json = Record<string, any>;
const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const jsonLines = (items: unknown[]) => items.map((i) => JSON.stringify(i) + '\n').join('');
const parseLines = (text: string) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Json);
const ok = (r: CliResult, what = '') => assert.equal(r.status, 0, `${what} exit ${r.status}\n${r.stderr}${r.stdout}`);

/** The details flags of VALID_PORT. */
const DETAILS = ['--account-number', '123456789', '--carrier-name', 'Previous Provider', '--billing-phone', '+14155551234', '--end-user-name', 'John Doe',
  '--street', '123 Main St', '--city', 'San Francisco', '--state', 'CA', '--postal-code', '94102', '--country', 'US'];

/** Waits for a condition (a bound so a broken command fails instead of hanging), refreshing what it looks at first. */
async function until(what: string, check: () => boolean, refresh: () => Promise<void> = async () => {}): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    await refresh();
    if (check()) return;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the porting CLI as a client of a running server', () => {
  let dir: string;
  let dbA: TestDatabase;
  let dbB: TestDatabase;
  let a: ServerProcess;
  let b: ServerProcess;
  let alice: string;
  let bob: string;
  let carol: string;
  /** The CLI talking to server A as alice (env PORTING_URL, PORTING_API_KEY). */
  let asAlice: Record<string, string>;
  let asCarol: Record<string, string>;

  const api = async (server: ServerProcess, key: string, path: string, init: RequestInit = {}): Promise<Json> => {
    const res = await fetch(server.url + path, { ...init, headers: { 'X-Auth-Token': key, 'Content-Type': 'application/json' } });
    const body = (await res.json()) as Json;
    assert.ok(res.ok, JSON.stringify(body));
    return body;
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'porting-cli-'));
    dbA = await freshDatabase(join(dir, 'a'));
    dbB = await freshDatabase(join(dir, 'b'));
    const envA = { DATABASE_URL: dbA.url, ...dbA.env, WORKER: 'off', ORDER_REQUIREMENTS: '', WEBHOOK_ALLOW_PRIVATE: 'true' };
    const envB = { DATABASE_URL: dbB.url, ...dbB.env, TIME_SCALE: '100000', WORKER_POLL_MS: '20' };
    const key = (env: Record<string, string>, name: string) => (JSON.parse(cli(['accounts', 'create', '--name', name], env).stdout) as { api_key: string }).api_key;
    alice = key(envA, 'alice');
    bob = key(envA, 'bob');
    carol = key(envB, 'carol');
    [a, b] = await Promise.all([startServer(envA), startServer(envB)]);
    asAlice = { PORTING_URL: a.url, PORTING_API_KEY: alice };
    asCarol = { PORTING_URL: b.url, PORTING_API_KEY: carol };
  });
  after(async () => {
    await Promise.all([a?.kill(), b?.kill()]);
    await Promise.all([dbA.drop(), dbB.drop()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('porting --version prints the package version', async () => {
    for (const flag of ['--version', '-V']) {
      const r = await runCli([flag], {});
      ok(r);
      assert.equal(r.stdout, `${VERSION}\n`);
    }
  });

  describe('ports', () => {
    let port: Json;

    it('submit from flags prints the port exactly as the API has it', async () => {
      const r = await runCli(['ports', 'submit', '--number', '+12125551201', ...DETAILS, '--customer-reference', 'crm-1', '--idempotency-key', 'cli-1'], asAlice);
      ok(r);
      port = parseLines(r.stdout)[0]!;
      assert.equal(port['status'], 'pending');
      assert.equal(port['customer_reference'], 'crm-1');
      assert.equal(r.stdout, jsonLines([(await api(a, alice, `/v2/ports/${port['id']}`))['data']]));
      // The idempotency key was sent: the same submission again is the same port.
      const again = await runCli(['ports', 'submit', '--number', '+12125551201', ...DETAILS, '--customer-reference', 'crm-1', '--idempotency-key', 'cli-1'], asAlice);
      assert.equal(again.stdout, r.stdout);
    });

    it('submit from --file, flags setting fields on it; --url and --key win over the environment', async () => {
      const file = join(dir, 'body.json');
      writeFileSync(file, JSON.stringify({ ...VALID_PORT, number: '+12125551202', customer_reference: 'from-file' }));
      const env = { PORTING_URL: 'http://127.0.0.1:1', PORTING_API_KEY: 'ptk_wrong' };
      const r = await runCli(['ports', 'submit', '--file', file, '--customer-reference', 'from-flag', '--city', 'Oakland', '--url', a.url, '--key', alice], env);
      ok(r);
      const created = parseLines(r.stdout)[0]!;
      const stored = (await api(a, alice, `/v2/ports/${created['id']}`))['data'];
      assert.equal(r.stdout, jsonLines([stored]));
      assert.equal(stored.number, '+12125551202');
      assert.equal(stored.customer_reference, 'from-flag');
      assert.deepEqual(stored.end_user_address, { ...VALID_PORT.end_user_address, city: 'Oakland' });
    });

    it('get and list print exactly what the API answers; --all reads every page', async () => {
      const got = await runCli(['ports', 'get', port['id']], asAlice);
      ok(got);
      assert.equal(got.stdout, jsonLines([(await api(a, alice, `/v2/ports/${port['id']}`))['data']]));

      const everything = (await api(a, alice, '/v2/ports?limit=100'))['data'] as Json[];
      assert.ok(everything.length >= 2);
      const all = await runCli(['ports', 'list', '--all', '--limit', '1'], asAlice);
      ok(all);
      assert.equal(all.stdout, jsonLines(everything));
      const first = await runCli(['ports', 'list', '--limit', '1', '--json'], asAlice);
      assert.equal(first.stdout, jsonLines(everything.slice(0, 1)));
      const next = await runCli(['ports', 'list', '--limit', '1', '--after', everything[0]!['id']], asAlice);
      assert.equal(next.stdout, jsonLines(everything.slice(1, 2)));
      const byStatus = await runCli(['ports', 'list', '--status', 'cancelled'], asAlice);
      ok(byStatus);
      assert.equal(byStatus.stdout, '');
      const byNumber = await runCli(['ports', 'list', '--number', '+12125551201'], asAlice);
      assert.equal(byNumber.stdout, jsonLines([(await api(a, alice, `/v2/ports/${port['id']}`))['data']]));
    });

    it('correct sends the flags given; a part of the address is completed from the port', async () => {
      const r = await runCli(['ports', 'correct', port['id'], '--account-number', '55556666', '--postal-code', '94103'], asAlice);
      ok(r);
      const stored = (await api(a, alice, `/v2/ports/${port['id']}`))['data'];
      assert.equal(r.stdout, jsonLines([stored]));
      assert.equal(stored.account_number, '****6666');
      assert.deepEqual(stored.end_user_address, { ...VALID_PORT.end_user_address, postal_code: '94103' });
    });

    it('cancel, then watch a cancelled port: its events and exit 1', async () => {
      const r = await runCli(['ports', 'cancel', port['id'], '--reason', 'Customer is staying'], asAlice);
      ok(r);
      const stored = (await api(a, alice, `/v2/ports/${port['id']}`))['data'];
      assert.equal(stored.status, 'cancelled');
      assert.equal(r.stdout, jsonLines([stored]));

      const twice = await runCli(['ports', 'cancel', port['id']], asAlice);
      assert.equal(twice.status, 3);
      assert.equal(twice.stdout, '');
      assert.match(twice.stderr, /^porting: .+ \(invalid_transition, HTTP 409\)\n/);

      const watched = await runCli(['ports', 'watch', port['id']], asAlice);
      assert.equal(watched.status, 1, watched.stderr);
      const events = (await api(a, alice, `/v2/events?port_id=${port['id']}&limit=100`))['data'] as Json[];
      assert.deepEqual(events.map((e) => e['type']), ['port.created', 'port.updated', 'port.status_changed']);
      assert.equal(watched.stdout, jsonLines(events));
    });

    it('another account’s port is not found; a refused submission shows the API’s message and details', async () => {
      const other = await runCli(['ports', 'get', port['id'], '--key', bob], asAlice);
      assert.equal(other.status, 3);
      assert.equal(other.stderr, 'porting: Port not found (not_found, HTTP 404)\n');
      assert.equal(other.stdout, '');

      const refused = await runCli(['ports', 'submit', '--number', '+12125551203', '--end-user-name', 'Jo'], asAlice);
      assert.equal(refused.status, 3);
      assert.equal(refused.stdout, '');
      assert.equal(
        refused.stderr,
        'porting: Invalid request: account_number is required (validation_failed, HTTP 400)\n' +
          '  billing_phone: is required\n  end_user_address: is required\n',
      );
    });
  });

  it('portability check: numbers as arguments and from a CSV file, one result a line, as the API answers', async () => {
    const file = join(dir, 'numbers.csv');
    writeFileSync(file, 'number,name\n+16465551100,Reception\n"(415) 555-1100",Sales\n\n+19005551234,Hotline\n');
    const r = await runCli(['portability', 'check', '+12125551100', 'not a number', '--file', file], asAlice);
    ok(r);
    const expected = await api(a, alice, '/v2/portability_checks', {
      method: 'POST',
      body: JSON.stringify({ numbers: ['+12125551100', 'not a number', '+16465551100', '(415) 555-1100', '+19005551234'] }),
    });
    assert.equal(r.stdout, jsonLines(expected['data']));
    assert.deepEqual(parseLines(r.stdout).map((x) => x['reason']), [null, 'invalid_number', null, 'not_e164', 'number_type_not_portable']);

    const none = await runCli(['portability', 'check'], asAlice);
    assert.equal(none.status, 2);
    assert.equal(none.stderr, 'porting: give the numbers to check as arguments or with --file\n');
  });

  it('orders: create, list, get, submit and cancel, each printed as the API has it', async () => {
    const numbersFile = join(dir, 'order.txt');
    writeFileSync(numbersFile, '+14155551300\n+16505551300\n');
    const created = await runCli(['orders', 'create', '--number', '+12125551300', '--numbers-file', numbersFile, ...DETAILS, '--customer-reference', 'ticket-9'], asAlice);
    ok(created);
    const order = parseLines(created.stdout)[0]!;
    const get = async () => (await api(a, alice, `/v2/port_orders/${order['id']}`))['data'];
    assert.equal(created.stdout, jsonLines([await get()]));
    assert.deepEqual((order['numbers'] as Json[]).map((n) => n['number']), ['+12125551300', '+14155551300', '+16505551300']);
    assert.equal(order['status'], 'draft');

    const listed = await runCli(['orders', 'list'], asAlice);
    ok(listed);
    assert.equal(listed.stdout, jsonLines((await api(a, alice, '/v2/port_orders'))['data']));

    const submitted = await runCli(['orders', 'submit', order['id']], asAlice);
    ok(submitted);
    const afterSubmit = await get();
    assert.equal(afterSubmit.status, 'in_progress');
    assert.equal(submitted.stdout, jsonLines([afterSubmit]));
    const got = await runCli(['orders', 'get', order['id']], asAlice);
    assert.equal(got.stdout, jsonLines([afterSubmit]));

    const cancelled = await runCli(['orders', 'cancel', order['id'], '--reason', 'Staying'], asAlice);
    ok(cancelled);
    const afterCancel = await get();
    assert.equal(afterCancel.status, 'cancelled');
    assert.equal(cancelled.stdout, jsonLines([afterCancel]));

    const again = await runCli(['orders', 'submit', order['id']], asAlice);
    assert.equal(again.status, 3);
    assert.equal(
      again.stderr,
      'porting: Only a draft is submitted; this order is cancelled (invalid_transition, HTTP 409)\n' +
        '  status: cancelled orders are not submitted again (from=cancelled, to=in_progress)\n',
    );
  });

  it('webhooks: create (the secret once), list, test and the delivery log', async () => {
    const created = await runCli(['webhooks', 'create', 'http://127.0.0.1:9/hooks', '--events', 'port.created,port.status_changed', '--description', 'CRM sync'], asAlice);
    ok(created);
    const endpoint = parseLines(created.stdout)[0]!;
    assert.match(endpoint['secret'], /^whsec_/);
    const stored = (await api(a, alice, `/v2/webhooks/${endpoint['id']}`))['data'];
    assert.equal(created.stdout, jsonLines([{ ...stored, secret: endpoint['secret'] }]));
    assert.deepEqual(stored.events, ['port.created', 'port.status_changed']);

    const listed = await runCli(['webhooks', 'list'], asAlice);
    assert.equal(listed.stdout, jsonLines((await api(a, alice, '/v2/webhooks'))['data']));

    const tested = await runCli(['webhooks', 'test', endpoint['id']], asAlice);
    ok(tested);
    const sent = parseLines(tested.stdout)[0]!;
    assert.deepEqual(Object.keys(sent), ['event_id', 'delivery_id']);

    const deliveries = await runCli(['webhooks', 'deliveries', endpoint['id']], asAlice);
    ok(deliveries);
    const log = (await api(a, alice, `/v2/webhooks/${endpoint['id']}/deliveries`))['data'] as Json[];
    assert.equal(deliveries.stdout, jsonLines(log));
    assert.ok(log.some((d) => d['id'] === sent['delivery_id'] && d['event_type'] === 'webhook.test'));

    const refused = await runCli(['webhooks', 'create', 'ftp://example.com/x'], asAlice);
    assert.equal(refused.status, 3);
    assert.match(refused.stderr, /^porting: url: .+ \(validation_failed, HTTP 400\)\n$/);
  });

  it('events tail prints the feed; --follow keeps printing what happens next', async () => {
    const feed = async () => {
      const events: Json[] = [];
      let after = '';
      for (;;) {
        const page = await api(a, alice, `/v2/events?limit=100${after ? `&after=${after}` : ''}`);
        events.push(...page['data']);
        if (!page['pagination'].next_cursor) return events;
        after = page['pagination'].next_cursor;
      }
    };
    // On PostgreSQL the feed shows a change once every older transaction has ended (README "The event
    // feed"): wait until the latest write is in it, so the command and this test read the same feed.
    const latest = await api(a, alice, '/v2/ports', { method: 'POST', body: JSON.stringify({ ...VALID_PORT, number: '+12125551208' }) });
    let before: Json[] = [];
    await until('the latest port in the feed', () => before.some((e) => e['data'].port?.id === latest['data'].id), async () => {
      before = await feed();
    });
    const tail = await runCli(['events', 'tail'], asAlice);
    ok(tail);
    assert.equal(tail.stdout, jsonLines(before));
    const last = before.at(-1)!['id'] as string;

    const follow = startCli(['events', 'tail', '--follow', '--after', last, '--interval', '100'], asAlice);
    try {
      const submitted = await api(a, alice, '/v2/ports', { method: 'POST', body: JSON.stringify({ ...VALID_PORT, number: '+12125551204' }) });
      await until('the new port in the followed feed', () => follow.stdout().includes(submitted['data'].id));
      const lines = parseLines(follow.stdout());
      assert.equal(lines.length, 1);
      assert.equal(lines[0]!['type'], 'port.created');
      assert.deepEqual(lines[0]!['data'].port, submitted['data']);
      assert.equal(follow.child.exitCode, null, '--follow keeps going');
    } finally {
      follow.child.kill('SIGTERM');
      await follow.done;
    }
  });

  describe('problems: stderr and the exit code', () => {
    it('a bad key is the API’s 401 with a hint, exit 3', async () => {
      const r = await runCli(['ports', 'list'], { ...asAlice, PORTING_API_KEY: 'ptk_not_a_real_key' });
      assert.equal(r.status, 3);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, 'porting: The API key is not valid or has been revoked (unauthorized, HTTP 401): check --key or PORTING_API_KEY\n');
    });

    it('no key, a bad option value or an unreadable file: exit 2 before anything is sent', async () => {
      const noKey = await runCli(['ports', 'list', '--url', a.url], { PORTING_API_KEY: '' });
      assert.equal(noKey.status, 2);
      assert.equal(noKey.stderr, 'porting: no API key: pass --key or set PORTING_API_KEY\n');
      const badLimit = await runCli(['ports', 'list', '--limit', '0'], asAlice);
      assert.equal(badLimit.status, 2);
      assert.match(badLimit.stderr, /--limit <n>' argument '0' is invalid\. must be a whole number from 1 to 100\./);
      const missing = await runCli(['ports', 'submit', '--file', join(dir, 'nope.json')], asAlice);
      assert.equal(missing.status, 2);
      assert.equal(missing.stderr, `porting: cannot read ${join(dir, 'nope.json')}: ENOENT\n`);
      const notJson = join(dir, 'bad.json');
      writeFileSync(notJson, '{"number": ');
      const garbled = await runCli(['ports', 'submit', '--file', notJson], asAlice);
      assert.equal(garbled.status, 2);
      assert.match(garbled.stderr, new RegExp(`^porting: ${notJson} is not JSON: `));
      const badUrl = await runCli(['ports', 'list', '--url', 'localhost:8443'], asAlice);
      assert.equal(badUrl.status, 2);
      assert.equal(badUrl.stderr, 'porting: --url must be an http:// or https:// URL, got "localhost:8443"\n');
    });

    it('no server at the URL: exit 4, saying where it looked', async () => {
      const url = `http://127.0.0.1:${await freePort()}`;
      const r = await runCli(['ports', 'list'], { ...asAlice, PORTING_URL: url });
      assert.equal(r.status, 4);
      assert.equal(r.stderr, `porting: cannot reach ${url}: ECONNREFUSED (is the server running? --url or PORTING_URL says where)\n`);
    });
  });

  describe('on a terminal: tables', () => {
    it('ports list is a table with a column per field, a row per port, and says when there are more', async () => {
      const everything = (await api(a, alice, '/v2/ports?limit=100'))['data'] as Json[];
      const r = await runCli(['ports', 'list', '--all'], asAlice, { tty: true });
      ok(r);
      const [header, ...rows] = r.stdout.trimEnd().split('\n');
      assert.match(header!, /^ID {2,}NUMBER {2,}STATUS {2,}CARRIER STATUS {2,}FOC DATE {2,}REFERENCE {2,}UPDATED$/);
      assert.equal(rows.length, everything.length);
      rows.forEach((row, i) => {
        const p = everything[i]!;
        assert.ok(row.startsWith(`${p['id']}  `), row);
        assert.equal(row.indexOf(`${p['number']}  `), header!.indexOf('NUMBER'), row);
        assert.equal(row.indexOf(`${p['status']}  `, header!.indexOf('STATUS')), header!.indexOf('STATUS'), row);
        assert.ok(row.endsWith(p['updated_at']), row);
      });
      const paged = await runCli(['ports', 'list', '--limit', '1'], asAlice, { tty: true });
      assert.equal(paged.stdout.trimEnd().split('\n').at(-1), `More ports: --all for every page, or --after ${everything[0]!['id']} for the next.`);
      const empty = await runCli(['ports', 'list', '--key', bob], asAlice, { tty: true });
      assert.equal(empty.stdout, 'No ports.\n');
      const json = await runCli(['ports', 'list', '--all', '--json'], asAlice, { tty: true });
      assert.equal(json.stdout, jsonLines(everything));
    });

    it('ports get is the port’s fields, one a line', async () => {
      const submitted = (await api(a, alice, '/v2/ports', { method: 'POST', body: JSON.stringify({ ...VALID_PORT, number: '+12125551205', customer_reference: 'crm-5' }) }))['data'];
      const r = await runCli(['ports', 'get', submitted.id], asAlice, { tty: true });
      ok(r);
      assert.equal(
        r.stdout,
        [
          `id                    ${submitted.id}`,
          'number                +12125551205 (US, fixed_line_or_mobile)',
          'status                pending (carrier: pending_transfer)',
          'losing carrier        Cascade Voice (SPID 3003)',
          'carrier name          Previous Provider',
          'account number        *****6789',
          'billing phone         +14155551234',
          'end user              John Doe',
          'address               123 Main St, San Francisco, CA 94102, US',
          'reference             crm-5',
          'requested FOC         -',
          'FOC date              -',
          `estimated completion  ${submitted.estimated_completion}`,
          `created               ${submitted.created_at}`,
          `updated               ${submitted.updated_at}`,
          `messages              - ${submitted.messages[0]}`,
          '',
        ].join('\n'),
      );
    });

    it('portability, orders, webhooks, deliveries and events print for people too', async () => {
      const tty = (...args: string[]) => runCli(args, asAlice, { tty: true });
      const check = await tty('portability', 'check', '+12125551100', '+19005551234');
      assert.match(check.stdout, /^NUMBER {2,}E164 {2,}PORTABLE {2,}REASON {2,}LOSING CARRIER\n\+12125551100 {2,}\+12125551100 {2,}yes {2,}- {2,}Cascade Voice \(SPID 3003\)\n\+19005551234 {2,}.+ no {2,}number_type_not_portable /);

      const order = ((await api(a, alice, '/v2/port_orders'))['data'] as Json[])[0]!;
      const orders = await tty('orders', 'list');
      assert.match(orders.stdout, new RegExp(`^ID {2,}STATUS {2,}NUMBERS {2,}DOCUMENTS {2,}REFERENCE {2,}CREATED\\n${order['id']} {2,}cancelled {2,}3 {2,}loa missing, invoice missing {2,}ticket-9 `));
      const one = await tty('orders', 'get', order['id']);
      assert.match(one.stdout, new RegExp(`^id {14}${order['id']}\\nstatus {10}cancelled\\nports {11}cancelled 3\\n`));
      assert.match(one.stdout, /\n\nNUMBER {8}LOSING CARRIER {2,}PORT {2,}STATUS\n\+12125551300 {2}Cascade Voice \(SPID 3003\) {2,}port_\S+ {2}cancelled\n/);
      assert.match(one.stdout, /\n\nSUB-ORDER {2,}LOSING CARRIER {2,}NUMBERS {2,}STATUS {2,}FOC DATE\n/);

      const hook = ((await api(a, alice, '/v2/webhooks'))['data'] as Json[])[0]!;
      const hooks = await tty('webhooks', 'list');
      assert.equal(hook['id'].length, 20);
      assert.equal(
        hooks.stdout,
        `ID${' '.repeat(20)}URL${' '.repeat(23)}EVENTS${' '.repeat(28)}ENABLED  DESCRIPTION\n` +
          `${hook['id']}  http://127.0.0.1:9/hooks  port.created,port.status_changed  yes      CRM sync\n`,
      );
      const deliveries = await tty('webhooks', 'deliveries', hook['id']);
      const [head, ...rows] = deliveries.stdout.trimEnd().split('\n');
      assert.match(head!, /^ID {2,}EVENT {2,}TYPE {2,}STATUS {2,}ATTEMPTS {2,}LAST RESULT {2,}NEXT ATTEMPT {2,}CREATED$/);
      const log = (await api(a, alice, `/v2/webhooks/${hook['id']}/deliveries`))['data'] as Json[];
      assert.deepEqual(
        rows.map((r) => r.split(/ {2,}/)),
        log.map((d) => [d['id'], d['event_id'], d['event_type'], 'pending', '0', '-', d['next_attempt_at'], d['created_at']]),
      );
      const created = await tty('webhooks', 'create', 'http://127.0.0.1:9/other');
      assert.match(created.stdout, /\nsecret {7}whsec_\S+ {2}\(shown once: keep it to verify deliveries\)\n/);

      const events = await tty('events', 'tail', '--type', 'order.status_changed');
      const lines = events.stdout.trimEnd().split('\n');
      assert.ok(lines.length >= 2);
      for (const line of lines) assert.match(line, /^\S+Z {2}evt_\S+ {2}order\.status_changed {2}ord_\S+ {2}\S+ → \S+$/);
    });
  });

  describe('ports watch (simulator, TIME_SCALE=100000)', () => {
    const submit = async (number: string) => {
      const r = await runCli(['ports', 'submit', '--number', number, ...DETAILS], asCarol);
      ok(r, 'submit');
      return parseLines(r.stdout)[0]!['id'] as string;
    };
    const eventsOf = async (id: string) => (await api(b, carol, `/v2/events?port_id=${id}&limit=100`))['data'] as Json[];

    it('follows a port to completed: every event a line, exit 0', async () => {
      const id = await submit('+12125551206');
      const r = await runCli(['ports', 'watch', id, '--interval', '100'], asCarol);
      ok(r, 'watch');
      const events = await eventsOf(id);
      assert.equal(r.stdout, jsonLines(events));
      assert.deepEqual(events.map((e) => e['data'].port.status), ['pending', 'authorized', 'in_progress', 'completed']);
      const again = await runCli(['ports', 'watch', id], asCarol);
      ok(again, 'watch of a completed port');
      assert.equal(again.stdout, r.stdout);
    });

    it('a rejected port ends the watch with exit 1; corrected, it is watched to completion', async () => {
      const id = await submit('+12125550102');
      const rejected = await runCli(['ports', 'watch', id, '--interval', '100'], asCarol);
      assert.equal(rejected.status, 1, rejected.stderr);
      const last = parseLines(rejected.stdout).at(-1)!;
      assert.equal(last['data'].port.status, 'failed');
      assert.equal(last['data'].port.rejection.code, 'PIN_INVALID');
      assert.equal(rejected.stdout, jsonLines(await eventsOf(id)));

      ok(await runCli(['ports', 'correct', id, '--account-pin', '2468'], asCarol), 'correct');
      const completed = await runCli(['ports', 'watch', id, '--interval', '100'], asCarol);
      ok(completed, 'watch after the correction');
      const statuses = parseLines(completed.stdout).map((e) => e['data'].port.status);
      assert.deepEqual(statuses, ['pending', 'failed', 'pending', 'authorized', 'in_progress', 'completed']);
    });

    it('on a terminal, one live line: the way so far and the latest message', async () => {
      const id = await submit('+12125551207');
      const r = await runCli(['ports', 'watch', id, '--interval', '100'], asCarol, { tty: true });
      ok(r, 'watch');
      assert.ok(r.stdout.startsWith('\r\x1b[2K'), JSON.stringify(r.stdout.slice(0, 20)));
      assert.ok(r.stdout.endsWith('\n'));
      assert.equal(r.stdout.split('\n').length, 2, 'one line, rewritten in place');
      const final = r.stdout.split('\r\x1b[2K').at(-1);
      assert.equal(final, `${id}  +12125551207  pending → authorized → in_progress → completed  Number successfully transferred to Audian\n`);
    });

    it('a rejected port on a terminal says how to resubmit it', async () => {
      const id = await submit('+12125550105');
      const r = await runCli(['ports', 'watch', id, '--interval', '100'], asCarol, { tty: true });
      assert.equal(r.status, 1);
      const [line, hint] = r.stdout.split('\r\x1b[2K').at(-1)!.split('\n');
      assert.match(line!, new RegExp(`^${id}  \\+12125550105  pending → failed  Port rejected: `));
      assert.equal(hint, `To resubmit it: porting ports correct ${id} with the corrected details (porting ports correct --help lists them).`);
    });
  });
});
