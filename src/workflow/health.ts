/**
 * Readiness (contract/operations.md "Health and metrics"): the instance can serve when its database
 * answers within a second and its schema is the one this code expects. The reasons are for an
 * operator and say nothing sensitive (no host, no user, no driver message).
 */
export type Readiness = { ready: true } | { ready: false; check: 'database' | 'schema'; reason: string };

export interface HealthDeps {
  /** A round trip to the database. */
  ping(): Promise<unknown>;
  /** Whether every migration this code knows has been applied. */
  schemaCurrent(): Promise<boolean>;
  /** How long the database may take to answer both (default 1 s). */
  timeoutMs?: number;
}

const TIMED_OUT = Symbol('timed out');

export class Health {
  constructor(private readonly deps: HealthDeps) {}

  async readiness(): Promise<Readiness> {
    const timeoutMs = this.deps.timeoutMs ?? 1000;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
      timer = setTimeout(resolve, timeoutMs, TIMED_OUT);
    });
    const checks = (async (): Promise<Readiness> => {
      await this.deps.ping();
      if (!(await this.deps.schemaCurrent())) {
        return { ready: false, check: 'schema', reason: 'The database schema is not current: run `porting migrate` or start the newest version' };
      }
      return { ready: true };
    })();
    try {
      const result = await Promise.race([checks, deadline]);
      if (result === TIMED_OUT) {
        checks.catch(() => {}); // answered (or failed) too late: nobody waits for it any more
        return { ready: false, check: 'database', reason: `The database did not answer within ${timeoutMs / 1000} s` };
      }
      return result;
    } catch {
      return { ready: false, check: 'database', reason: 'The database is unavailable' };
    } finally {
      clearTimeout(timer);
    }
  }
}
