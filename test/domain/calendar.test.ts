import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  TIMELINE,
  completionForFocDate,
  createBusinessCalendar,
  estimateFocDate,
} from '../../src/domain/calendar.ts';

// Fixed instants only. Holiday dates below were checked against date-holidays 3.37 (US, type 'public').
const ny = createBusinessCalendar();
const la = createBusinessCalendar('America/Los_Angeles');
const at = (iso: string): Date => new Date(iso);
const iso = (d: Date): string => d.toISOString();

describe('createBusinessCalendar', () => {
  it('defaults to America/New_York and accepts other zones', () => {
    assert.equal(ny.timeZone, 'America/New_York');
    assert.equal(la.timeZone, 'America/Los_Angeles');
  });

  it('throws RangeError on an invalid zone', () => {
    assert.throws(() => createBusinessCalendar('Mars/Olympus_Mons'), RangeError);
    assert.throws(() => createBusinessCalendar(''), RangeError);
  });
});

describe('localDate', () => {
  it('uses the calendar zone, not UTC', () => {
    // 22:00 EST Thu 26 Nov is already Fri 27 Nov in UTC.
    assert.equal(ny.localDate(at('2026-11-27T03:00:00Z')), '2026-11-26');
    assert.equal(ny.localDate(at('2026-11-27T05:00:00Z')), '2026-11-27');
    // 01:00 EST in New York is still 22:00 the previous day in Los Angeles.
    assert.equal(ny.localDate(at('2026-11-17T06:00:00Z')), '2026-11-17');
    assert.equal(la.localDate(at('2026-11-17T06:00:00Z')), '2026-11-16');
  });
});

describe('isBusinessDay', () => {
  it('excludes weekends', () => {
    assert.equal(ny.isBusinessDay('2026-11-16'), true); // Mon
    assert.equal(ny.isBusinessDay('2026-11-20'), true); // Fri
    assert.equal(ny.isBusinessDay('2026-11-21'), false); // Sat
    assert.equal(ny.isBusinessDay('2026-11-22'), false); // Sun
  });

  it('excludes every 2026 US federal public holiday, and only those', () => {
    const holidays2026 = [
      '2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03',
      '2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25',
    ];
    for (const d of holidays2026) assert.equal(ny.isBusinessDay(d), false, d);
    let weekdayHolidays = 0;
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000) {
      const d = new Date(t);
      const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6;
      if (!weekend && !ny.isBusinessDay(d.toISOString().slice(0, 10))) weekdayHolidays++;
    }
    assert.equal(weekdayHolidays, holidays2026.length);
  });

  it('counts observed substitute days but not observances or optional days', () => {
    assert.equal(ny.isBusinessDay('2026-07-03'), false); // Fri, July 4 falls on Saturday
    assert.equal(ny.isBusinessDay('2027-07-05'), false); // Mon, July 4 2027 falls on Sunday
    assert.equal(ny.isBusinessDay('2027-12-31'), false); // Fri, observed New Year's Day 2028
    assert.equal(ny.isBusinessDay('2026-11-27'), true); // day after Thanksgiving: observance only
    assert.equal(ny.isBusinessDay('2026-12-24'), true); // Christmas Eve: optional only
  });

  it('rejects malformed or impossible dates', () => {
    for (const bad of ['2026-02-30', '2026-1-05', '2026-11-16T00:00', '']) {
      assert.throws(() => ny.isBusinessDay(bad), RangeError, bad);
    }
  });
});

