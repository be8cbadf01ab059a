/**
 * The client commands of `porting` (contract/console-cli.md "CLI client"): ports, portability,
 * orders, events and webhooks, spoken over HTTP to a running server with an API key. Results go to
 * stdout (tables on a terminal, JSON lines otherwise or with --json); problems to stderr.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { paths } from '../generated/openapi.d.ts';
import { answer, connect, data, type Api, type Port, type Schemas } from './api.ts';
import { EXIT, UsageError } from './errors.ts';
import { ACCOUNT_FLAGS, ADDRESS_FIELDS, bodyFrom, bodyOptions, NUMBER_FLAG, readNumberList, SUBMISSION_FLAGS, type Body } from './input.ts';
import { outputFor, renderFields, renderTable, type Column, type Output } from './output.ts';
import {
  createdWebhookView,
  DELIVERY_COLUMNS,
  eventLine,
  ORDER_COLUMNS,
  orderView,
  PORT_COLUMNS,
  PORTABILITY_COLUMNS,
  portView,
  WEBHOOK_COLUMNS,
} from './views.ts';

export const DEFAULT_URL = 'http://localhost:8443';
const FINAL = new Set(['completed', 'failed', 'cancelled']);
/** The API's largest page: lists with --all, the event feed and watch read this many at a time. */
const PAGE = 100;

/** The options of the client commands, as commander parses them (each command has its own share). */
type Opts = {
  url: string;
  key?: string;
  json?: boolean;
  file?: string;
  idempotencyKey?: string;
  reason?: string;
  status?: string;
  number?: string | string[];
  numbersFile?: string;
  order?: string;
  limit?: number;
  after?: string;
  all?: boolean;
  interval: number;
  follow?: boolean;
  type?: string;
  port?: string;
  events?: string;
  description?: string;
  [flag: string]: unknown;
};
/**
 * A query parameter of a GET operation. Values from the command line go as typed; the API
 * validates them and says what is wrong (exit 3).
 */
type Query<P extends keyof paths, K extends string> = P extends keyof paths
  ? paths[P] extends { get: { parameters: { query?: infer Q } } }
    ? K extends keyof NonNullable<Q>
      ? NonNullable<Q>[K]
      : never
    : never
  : never;
interface Ctx {
  api: Api;
  out: Output;
  opts: Opts;
}
/** What an action does; a number it returns is the exit code. */
type Action = (ctx: Ctx, ...args: any[]) => Promise<number | void>; // the command's arguments, as declared with it

const whole = (min: number, max: number) => (raw: string) => {
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) throw new InvalidArgumentError(`must be a whole number from ${min} to ${max}.`);
  return Number(raw);
};
const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * Registers the client commands on `program`; `setExit` receives an action's exit code. Every
 * client command takes --url (PORTING_URL), --key (PORTING_API_KEY) and --json.
 */
