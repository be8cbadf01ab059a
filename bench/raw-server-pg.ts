/**
 * The "raw ceiling" of our stack on PostgreSQL, for `npm run bench -- --db postgres`: bare Fastify 5 +
 * a raw `pg` Pool (same size as the service's), the same schema as the service (our own migrations),
 * one parameterised query per request, no auth, no logging, no validation, no Kysely.
 *
 * Every query is a named prepared statement (`{ name, text, values }`): pg parses and plans it once per
 * pooled connection and then only sends Bind/Execute, the cheapest the raw stack can do per request.
 *
 * Run as a child process:
 * `RAW_DB_URL=postgres://…/<db> PORT=<port> DB_POOL_SIZE=10 node --import tsx bench/raw-server-pg.ts`.
 */
import Fastify from 'fastify';
import pg from 'pg';
import { createDatabase } from '../src/store/database.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { newPortId } from '../src/workflow/ids.ts';

const url = process.env['RAW_DB_URL'];
const port = Number(process.env['PORT']);
const poolSize = Number(process.env['DB_POOL_SIZE'] ?? '10');
if (!url || !Number.isInteger(port) || !Number.isInteger(poolSize) || poolSize < 1) {
  throw new Error('raw-server-pg needs RAW_DB_URL, PORT and a positive integer DB_POOL_SIZE');
}

// Same schema as the service: run our own migrations through Kysely, then drop Kysely entirely.
const migrating = createDatabase({ kind: 'postgres', url, poolSize: 1 });
await migrateToLatest(migrating);
await migrating.close();

const pool = new pg.Pool({ connectionString: url, max: poolSize });
pool.on('error', (err) => process.stderr.write(`pool error: ${err.message}\n`));
const ACCOUNT = 'acc_bench';
// ports.account_id is a foreign key, so the owner must exist.
await pool.query('INSERT INTO accounts (id, name, is_admin, created_at) VALUES ($1, $2, 0, $3) ON CONFLICT (id) DO NOTHING', [ACCOUNT, 'bench', new Date().toISOString()]);

const INSERT = `INSERT INTO ports (id, account_id, number, status, carrier_status, carrier_name, account_number,
  billing_phone, end_user_name, end_user_address, number_type, region, created_at, updated_at, messages, version)
  VALUES ($1, $2, $3, 'pending', 'submitted', $4, $5, $6, $7, $8, 'fixed_line_or_mobile', 'US', $9, $10, '[]', 1)`;
const BY_ID = 'SELECT * FROM ports WHERE id = $1';
const PAGE = 'SELECT * FROM ports ORDER BY created_at DESC, id DESC LIMIT 20';

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
  await pool.query({
    name: 'raw_insert_port',
    text: INSERT,
    values: [id, ACCOUNT, b.number, b.carrier_name ?? null, b.account_number, b.billing_phone, b.end_user_name, JSON.stringify(b.end_user_address), at, at],
  });
  return reply.code(201).send({ success: true, data: { id, number: b.number, status: 'pending', created_at: at } });
});

app.get<{ Params: { id: string } }>('/v2/ports/:id', async (request, reply) => {
  const { rows } = await pool.query({ name: 'raw_port_by_id', text: BY_ID, values: [request.params.id] });
  const row = rows[0];
  if (!row) return reply.code(404).send({ success: false, error: { code: 'not_found' } });
  return { success: true, data: row };
});

app.get('/v2/ports', async () => ({ success: true, data: (await pool.query({ name: 'raw_ports_page', text: PAGE })).rows }));

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await app.close();
  await pool.end();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());

await app.listen({ port, host: '127.0.0.1' });
