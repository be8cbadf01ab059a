/**
 * The `porting` command. Administration (accounts, keys, migrate) works on the same DATABASE_URL as
 * the server and prints JSON, one line per result. The client commands (client.ts) talk to a running
 * server over HTTP. Problems go to stderr.
 */
import { Command, CommanderError } from 'commander';
import { ConfigError, loadConfig } from '../config.ts';
import { ServiceError } from '../domain/errors.ts';
import { VERSION } from '../version.ts';
import type { AccountService } from '../workflow/account-service.ts';
import { addClientCommands } from './client.ts';
import { describeError, EXIT } from './errors.ts';

const print = (value: unknown) => process.stdout.write(JSON.stringify(value) + '\n');

/**
 * Assembles the service on the configured database (migrated, clock read but not moved), runs `fn`, closes it.
 * The service is loaded here, not above, so the client commands do not wait for it to load.
 */
async function withAccounts<T>(fn: (accounts: AccountService) => Promise<T>): Promise<T> {
  const [{ createServices }, { default: pino }] = await Promise.all([import('../app.ts'), import('pino')]);
  const services = await createServices(loadConfig(), { readOnlyClock: true, logStream: pino.destination(2) });
  try {
    return await fn(services.accounts);
  } finally {
    await services.close();
  }
}

/** The command; `setExit` receives the exit code a client command chose (ports watch). */
export function buildCli(setExit: (code: number) => void = () => {}): Command {
  const program = new Command('porting')
    .description('Number porting service: administration on the database, and a client of a running server')
    .version(VERSION, '-V, --version', 'print the version')
    .exitOverride();

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
      const [{ createDatabase }, { migrateToLatest }] = await Promise.all([import('../store/database.ts'), import('../store/migrate.ts')]);
      const database = createDatabase(config.database);
      try {
        print({ applied: await migrateToLatest(database) });
      } finally {
        await database.close();
      }
    });

  addClientCommands(program, setExit);
  return program;
}

export async function runCli(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  try {
    await buildCli((code) => (exitCode = code)).parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    // Commander has said what is wrong with the arguments; --help and --version end with 0.
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : EXIT.usage;
    const described = describeError(err);
    if (described) {
      process.stderr.write(described.text);
      return described.code;
    }
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    process.stderr.write(`porting: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

process.exitCode = await runCli(process.argv.slice(2));