describe('addBusinessDays', () => {
  it('n=0 returns the same instant, even on a non-business day', () => {
    assert.equal(iso(ny.addBusinessDays(at('2026-11-21T15:00:00Z'), 0)), '2026-11-21T15:00:00.000Z');
    // The second 01:30 of the fall-back hour stays the second one.
    assert.equal(iso(ny.addBusinessDays(at('2026-11-01T06:30:00Z'), 0)), '2026-11-01T06:30:00.000Z');
  });

  it('plain week: Mon + 5 = next Mon, same time of day', () => {
    assert.equal(iso(ny.addBusinessDays(at('2026-11-16T15:00:00Z'), 5)), '2026-11-23T15:00:00.000Z');
    assert.equal(iso(ny.addBusinessDays(at('2026-11-16T15:00:00Z'), 1)), '2026-11-17T15:00:00.000Z');
    assert.equal(iso(ny.addBusinessDays(at('2026-11-20T15:00:00Z'), 1)), '2026-11-23T15:00:00.000Z'); // Fri → Mon
  });

  it('weekend starts: Sat + 1 and Sun + 1 = Mon', () => {
    assert.equal(iso(ny.addBusinessDays(at('2026-11-21T15:00:00Z'), 1)), '2026-11-23T15:00:00.000Z');
    assert.equal(iso(ny.addBusinessDays(at('2026-11-22T15:00:00Z'), 1)), '2026-11-23T15:00:00.000Z');
    assert.equal(iso(ny.addBusinessDays(at('2026-11-21T15:00:00Z'), 5)), '2026-11-30T15:00:00.000Z'); // skips Thanksgiving
  });

  it('skips holidays, including observed ones', () => {
    assert.equal(iso(ny.addBusinessDays(at('2026-11-25T15:00:00Z'), 1)), '2026-11-27T15:00:00.000Z'); // Wed → Fri
    assert.equal(iso(ny.addBusinessDays(at('2026-07-02T14:00:00Z'), 1)), '2026-07-06T14:00:00.000Z'); // Thu → Mon
  });

  it('keeps local 10:00 across both DST changes', () => {
    // Spring forward Sun 2026-03-08: Fri 10:00 EST → Mon 10:00 EDT.
    assert.equal(iso(ny.addBusinessDays(at('2026-03-06T15:00:00Z'), 1)), '2026-03-09T14:00:00.000Z');
    // Fall back Sun 2026-11-01: Fri 10:00 EDT → Mon 10:00 EST.
    assert.equal(iso(ny.addBusinessDays(at('2026-10-30T14:00:00Z'), 1)), '2026-11-02T15:00:00.000Z');
  });

  it('steps from the local date when UTC is already the next day', () => {
    // 22:00 EST on Thanksgiving: the next business day is Fri 27, at 22:00 EST.
    assert.equal(iso(ny.addBusinessDays(at('2026-11-27T03:00:00Z'), 1)), '2026-11-28T03:00:00.000Z');
  });

  it('rejects negative or fractional counts', () => {
    assert.throws(() => ny.addBusinessDays(at('2026-11-16T15:00:00Z'), -1), RangeError);
    assert.throws(() => ny.addBusinessDays(at('2026-11-16T15:00:00Z'), 1.5), RangeError);
    assert.throws(() => ny.addBusinessDaysToDate('2026-11-16', -1), RangeError);
  });
});

describe('addBusinessDaysToDate', () => {
  it('follows the same stepping rule', () => {
    assert.equal(ny.addBusinessDaysToDate('2026-11-16', 0), '2026-11-16');
    assert.equal(ny.addBusinessDaysToDate('2026-11-21', 0), '2026-11-21');
    assert.equal(ny.addBusinessDaysToDate('2026-11-16', 5), '2026-11-23');
    assert.equal(ny.addBusinessDaysToDate('2026-11-21', 1), '2026-11-23'); // Sat
    assert.equal(ny.addBusinessDaysToDate('2026-11-22', 1), '2026-11-23'); // Sun
    assert.equal(ny.addBusinessDaysToDate('2026-11-25', 1), '2026-11-27'); // over Thanksgiving
    assert.equal(ny.addBusinessDaysToDate('2026-12-24', 5), '2027-01-04'); // over Christmas and New Year
  });
});

