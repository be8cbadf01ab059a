/** Time is injected: production uses the system clock (optionally sped up), tests a fake one. */
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
 * The anchor of the sped-up calendar for this run: the stored one when the scale is unchanged (so the
 * calendar carries on across restarts), otherwise a new one that starts where the old calendar is now
 * (so simulated time never runs backwards).
 */
export function nextAnchor(stored: ClockAnchor | undefined, scale: number, realNow: number): ClockAnchor {
  if (stored && stored.scale === scale) return stored;
  const simulated = stored ? stored.simulated + (realNow - stored.real) * stored.scale : realNow;
  return { real: realNow, simulated: Math.max(simulated, realNow), scale };
}
