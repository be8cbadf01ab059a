/**
 * The `porting` command: administration against the same DATABASE_URL as the server.
 * Output is JSON (one line per result) on stdout, so it can be piped; problems go to stderr.
 */
import { Command, CommanderError } from 'commander';
import pino from 'pino';
import { createServices } from '../app.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { ServiceError } from '../domain/errors.ts';
import { createDatabase } from '../store/database.ts';
import { migrateToLatest } from '../store/migrate.ts';
import type { AccountService } from '../workflow/account-service.ts';

const print = (value: unknown) => process.stdout.write(JSON.stringify(value) + '\n');

/** Assembles the service on the configured database (migrated, clock read but not moved), runs `fn`, closes it. */
async function withAccounts<T>(fn: (accounts: AccountService) => Promise<T>): Promise<T> {
  const services = await createServices(loadConfig(), { readOnlyClock: true, logStream: pino.destination(2) });
  try {
    return await fn(services.accounts);
  } finally {
    await services.close();
  }
}

export function buildCli(): Command {
  const program = new Command('porting').description('Number porting service administration').exitOverride();

  const accounts = program.command('accounts').description('customer and porting-desk accounts');
  accounts
    .command('create')
    .description('create an account and its first API key (printed once)')
    .requiredOption('--name <name>', 'account name')
    .option('--admin', 'porting-desk account: may use /v2/admin', false)
    .action(async (opts: { name: string; admin: boolean }) => {
      const name = opts.name.trim();
      if (!name || name.length > 200) throw new ServiceError('validation_failed', '--name must be 1 to 200 characters');
      const issued = await withAccounts((a) => a.createAccount(name, opts.admin));
      print({ account_id: issued.account_id, api_key: issued.api_key });
    });
  accounts
    .command('list')
    .description('list accounts')
    .action(async () => (await withAccounts((a) => a.listAccounts())).forEach(print));

  const keys = program.command('keys').description('API keys');
  keys
    .command('create')
    .description('issue another API key for an account (printed once)')
    .requiredOption('--account <id>', 'account id')
    .action(async (opts: { account: string }) => {
      print(await withAccounts((a) => a.createKey(opts.account)));
    });
  keys
    .command('list')
    .description('list the key ids of an account (never the keys)')
    .requiredOption('--account <id>', 'account id')
    .action(async (opts: { account: string }) => (await withAccounts((a) => a.listKeys(opts.account))).forEach(print));
  keys
    .command('revoke')
    .description('revoke a key by its id')
    .argument('<key_id>')
    .action(async (keyId: string) => {
      await withAccounts((a) => a.revokeKey(keyId));
      print({ key_id: keyId, revoked: true });
    });

  program
    .command('migrate')
    .description('bring the database schema up to date (the server also does this on start)')
    .action(async () => {
      const config = loadConfig();
      const database = createDatabase(config.database);
      try {
        print({ applied: await migrateToLatest(database) });
      } finally {
        await database.close();
      }
    });

  return program;
}

export async function runCli(argv: string[]): Promise<number> {
  try {
    await buildCli().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    process.stderr.write(`porting: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

process.exitCode = await runCli(process.argv.slice(2));