describe('startOfLocalDate', () => {
  it('is local midnight, DST-correct', () => {
    assert.equal(iso(ny.startOfLocalDate('2026-03-08')), '2026-03-08T05:00:00.000Z'); // EST (DST starts at 02:00)
    assert.equal(iso(ny.startOfLocalDate('2026-03-09')), '2026-03-09T04:00:00.000Z'); // EDT
    assert.equal(iso(ny.startOfLocalDate('2026-11-01')), '2026-11-01T04:00:00.000Z'); // EDT (DST ends at 02:00)
    assert.equal(iso(ny.startOfLocalDate('2026-11-02')), '2026-11-02T05:00:00.000Z'); // EST
    assert.equal(iso(la.startOfLocalDate('2026-03-08')), '2026-03-08T08:00:00.000Z'); // PST
    assert.equal(iso(la.startOfLocalDate('2026-03-09')), '2026-03-09T07:00:00.000Z'); // PDT
  });

  it('is the first existing instant when midnight itself is skipped', () => {
    // Chile springs forward at 24:00 Sat 5 Sep 2026, so Sunday starts at 01:00 -03.
    const scl = createBusinessCalendar('America/Santiago');
    const start = scl.startOfLocalDate('2026-09-06');
    assert.equal(iso(start), '2026-09-06T04:00:00.000Z');
    assert.equal(scl.localDate(start), '2026-09-06');
    assert.equal(scl.localDate(new Date(start.getTime() - 1)), '2026-09-05');
  });
});

describe('porting timeline', () => {
  it('is review 2 + authorization 3 business days, transfer 6 hours', () => {
    assert.deepEqual(TIMELINE, { reviewBusinessDays: 2, authorizationBusinessDays: 3, transferHours: 6 });
  });

  it('plain week', () => {
    assert.equal(estimateFocDate(ny, at('2026-11-16T15:00:00Z')), '2026-11-23');
  });

  it('Thanksgiving 2026', () => {
    const foc = estimateFocDate(ny, at('2026-11-25T15:00:00Z'));
    assert.equal(foc, '2026-12-03');
    assert.equal(iso(completionForFocDate(ny, foc)), '2026-12-03T11:00:00.000Z'); // 00:00 EST = 05:00Z, +6h
  });

  it('Christmas 2026 and New Year 2027', () => {
    const foc = estimateFocDate(ny, at('2026-12-24T15:00:00Z'));
    assert.equal(foc, '2027-01-04');
    assert.equal(iso(completionForFocDate(ny, foc)), '2027-01-04T11:00:00.000Z');
  });

  it('submitted late on Thanksgiving evening (already Friday in UTC)', () => {
    // Local Thu 26 (holiday) → Fri 27, Mon 30, Tue 1, Wed 2, Thu 3.
    assert.equal(estimateFocDate(ny, at('2026-11-27T03:00:00Z')), '2026-12-03');
  });

  it('completion lands in summer time after DST starts', () => {
    assert.equal(estimateFocDate(ny, at('2026-03-06T15:00:00Z')), '2026-03-13');
    assert.equal(iso(completionForFocDate(ny, '2026-03-09')), '2026-03-09T10:00:00.000Z'); // 00:00 EDT = 04:00Z, +6h
  });

  it('uses the calendar zone for another zone', () => {
    // 2026-11-25T06:00Z is 01:00 Wed 25 Nov in New York but 22:00 Tue 24 Nov in Los Angeles.
    assert.equal(estimateFocDate(ny, at('2026-11-25T06:00:00Z')), '2026-12-03');
    assert.equal(estimateFocDate(la, at('2026-11-25T06:00:00Z')), '2026-12-02'); // Wed, Fri, Mon, Tue, Wed
    assert.equal(iso(completionForFocDate(la, '2026-12-02')), '2026-12-02T14:00:00.000Z'); // 00:00 PST = 08:00Z, +6h
  });
});
