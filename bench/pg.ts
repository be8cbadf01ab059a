/**
 * Throw-away PostgreSQL databases for `npm run bench -- --db postgres`: created through a pg Client on
 * the admin URL (`--pg-url`), one per server under test (and one for the workflow figure), all named
 * `porting_bench_<pid>_<role>`, and dropped WITH (FORCE) at the end, whichever way the bench ends.
 */
import pg from 'pg';

export class BenchDatabases {
  private readonly created: string[] = [];
  private dropping: Promise<void> | null = null;

  constructor(private readonly adminUrl: string) {}

  /** `server_version` of the admin URL's server, e.g. "15.20 (Debian 15.20-0+deb12u1)". */
  async serverVersion(): Promise<string> {
    return this.withAdmin(async (c) => (await c.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version);
  }

  /** Creates `porting_bench_<pid>_<role>` and returns its URL (the admin URL with that database). */
  async create(role: string): Promise<string> {
    if (!/^[a-z0-9_]+$/.test(role)) throw new Error(`bad bench database role "${role}"`);
    const name = `porting_bench_${process.pid}_${role}`;
    await this.withAdmin(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); // a leftover of a killed run with our pid
      this.created.push(name);
      await c.query(`CREATE DATABASE ${name}`);
    });
    return this.urlOf(name);
  }

  /** Drops every database this run created (idempotent; safe to call from several exit paths). */
  dropAll(): Promise<void> {
    this.dropping ??= (async () => {
      if (this.created.length === 0) return;
      const failures: string[] = [];
      await this.withAdmin(async (c) => {
        for (const name of this.created.splice(0)) {
          try {
            await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          } catch (err) {
            failures.push(`${name}: ${err instanceof Error ? err.message : String(err)}`);
          }
        }
      });
      if (failures.length > 0) throw new Error(`could not drop bench database(s): ${failures.join('; ')}`);
    })();
    return this.dropping;
  }

  /** Rows in `ports` of a bench database, or null if it cannot be read. */
  async countPorts(url: string): Promise<number | null> {
    const c = new pg.Client({ connectionString: url });
    try {
      await c.connect();
      return Number((await c.query<{ n: string }>('SELECT count(*) AS n FROM ports')).rows[0]!.n);
    } catch {
      return null;
    } finally {
      await c.end().catch(() => {});
    }
  }

  /** Other runs' bench databases still on the server (a run killed with SIGKILL cannot drop its own). */
  async leftovers(): Promise<string[]> {
    return this.withAdmin(async (c) =>
      (await c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'porting\\_bench\\_%' ORDER BY datname`)).rows
        .map((r) => r.datname)
        .filter((n) => !n.startsWith(`porting_bench_${process.pid}_`)),
    );
  }

  urlOf(name: string): string {
    const u = new URL(this.adminUrl);
    u.pathname = '/' + name;
    return u.toString();
  }

  private async withAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
    const c = new pg.Client({ connectionString: this.adminUrl });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end().catch(() => {});
    }
  }
}
