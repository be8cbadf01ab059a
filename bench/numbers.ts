/**
 * A pool of unique, valid, portable US numbers for the POST scenario (every submission needs a number
 * with no active port, or the service answers 409).
 *
 * libphonenumber costs ~40 µs a parse, too slow to check a few hundred thousand numbers one by one.
 * US validity and type are decided by NPA-NXX (no disagreement in 40k random samples against the
 * number's NPA-NXX-0000), so we check the first and last number of each 100-block and take all 100.
 * The service still validates every number: a bad one would show up as a non-2xx in the run.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { WIRELESS_AREA_CODES } from '../src/domain/carrier-directory.ts';

const PORTABLE_TYPES = new Set(['FIXED_LINE_OR_MOBILE', 'FIXED_LINE', 'MOBILE']);

function usable(e164: string): boolean {
  const p = parsePhoneNumberFromString(e164);
  return !!p && p.isValid() && p.country === 'US' && PORTABLE_TYPES.has(p.getType() ?? '');
}

/** Deterministic PRNG (mulberry32): the same run draws the same numbers. */
export function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class NumberPool {
  private readonly numbers: string[] = [];
  private readonly usedBlocks = new Set<string>();
  private readonly random = prng(20261116);
  /** Numbers added after the first fill: a sign the pool was sized too small (costs load-generator CPU). */
  extended = 0;

  constructor(size: number) {
    this.grow(size);
  }

  /** The i-th number; each server has its own database, so each walks the same pool from 0. */
  at(i: number): string {
    if (i >= this.numbers.length) {
      const before = this.numbers.length;
      this.grow(Math.max(10_000, i + 1 - before));
      this.extended += this.numbers.length - before;
    }
    return this.numbers[i]!;
  }

  private grow(count: number): void {
    const fresh: string[] = [];
    while (fresh.length < count) {
      const npa = 201 + Math.floor(this.random() * 789);
      const nxx = 200 + Math.floor(this.random() * 800);
      if (nxx === 555) continue; // 555-01XX numbers are magic in the carrier simulator; skip the exchange
      if (WIRELESS_AREA_CODES.has(String(npa))) continue; // its carrier wants a PIN the bench body does not send
      const block = `+1${npa}${nxx}${String(Math.floor(this.random() * 100)).padStart(2, '0')}`;
      if (this.usedBlocks.has(block)) continue;
      this.usedBlocks.add(block);
      if (!usable(`${block}00`) || !usable(`${block}99`)) continue;
      for (let i = 0; i < 100; i++) fresh.push(block + String(i).padStart(2, '0'));
    }
    // Shuffle, so inserts land all over the number index as real traffic would, not block by block.
    for (let i = fresh.length - 1; i > 0; i--) {
      const j = Math.floor(this.random() * (i + 1));
      [fresh[i], fresh[j]] = [fresh[j]!, fresh[i]!];
    }
    for (let i = 0; i < count; i++) this.numbers.push(fresh[i]!); // no push(...): too many arguments for the stack
  }
}

/** The body every benchmark submission sends (the spec's example with the number varied). */
export const benchPort = (number: string) => ({
  number,
  account_number: '123456789',
  carrier_name: 'Previous Provider',
  billing_phone: number,
  end_user_name: 'John Doe',
  end_user_address: { street: '123 Main St', city: 'San Francisco', state: 'CA', postal_code: '94102', country: 'US' },
});