export function addClientCommands(program: Command, setExit: (code: number) => void): void {
  const command = (parent: Command, name: string, description: string, action: Action): Command =>
    parent
      .command(name)
      .description(description)
      .addOption(new Option('--url <url>', 'the porting server').env('PORTING_URL').default(DEFAULT_URL).helpGroup('Server and output:'))
      .addOption(new Option('--key <key>', 'your API key (X-Auth-Token)').env('PORTING_API_KEY').helpGroup('Server and output:'))
      .addOption(new Option('--json', 'one JSON object a line (the default when stdout is not a terminal)').helpGroup('Server and output:'))
      .action(async (...args: unknown[]) => {
        const cmd = args[args.length - 1] as Command;
        const opts = cmd.opts<Opts>();
        const code = await action({ api: connect(opts.url, opts.key), out: outputFor(opts), opts }, ...args.slice(0, -2));
        setExit(code ?? EXIT.ok);
      });

  const pageOptions = (cmd: Command) =>
    cmd
      .option('--limit <n>', 'page size (1 to 100)', whole(1, PAGE))
      .option('--after <cursor>', 'start after this id (the previous page’s last)')
      .option('--all', 'every page, not only the first');

  // ---- ports
  const ports = program.command('ports').description('your ports (client: talks to a running server)');
  bodyOptions(
    command(ports, 'submit', 'submit a port: flags for the fields, or --file body.json', async ({ api, out, opts }) => {
      const body = bodyFrom(opts, [NUMBER_FLAG, ...ACCOUNT_FLAGS, ...SUBMISSION_FLAGS]);
      const header = opts.idempotencyKey ? { 'idempotency-key': opts.idempotencyKey } : {};
      out.item(await data(api.POST('/v2/ports', { body: body as Schemas['SubmitPortRequest'], params: { header } })), portView);
    }).option('--idempotency-key <key>', 'makes a retried submission safe (the same key and body return the first answer)'),
    [NUMBER_FLAG, ...ACCOUNT_FLAGS, ...SUBMISSION_FLAGS],
  );
  command(ports, 'get', 'a port', async ({ api, out }, id: string) => {
    out.item(await getPort(api, id), portView);
  }).argument('<id>', 'port id');
  pageOptions(
    command(ports, 'list', 'your ports, newest first', async ({ api, out, opts }) => {
      await list(out, opts, 'ports', PORT_COLUMNS, async (after) =>
        answer(api.GET('/v2/ports', { params: { query: { status: opts.status as Query<'/v2/ports', 'status'>, number: opts.number as string | undefined, order_id: opts.order, limit: pageSize(opts), after } } })),
      );
    })
      .option('--status <status>', 'only ports in this status (pending, authorized, in_progress, completed, failed, cancelled)')
      .option('--number <e164>', 'only ports of this number')
      .option('--order <id>', 'only the ports of this order'),
  );
  command(ports, 'cancel', 'cancel a port (while pending or authorized)', async ({ api, out, opts }, id: string) => {
    const body = opts.reason ? { reason: opts.reason } : {};
    out.item(await data(api.POST('/v2/ports/{id}/cancel', { params: { path: { id } }, body })), portView);
  })
    .argument('<id>', 'port id')
    .option('--reason <text>', 'why (shown in the port’s messages)');
  bodyOptions(
    command(ports, 'correct', 'correct a port’s account details (pending), or resubmit a failed port with them', async ({ api, out, opts }, id: string) => {
      const body = bodyFrom(opts, ACCOUNT_FLAGS);
      await completeAddress(api, id, body);
      out.item(await data(api.PATCH('/v2/ports/{id}', { params: { path: { id } }, body: body as Schemas['CorrectPortRequest'] })), portView);
    }).argument('<id>', 'port id'),
    ACCOUNT_FLAGS,
  );
  command(ports, 'watch', 'follow a port through its lifecycle until it ends: exit 0 when completed, 1 when failed or cancelled', async ({ api, out, opts }, id: string) =>
    watchPort(api, out, id, opts.interval),
  )
    .argument('<id>', 'port id')
    .option('--interval <ms>', 'how often to look for changes', whole(50, 600_000), 1000);

  // ---- portability
  const portability = program.command('portability').description('which numbers can be ported (client)');
  command(portability, 'check', 'check numbers: as arguments, or --file with one a line (or CSV)', async ({ api, out, opts }, given: string[]) => {
    const numbers = [...given, ...(opts.file ? readNumberList(opts.file) : [])];
    if (numbers.length === 0) throw new UsageError('give the numbers to check as arguments or with --file');
    const results: Schemas['PortabilityResult'][] = [];
    for (let i = 0; i < numbers.length; i += 1000) {
      results.push(...(await data(api.POST('/v2/portability_checks', { body: { numbers: numbers.slice(i, i + 1000) } }))));
    }
    out.items(results, () => renderTable(PORTABILITY_COLUMNS, results));
  })
    .argument('[numbers...]', 'numbers, as you have them')
    .option('--file <path>', 'one number a line, or CSV with the numbers in the first column (- for stdin)');

  // ---- orders
  const orders = program.command('orders').description('port orders: many numbers with one set of account details (client)');
  bodyOptions(
    command(orders, 'create', 'draft an order: --number (repeat it) or --numbers-file, the account details as flags, or --file body.json', async ({ api, out, opts }) => {
      const body = bodyFrom(opts, [...ACCOUNT_FLAGS, ...SUBMISSION_FLAGS]);
      const numbers = [...((opts.number as string[] | undefined) ?? []), ...(opts.numbersFile ? readNumberList(opts.numbersFile) : [])];
      if (numbers.length) body['numbers'] = numbers;
      const header = opts.idempotencyKey ? { 'idempotency-key': opts.idempotencyKey } : {};
      out.item(await data(api.POST('/v2/port_orders', { body: body as Schemas['CreateOrderRequest'], params: { header } })), orderView);
    })
      .option('--number <e164>', 'a number of the order (repeat for each)', collect)
      .option('--numbers-file <path>', 'the numbers: one a line, or CSV with them in the first column')
      .option('--idempotency-key <key>', 'makes a retried creation safe'),
    [...ACCOUNT_FLAGS, ...SUBMISSION_FLAGS],
  );
  command(orders, 'get', 'an order with its numbers and sub-orders', async ({ api, out }, id: string) => {
    out.item(await data(api.GET('/v2/port_orders/{id}', { params: { path: { id } } })), orderView);
  }).argument('<id>', 'order id');
  pageOptions(
    command(orders, 'list', 'your orders, newest first', async ({ api, out, opts }) => {
      await list(out, opts, 'orders', ORDER_COLUMNS, async (after) =>
        answer(api.GET('/v2/port_orders', { params: { query: { status: opts.status as Query<'/v2/port_orders', 'status'>, limit: pageSize(opts), after } } })),
      );
    }).option('--status <status>', 'only orders in this status (draft, in_progress, action_required, completed, cancelled)'),
  );
  command(orders, 'submit', 'submit a draft: one port per number, split by losing carrier', async ({ api, out }, id: string) => {
    out.item(await data(api.POST('/v2/port_orders/{id}/submit', { params: { path: { id } } })), orderView);
  }).argument('<id>', 'order id');
  command(orders, 'cancel', 'cancel a draft, or every port of the order that may still be cancelled', async ({ api, out, opts }, id: string) => {
    const body = opts.reason ? { reason: opts.reason } : {};
    out.item(await data(api.POST('/v2/port_orders/{id}/cancel', { params: { path: { id } }, body })), orderView);
  })
    .argument('<id>', 'order id')
    .option('--reason <text>', 'why (shown in each port’s messages)');

  // ---- events
  const events = program.command('events').description('your account’s event feed (client)');
  command(events, 'tail', 'the feed, oldest first, from the start or --after; --follow keeps printing new events', async ({ api, out, opts }) => {
    let after = opts.after;
    let printed = 0;
    for (;;) {
      const page = await answer(api.GET('/v2/events', { params: { query: { after, limit: PAGE, type: opts.type as Query<'/v2/events', 'type'>, port_id: opts.port } } }));
      out.items(page.data, () => page.data.map(eventLine).join(''));
      printed += page.data.length;
      after = page.data.at(-1)?.id ?? after;
      if (page.pagination.next_cursor) continue;
      if (!opts.follow) break;
      await sleep(opts.interval);
    }
    if (printed === 0 && !out.json) out.write('No events.\n');
  })
    .option('--follow', 'keep polling for new events (stop with Ctrl-C)')
    .option('--after <event_id>', 'start after this event (the last one you saw)')
    .option('--type <type>', 'only events of this type (port.created, port.status_changed, port.updated, order.created, order.status_changed, webhook.test)')
    .option('--port <id>', 'only events about this port')
    .option('--interval <ms>', 'how often --follow polls', whole(50, 600_000), 1000);

  // ---- webhooks
  const webhooks = program.command('webhooks').description('webhook endpoints and their deliveries (client)');
  command(webhooks, 'create', 'add an endpoint; its signing secret is shown once', async ({ api, out, opts }, url: string) => {
    const body: Schemas['CreateWebhookRequest'] = { url };
    if (opts.events) body.events = opts.events.split(',').map((e) => e.trim()) as Schemas['CreateWebhookRequest']['events'];
    if (opts.description) body.description = opts.description;
    out.item(await data(api.POST('/v2/webhooks', { body })), createdWebhookView);
  })
    .argument('<endpoint_url>', 'https:// URL that receives the events')
    .option('--events <types>', 'event types, comma-separated (default: all)')
    .option('--description <text>', 'your note about the endpoint');
  pageOptions(
    command(webhooks, 'list', 'your endpoints, newest first', async ({ api, out, opts }) => {
      await list(out, opts, 'webhook endpoints', WEBHOOK_COLUMNS, async (after) => answer(api.GET('/v2/webhooks', { params: { query: { limit: pageSize(opts), after } } })));
    }),
  );
  command(webhooks, 'test', 'send a webhook.test event to an endpoint', async ({ api, out }, id: string) => {
    out.item(await data(api.POST('/v2/webhooks/{id}/test', { params: { path: { id } } })), (sent) =>
      renderFields([
        ['event', sent.event_id],
        ['delivery', sent.delivery_id],
      ]),
    );
  }).argument('<id>', 'webhook endpoint id');
  pageOptions(
    command(webhooks, 'deliveries', 'an endpoint’s delivery log, newest first', async ({ api, out, opts }, id: string) => {
      await list(out, opts, 'deliveries', DELIVERY_COLUMNS, async (after) =>
        answer(api.GET('/v2/webhooks/{id}/deliveries', { params: { path: { id }, query: { status: opts.status as Query<'/v2/webhooks/{id}/deliveries', 'status'>, limit: pageSize(opts), after } } })),
      );
    })
      .argument('<id>', 'webhook endpoint id')
      .option('--status <status>', 'only deliveries in this state (pending, succeeded, failed)'),
  );
}

