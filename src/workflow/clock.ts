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
