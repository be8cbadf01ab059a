/** Time is injected: production uses the system clock (optionally sped up), tests a fake one. */
import type { Database } from '../store/database.ts';
import { claimSetting, getSetting, putSetting } from '../store/settings.ts';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that can be set and moved by tests. */
export class FakeClock implements Clock {
  private t: number;
  constructor(start: Date | string) {
    this.t = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.t);
  }
  set(at: Date | string): void {
    this.t = new Date(at).getTime();
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

/**
 * The simulated calendar for TIME_SCALE > 1: from `anchor` (a real instant and the simulated
 * instant it maps to) simulated time runs `scale` times faster than real time. The anchor is kept in
 * the database, so the simulated calendar carries on across restarts and is shared by all instances.
 */
export function scaledClock(anchor: { real: number; simulated: number }, scale: number, real: Clock = systemClock): Clock {
  return { now: () => new Date(anchor.simulated + (real.now().getTime() - anchor.real) * scale) };
}

export interface ClockAnchor {
  real: number;
  simulated: number;
  scale: number;
}

/**
 * The anchor of the service clock for this run: the stored one when the scale is unchanged (so the
 * calendar carries on across restarts), otherwise a new one that starts where the old calendar is now
 * (so the service's time never runs backwards, whatever TIME_SCALE was before).
 */
export function nextAnchor(stored: ClockAnchor | undefined, scale: number, realNow: number): ClockAnchor {
  if (stored && stored.scale === scale) return stored;
  const simulated = stored ? stored.simulated + (realNow - stored.real) * stored.scale : realNow;
  return { real: realNow, simulated: Math.max(simulated, realNow), scale };
}

const ANCHOR = 'clock_anchor';
/** A clock less than this far ahead of real time is real time (a restart a moment after a demo). */
const SLACK_MS = 1000;

export interface ServiceClock {
  clock: Clock;
  /** Set when the service's time runs ahead of real time (a database once run with a larger TIME_SCALE). */
  aheadMs: number;
}

/**
 * The service's clock on this database (CONTRACT: it never runs backwards). TIME_SCALE > 1 runs one
 * sped-up calendar anchored in the database, shared by restarts and instances (the first anchor
 * written wins). A database whose clock was sped up and is now ahead of real time continues from
 * where its clock stood, at the new scale, rather than dating new ports before old ones.
 * `readOnly` (the CLI) uses the stored calendar without changing it.
 */
export async function openServiceClock(database: Database, scale: number, opts: { readOnly?: boolean } = {}): Promise<ServiceClock> {
  const realNow = Date.now();
  const raw = await getSetting(database.db, ANCHOR);
  let stored = raw === undefined ? undefined : (JSON.parse(raw) as ClockAnchor);
  if (opts.readOnly) {
    if (!stored) return { clock: systemClock, aheadMs: 0 };
    return { clock: scaledClock(stored, stored.scale), aheadMs: Math.max(0, stored.simulated + (realNow - stored.real) * stored.scale - realNow) };
  }
  if (!stored && scale === 1) return { clock: systemClock, aheadMs: 0 };
  if (!stored) {
    // Instances starting together must agree: the first anchor written wins, the others read it.
    await claimSetting(database.db, ANCHOR, JSON.stringify(nextAnchor(undefined, scale, realNow)));
    stored = JSON.parse((await getSetting(database.db, ANCHOR))!) as ClockAnchor;
  }
  const anchor = nextAnchor(stored, scale, realNow);
  const aheadMs = anchor.simulated + (realNow - anchor.real) * anchor.scale - realNow;
  if (scale === 1 && aheadMs < SLACK_MS) {
    // Back to real time: nothing to continue from. Forget the anchor so the next sped-up run starts now.
    if (anchor !== stored) await putSetting(database.db, ANCHOR, JSON.stringify({ real: realNow, simulated: realNow, scale: 1 }));
    return { clock: systemClock, aheadMs: 0 };
  }
  if (anchor !== stored) await putSetting(database.db, ANCHOR, JSON.stringify(anchor));
  return { clock: scaledClock(anchor, anchor.scale), aheadMs: Math.max(0, aheadMs) };
}
