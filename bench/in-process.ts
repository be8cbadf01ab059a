/** What the in-process figures (workflow, webhooks, orders) share: their database and their account. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Services } from '../src/app.ts';
import type { Principal } from '../src/workflow/principal.ts';

/** A fresh PostgreSQL database made for the run (bench/pg.ts), with the pool and key to use on it. */
export interface BenchPostgres {
  url: string;
  poolSize: number;
  secretKey: string;
}

/**
 * The environment of a service on a fresh database: a SQLite file in a temporary folder (removed by
 * `remove`), or the PostgreSQL database given; with the logger quiet and the worker off.
 */
export function benchDatabase(name: string, postgres: BenchPostgres | undefined, extra: Record<string, string> = {}): { env: Record<string, string>; remove(): void } {
  const base = { LOG_LEVEL: 'warn', WORKER: 'off', ...extra };
  if (postgres) return { env: { ...base, DATABASE_URL: postgres.url, DB_POOL_SIZE: String(postgres.poolSize), SECRET_KEY: postgres.secretKey }, remove: () => {} };
  const dir = mkdtempSync(join(tmpdir(), `porting-bench-${name}-`));
  return { env: { ...base, DATABASE_URL: `sqlite:${join(dir, `${name}.db`)}` }, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A customer account for the run, as the principal its requests act as. */
export async function benchAccount(services: Services): Promise<Principal> {
  const account = await services.accounts.createAccount('bench', false);
  return { accountId: account.account_id, accountName: 'bench', isAdmin: false, keyId: 'k' };
}
