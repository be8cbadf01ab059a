/** `npm start`: read the configuration once, assemble the service, serve, shut down cleanly. */
import { createServices } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { buildApp } from './http/app.ts';

const DAY = 86_400_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const services = await createServices(config);
  const app = await buildApp(services);
  const url = `${config.tls ? 'https' : 'http'}://localhost:${config.port}`;

  if (services.clockAheadMs > 60_000) {
    process.stdout.write(
      `Note: this database's clock runs ${(services.clockAheadMs / DAY).toFixed(1)} days ahead of real time (it was once run with a larger TIME_SCALE); ` +
        `dates continue from there so they never run backwards. Use a new database for real-time use.\n`,
    );
  }

  const issued = await services.accounts.bootstrapDefaultAccount();
  if (issued) {
    process.stdout.write(
      [
        '',
        'First start: created the admin account "default".',
        `  account_id: ${issued.account_id}`,
        `  API key (shown once, keep it safe): ${issued.api_key}`,
        `  Try:  curl -H "X-Auth-Token: <key>" ${url}/v2/ports`,
        '  More accounts:  npx porting accounts create --name NAME [--admin]',
        '',
      ].join('\n') + '\n',
    );
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests and the current worker batch');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    // Requests in flight and the workers' work in hand finish first; then the database closes.
    await Promise.all([app.close(), services.worker.stop(), services.deliveries.stop()]);
    await services.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  if (config.worker.enabled) services.startWorkers();
}

main().catch((err) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`Start-up failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