/** --limit, or the largest page when every page is read. */
const pageSize = (opts: Opts): number | undefined => opts.limit ?? (opts.all ? PAGE : undefined);

/** Prints a list: each page's items as JSON lines as they come, or one table of every page read. */
async function list<T>(
  out: Output,
  opts: Opts,
  noun: string,
  columns: readonly Column<T>[],
  page: (after: string | undefined) => Promise<{ data: T[]; pagination: { next_cursor?: string | null } }>,
): Promise<void> {
  let after = opts.after;
  const rows: T[] = [];
  for (;;) {
    const p = await page(after);
    if (out.json) out.lines(p.data);
    else rows.push(...p.data);
    after = p.pagination.next_cursor ?? undefined;
    if (!opts.all || !after) break;
  }
  if (out.json) return;
  out.write(rows.length ? renderTable(columns, rows) : `No ${noun}.\n`);
  if (after) out.write(`More ${noun}: --all for every page, or --after ${after} for the next.\n`);
}

const getPort = (api: Api, id: string) => data(api.GET('/v2/ports/{id}', { params: { path: { id } } }));

/** A correction that names part of the address: the rest is the port's current address. */
async function completeAddress(api: Api, id: string, body: Body): Promise<void> {
  const given = body['end_user_address'];
  if (typeof given !== 'object' || given === null || ADDRESS_FIELDS.every((f) => f in given)) return;
  body['end_user_address'] = { ...(await getPort(api, id)).end_user_address, ...given };
}

