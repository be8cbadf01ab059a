import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createBusinessCalendar } from '../../src/domain/calendar.ts';
import type { ServiceError } from '../../src/domain/errors.ts';
import { assertDeskFocDate, earliestDeskFocDate, focDateOf } from '../../src/domain/foc-dates.ts';

const cal = createBusinessCalendar('America/New_York');

describe('FOC dates', () => {
  it('a date or a full ISO timestamp; the timestamp means its date in the calendar zone', () => {
    assert.equal(focDateOf('foc_date', '2026-12-01', cal), '2026-12-01');
    assert.equal(focDateOf('foc_date', '2026-12-01T15:00:00Z', cal), '2026-12-01');
    assert.equal(focDateOf('foc_date', '2026-12-02T03:00:00Z', cal), '2026-12-01'); // 22:00 in New York
    assert.equal(focDateOf('foc_date', '2026-12-01T23:30:00-05:00', cal), '2026-12-01');
    assert.throws(() => focDateOf('foc_date', '2026-02-30', cal), (e: ServiceError) => e.details?.[0]?.field === 'foc_date');
  });

  it('the desk may not confirm a date whose transfer window has passed, nor a weekend or holiday', () => {
    const evening = new Date('2026-11-17T23:00:00.000Z'); // Tuesday, 18:00 in New York
    assert.throws(
      () => assertDeskFocDate('foc_date', '2026-11-17', evening, cal),
      (e: ServiceError) => e.message === 'foc_date: 2026-11-17 is too late: its transfer window has already passed (the earliest is 2026-11-18)',
    );
    assert.doesNotThrow(() => assertDeskFocDate('foc_date', '2026-11-18', evening, cal));
    const morning = new Date('2026-11-17T13:00:00.000Z'); // 08:00: the window (00:00–06:00 local) is over already
    assert.throws(() => assertDeskFocDate('foc_date', '2026-11-17', morning, cal));
    const early = new Date('2026-11-17T07:00:00.000Z'); // 02:00 local: the window is still open
    assert.doesNotThrow(() => assertDeskFocDate('foc_date', '2026-11-17', early, cal));
    assert.throws(() => assertDeskFocDate('foc_date', '2026-11-26', early, cal), (e: ServiceError) => e.message === 'foc_date: 2026-11-26 is not a business day');
    assert.equal(earliestDeskFocDate(new Date('2026-11-25T23:00:00.000Z'), cal), '2026-11-27'); // the day after Thanksgiving
  });
});
