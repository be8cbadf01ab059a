/** `npm start`: read the configuration once, open and migrate the database, serve, shut down cleanly. */
import { ConfigError, loadConfig, type Config } from './config.ts';
import { buildApp } from './http/app.ts';
import { createDatabase } from './store/database.ts';
import { migrateToLatest } from './store/migrate.ts';
import { AccountService } from './workflow/account-service.ts';
import { systemClock } from './workflow/clock.ts';

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }

  const database = createDatabase(config.database);
  await migrateToLatest(database);
  const app = await buildApp({ config, database });
  app.addHook('onClose', async () => database.close());

  const issued = await new AccountService(database, systemClock).bootstrapDefaultAccount();
  if (issued) {
    process.stdout.write(
      [
        '',
        'First start: created the admin account "default".',
        `  account_id: ${issued.account_id}`,
        `  API key (shown once, keep it safe): ${issued.api_key}`,
        '  Try:  curl -H "X-Auth-Token: <key>" http://localhost:' + config.port + '/v2/ports',
        '  More accounts:  npx porting accounts create --name NAME [--admin]',
        '',
      ].join('\n') + '\n',
    );
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await app.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
}

main().catch((err) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`Start-up failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
