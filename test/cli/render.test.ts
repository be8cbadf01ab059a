/** The CLI's pure parts: how tables and fields are laid out, what each resource reads like, number lists, bodies from flags, error text. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Command } from 'commander';
import type { Port, PortEvent, PortOrder, Schemas } from '../../src/cli/api.ts';
import { ApiError, describeError, EXIT, UnreachableError, UsageError } from '../../src/cli/errors.ts';
import { ACCOUNT_FLAGS, bodyFrom, bodyOptions, NUMBER_FLAG, parseNumberList } from '../../src/cli/input.ts';
import { renderFields, renderTable } from '../../src/cli/output.ts';
import { createdWebhookView, DELIVERY_COLUMNS, eventLine, orderView, PORTABILITY_COLUMNS } from '../../src/cli/views.ts';

const ADDRESS = { street: '1 Market St', city: 'San Francisco', state: 'CA', postal_code: '94105', country: 'US' };
const CASCADE = { name: 'Cascade Voice', spid: '3003', wireless: false, pin_required: false };
const BLUEBELL = { name: 'Bluebell Communications', spid: '2002', wireless: false, pin_required: false };

describe('tables and fields', () => {
  it('pads each column to its widest cell, two spaces apart, a dash for nothing, no trailing spaces', () => {
    const rows = [
      { a: 'x', b: null, c: true },
      { a: 'longer', b: 12, c: false },
    ];
    const text = renderTable(
      [
        { header: 'a', value: (r: (typeof rows)[number]) => r.a },
        { header: 'bee', value: (r) => r.b },
        { header: 'c', value: (r) => r.c },
      ],
      rows,
    );
    assert.equal(text, 'A       BEE  C\nx       -    yes\nlonger  12   no\n');
  });

  it('keeps a row on one line whatever its text holds', () => {
    assert.equal(renderTable([{ header: 'm', value: (r: string) => r }], ['one\ntwo\tthree']), 'M\none two three\n');
  });

  it('lines up labels and indents the further lines of a value', () => {
    assert.equal(renderFields([['id', 'x'], ['messages', '- one\n- two'], ['none', null], ['flag', false]]), 'id        x\nmessages  - one\n          - two\nnone      -\nflag      no\n');
  });
});

describe('what each resource reads like', () => {
  const order: PortOrder = {
    id: 'ord_1',
    action_required: false,
    status: 'in_progress',
    numbers: [
      { number: '+12125551100', port_id: 'port_a', status: 'pending', losing_carrier: CASCADE },
      { number: '+14155551100', port_id: 'port_b', status: 'authorized', losing_carrier: BLUEBELL },
    ],
    sub_orders: [
      { id: 'sub_1', losing_carrier: CASCADE, numbers: ['+12125551100'], status: 'in_progress', foc_date: null },
      { id: 'sub_2', losing_carrier: BLUEBELL, numbers: ['+14155551100'], status: 'in_progress', foc_date: '2026-12-01' },
    ],
    requested_foc_date: null,
    requirements: { loa: 'signed', invoice: 'uploaded' },
    requirements_met: true,
    counts: { pending: 1, authorized: 1, in_progress: 0, completed: 0, failed: 0, cancelled: 0 },
    account_number: '****1001',
    billing_phone: '+14155551234',
    end_user_name: 'Acme Dental',
    end_user_address: ADDRESS,
    carrier_name: null,
    customer_reference: 'ticket-9',
    created_at: '2026-11-16T15:00:00.000Z',
    updated_at: '2026-11-16T16:00:00.000Z',
    submitted_at: '2026-11-16T16:00:00.000Z',
  };

  it('an order: its fields, a table of its numbers and one of its sub-orders', () => {
    assert.equal(
      orderView(order),
      [
        'id              ord_1',
        'status          in_progress',
        'ports           pending 1, authorized 1',
        'documents       loa signed, invoice uploaded',
        'carrier name    -',
        'account number  ****1001',
        'billing phone   +14155551234',
        'end user        Acme Dental',
        'address         1 Market St, San Francisco, CA 94105, US',
        'reference       ticket-9',
        'requested FOC   -',
        'created         2026-11-16T15:00:00.000Z',
        'updated         2026-11-16T16:00:00.000Z',
        'submitted       2026-11-16T16:00:00.000Z',
        '',
        'NUMBER        LOSING CARRIER                       PORT    STATUS',
        '+12125551100  Cascade Voice (SPID 3003)            port_a  pending',
        '+14155551100  Bluebell Communications (SPID 2002)  port_b  authorized',
        '',
        'SUB-ORDER  LOSING CARRIER                       NUMBERS  STATUS       FOC DATE',
        'sub_1      Cascade Voice (SPID 3003)            1        in_progress  -',
        'sub_2      Bluebell Communications (SPID 2002)  1        in_progress  2026-12-01',
        '',
      ].join('\n'),
    );
  });

  it('a draft says which documents are missing and has no sub-orders yet', () => {
    const draft: PortOrder = { ...order, status: 'draft', sub_orders: [], requirements: { loa: 'missing', invoice: 'uploaded' }, requirements_met: false };
    const text = orderView(draft);
    assert.match(text, /^documents {7}loa missing, invoice uploaded \(not met\)$/m);
    assert.doesNotMatch(text, /SUB-ORDER/);
  });

  it('portability results and deliveries as tables', () => {
    const results: Schemas['PortabilityResult'][] = [
      { number: '+12125551100', e164: '+12125551100', portable: true, reason: null, number_type: 'fixed_line_or_mobile', region: 'US', losing_carrier: CASCADE },
      { number: '(415) 555-1100', e164: '+14155551100', portable: false, reason: 'not_e164', number_type: null, region: null, losing_carrier: null },
    ];
    assert.equal(
      renderTable(PORTABILITY_COLUMNS, results),
      'NUMBER          E164          PORTABLE  REASON    LOSING CARRIER\n' +
        '+12125551100    +12125551100  yes       -         Cascade Voice (SPID 3003)\n' +
        '(415) 555-1100  +14155551100  no        not_e164  -\n',
    );
    const deliveries: Schemas['Delivery'][] = [
      { id: 'dlv_1', event_id: 'evt_1', event_type: 'webhook.test', status: 'failed', attempts: 10, next_attempt_at: null, last_response_status: null, last_error: 'timeout', created_at: 'T1', updated_at: 'T2' },
      { id: 'dlv_2', event_id: 'evt_2', event_type: 'port.created', status: 'succeeded', attempts: 1, next_attempt_at: null, last_response_status: 204, last_error: null, created_at: 'T3', updated_at: 'T4' },
    ];
    assert.equal(
      renderTable(DELIVERY_COLUMNS, deliveries),
      'ID     EVENT  TYPE          STATUS     ATTEMPTS  LAST RESULT  NEXT ATTEMPT  CREATED\n' +
        'dlv_1  evt_1  webhook.test  failed     10        timeout      -             T1\n' +
        'dlv_2  evt_2  port.created  succeeded  1         204          -             T3\n',
    );
  });

  it('a new webhook endpoint shows its secret, once', () => {
    const created: Schemas['CreatedWebhook'] = {
      id: 'whk_1',
      url: 'https://example.com/hooks',
      events: ['*'],
      description: null,
      enabled: true,
      disabled_reason: null,
      created_at: 'T1',
      updated_at: 'T1',
      secret: 'whsec_abc',
    };
    assert.equal(
      createdWebhookView(created),
      'id           whk_1\nurl          https://example.com/hooks\nevents       *\ndescription  -\nenabled      yes\nsecret       whsec_abc  (shown once: keep it to verify deliveries)\ncreated      T1\n',
    );
  });

  it('an event is one line: when, id, type, what it is about and what happened', () => {
    const port = { id: 'port_1', number: '+12125551100', status: 'authorized' } as Port;
    const at = '2026-11-18T15:00:00.000Z';
    const line = (type: PortEvent['type'], data: Record<string, unknown>) => eventLine({ id: 'evt_1', type, created_at: at, data });
    assert.equal(line('port.status_changed', { port, from: 'pending', to: 'authorized', message: 'Approved.' }), `${at}  evt_1  port.status_changed   port_1 +12125551100  pending → authorized: Approved.\n`);
    assert.equal(line('port.created', { port: { ...port, status: 'pending' } }), `${at}  evt_1  port.created          port_1 +12125551100  pending\n`);
    assert.equal(line('port.updated', { port, changes: ['account_number'], message: 'Corrected.' }), `${at}  evt_1  port.updated          port_1 +12125551100  account_number: Corrected.\n`);
    assert.equal(line('order.status_changed', { order: { id: 'ord_1' }, from: 'draft', to: 'in_progress' }), `${at}  evt_1  order.status_changed  ord_1  draft → in_progress\n`);
    assert.equal(line('webhook.test', { webhook_id: 'whk_1' }), `${at}  evt_1  webhook.test          whk_1\n`);
  });
});

describe('input', () => {
  it('numbers: one a line, or the first column of a CSV, skipping blank lines and a header', () => {
    assert.deepEqual(parseNumberList('+12125551100\n\n (415) 555-1100 \r\n'), ['+12125551100', '(415) 555-1100']);
    assert.deepEqual(parseNumberList('number,name\n+12125551100,Reception\n"+14155551100",Sales\n'), ['+12125551100', '+14155551100']);
    assert.deepEqual(parseNumberList('+12125551100,first line has a digit: no header\n'), ['+12125551100']);
    assert.deepEqual(parseNumberList(''), []);
  });

  it('a body: --file, with the fields of the flags given set on it (an address field inside the address)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'porting-cli-'));
    const file = join(dir, 'body.json');
    writeFileSync(file, JSON.stringify({ number: '+12125551100', end_user_address: ADDRESS, account_number: 'old' }));
    const cmd = bodyOptions(new Command('x').exitOverride(), [NUMBER_FLAG, ...ACCOUNT_FLAGS]);
    cmd.parse(['--file', file, '--account-number', 'new', '--city', 'Oakland', '--account-pin', '1234'], { from: 'user' });
    assert.deepEqual(bodyFrom(cmd.opts(), [NUMBER_FLAG, ...ACCOUNT_FLAGS]), {
      number: '+12125551100',
      end_user_address: { ...ADDRESS, city: 'Oakland' },
      account_number: 'new',
      account_pin: '1234',
    });
    const flagsOnly = bodyOptions(new Command('y').exitOverride(), ACCOUNT_FLAGS);
    flagsOnly.parse(['--postal-code', '10001'], { from: 'user' });
    assert.deepEqual(bodyFrom(flagsOnly.opts(), ACCOUNT_FLAGS), { end_user_address: { postal_code: '10001' } });
    writeFileSync(file, '[1]');
    assert.throws(() => bodyFrom({ file }, ACCOUNT_FLAGS), new UsageError(`${file} must hold a JSON object (the request body)`));
  });
});

describe('errors', () => {
  it('the API’s message and code, its details beneath unless the message says them already, exit 3', () => {
    const err = new ApiError(400, 'validation_failed', 'Invalid request: number is required', [
      { field: 'number', message: 'is required' },
      { field: 'billing_phone', message: 'is required' },
      { field: 'numbers[2]', message: 'cannot be ported', reason: 'port_exists' },
      { message: 'no field' },
    ]);
    assert.deepEqual(describeError(err), {
      text: 'porting: Invalid request: number is required (validation_failed, HTTP 400)\n  billing_phone: is required\n  numbers[2]: cannot be ported (reason=port_exists)\n  no field\n',
      code: EXIT.api,
    });
    const said = new ApiError(400, 'validation_failed', 'url: must be an https:// URL', [{ field: 'url', message: 'must be an https:// URL' }]);
    assert.equal(describeError(said)?.text, 'porting: url: must be an https:// URL (validation_failed, HTTP 400)\n');
  });

  it('usage 2, unreachable 4, anything else is not a client error', () => {
    assert.deepEqual(describeError(new UsageError('no key')), { text: 'porting: no key\n', code: 2 });
    assert.deepEqual(describeError(new UnreachableError('cannot reach x')), { text: 'porting: cannot reach x\n', code: 4 });
    assert.equal(describeError(new Error('boom')), null);
  });
});