/**
 * Follows a port through the event feed until it is completed (0), failed or cancelled (1). On a
 * terminal one line shows the way so far and the latest message; otherwise each event is a JSON line.
 */
async function watchPort(api: Api, out: Output, id: string, intervalMs: number): Promise<number> {
  let port: Port = await getPort(api, id); // 404 for a port that is not yours
  const path: string[] = [];
  const line = () => `${port.id}  ${port.number}  ${path.join(' → ')}  ${port.messages.at(-1) ?? ''}`.trimEnd();
  const show = (final: boolean) => {
    if (out.json) return;
    const width = out.columns;
    const text = final || !width ? line() : line().slice(0, width - 1);
    out.write(`\r\x1b[2K${text}${final ? '\n' : ''}`);
  };
  let after: string | undefined;
  let seen = 0;
  for (;;) {
    const page = await answer(api.GET('/v2/events', { params: { query: { port_id: id, after, limit: PAGE } } }));
    for (const event of page.data) {
      if (out.json) out.lines([event]);
      const at = event.data['port'] as Port | undefined;
      if (at) port = at;
      if (path.at(-1) !== port.status) path.push(port.status);
    }
    seen += page.data.length;
    after = page.data.at(-1)?.id ?? after;
    if (page.pagination.next_cursor) continue;
    if (seen === 0 && path.length === 0) path.push(port.status); // no events (a port older than the feed)
    // The feed may show a change a moment after it is made (PostgreSQL, README "The event feed"): the
    // port itself confirms that the last state seen is its state now (a resubmission may follow a failure).
    if (FINAL.has(port.status) && (await getPort(api, id)).updated_at === port.updated_at) break;
    show(false);
    await sleep(intervalMs);
  }
  show(true);
  if (port.status === 'failed' && !out.json) out.write(`To resubmit it: porting ports correct ${port.id} with the corrected details (porting ports correct --help lists them).\n`);
  return port.status === 'completed' ? EXIT.ok : EXIT.portNotCompleted;
}
