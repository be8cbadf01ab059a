/**
 * The "raw ceiling" of our stack, for `npm run bench`: bare Fastify 5 + better-sqlite3 with the same
 * pragmas and schema as the service, one prepared statement per request, no auth, no logging, no
 * validation. Whatever the service does on top of this (auth, schema validation, libphonenumber,
 * Kysely, the events row, serialisation) is what the bench ratio measures.
 *
 * Run as a child process: `RAW_DB=<file> PORT=<port> node --import tsx bench/raw-server.ts`.
 */
import Fastify from 'fastify';
import { createDatabase } from '../src/store/database.ts';
import { openSqlite } from '../src/store/dialect/sqlite-file.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { newPortId } from '../src/workflow/ids.ts';

const filename = process.env['RAW_DB'];
const port = Number(process.env['PORT']);
if (!filename || !Number.isInteger(port)) throw new Error('raw-server needs RAW_DB and PORT');

// Same schema as the service: run our own migrations through Kysely, then drop Kysely entirely.
const migrating = createDatabase({ kind: 'sqlite', filename });
await migrateToLatest(migrating);
await migrating.close();

const db = openSqlite(filename); // same pragmas (WAL, synchronous=NORMAL, foreign keys, busy timeout)
const ACCOUNT = 'acc_bench';
// ports.account_id is a foreign key (enforced: foreign_keys=ON), so the owner must exist.
db.prepare('INSERT INTO accounts (id, name, is_admin, created_at) VALUES (?, ?, 0, ?) ON CONFLICT (id) DO NOTHING').run(ACCOUNT, 'bench', new Date().toISOString());

const insert = db.prepare(`INSERT INTO ports (id, account_id, number, status, carrier_status, carrier_name, account_number,
  billing_phone, end_user_name, end_user_address, number_type, region, created_at, updated_at, messages, version)
  VALUES (?, ?, ?, 'pending', 'submitted', ?, ?, ?, ?, ?, 'fixed_line_or_mobile', 'US', ?, ?, '[]', 1)`);
const byId = db.prepare('SELECT * FROM ports WHERE id = ?');
const page = db.prepare('SELECT * FROM ports ORDER BY created_at DESC, id DESC LIMIT 20');

interface Body {
  number: string;
  carrier_name?: string | null;
  account_number: string;
  billing_phone: string;
  end_user_name: string;
  end_user_address: unknown;
}

const app = Fastify({ logger: false });

app.post<{ Body: Body }>('/v2/ports', async (request, reply) => {
  const b = request.body;
  const id = newPortId(); // the service's own ids (time-ordered)
  const at = new Date().toISOString();
  insert.run(id, ACCOUNT, b.number, b.carrier_name ?? null, b.account_number, b.billing_phone, b.end_user_name, JSON.stringify(b.end_user_address), at, at);
  return reply.code(201).send({ success: true, data: { id, number: b.number, status: 'pending', created_at: at } });
});

app.get<{ Params: { id: string } }>('/v2/ports/:id', async (request, reply) => {
  const row = byId.get(request.params.id);
  if (!row) return reply.code(404).send({ success: false, error: { code: 'not_found' } });
  return { success: true, data: row };
});

app.get('/v2/ports', async () => ({ success: true, data: page.all() }));

const stop = async () => {
  await app.close();
  db.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());

await app.listen({ port, host: '127.0.0.1' });
