import { describe, expect, test } from 'vitest';
import {
  addDays,
  comparePartialDates,
  dateParts,
  daysInMonth,
  firstDay,
  formatDateSpan,
  formatPartialDate,
  isMorePrecise,
  lastDay,
  parsePartialDate,
  shiftMonth,
  spansOverlap,
  weekdayOf,
  type PartialDate,
} from '../../src/lib/calendar.ts';

const date = (iso: string): PartialDate => {
  const parsed = parsePartialDate(iso);
  if (!parsed) throw new Error(`not a date: ${iso}`);
  return parsed;
};

describe('parsePartialDate', () => {
  test('keeps the precision it was written with', () => {
    expect(parsePartialDate('1962')).toEqual({ iso: '1962', precision: 'year' });
    expect(parsePartialDate('2021-03')).toEqual({ iso: '2021-03', precision: 'month' });
    expect(parsePartialDate('2021-11-15')).toEqual({ iso: '2021-11-15', precision: 'day' });
    expect(parsePartialDate(' 2021-11-15 ')).toEqual({ iso: '2021-11-15', precision: 'day' });
  });

  test('refuses what is not in the calendar', () => {
    expect(parsePartialDate('2021-02-29')).toBeNull();
    expect(parsePartialDate('2021-13')).toBeNull();
    expect(parsePartialDate('2021-00')).toBeNull();
    expect(parsePartialDate('2021-11-31')).toBeNull();
    expect(parsePartialDate('2021-11-00')).toBeNull();
    expect(parsePartialDate('15 Nov 2021')).toBeNull();
    expect(parsePartialDate('2021-1-5')).toBeNull();
    expect(parsePartialDate('2024-02-29')).toEqual({ iso: '2024-02-29', precision: 'day' });
  });
});

describe('the parts and bounds of a partial date', () => {
  test('dateParts leaves out what is unknown', () => {
    expect(dateParts(date('2021-11-15'))).toEqual({ year: 2021, month: 11, day: 15 });
    expect(dateParts(date('2021-11'))).toEqual({ year: 2021, month: 11, day: undefined });
    expect(dateParts(date('2021'))).toEqual({ year: 2021, month: undefined, day: undefined });
  });

  test('firstDay and lastDay cover the whole of a month or year', () => {
    expect(firstDay(date('2018'))).toBe('2018-01-01');
    expect(lastDay(date('2018'))).toBe('2018-12-31');
    expect(firstDay(date('2024-02'))).toBe('2024-02-01');
    expect(lastDay(date('2024-02'))).toBe('2024-02-29');
    expect(lastDay(date('2023-02'))).toBe('2023-02-28');
    expect(firstDay(date('2021-11-15'))).toBe('2021-11-15');
    expect(lastDay(date('2021-11-15'))).toBe('2021-11-15');
  });

  test('daysInMonth knows the leap years, the century rule included', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2021, 4)).toBe(30);
    expect(daysInMonth(2021, 12)).toBe(31);
  });
});

describe('formatPartialDate and formatDateSpan', () => {
  test('write each precision as a reader expects', () => {
    expect(formatPartialDate(date('2021-11-15'))).toBe('15 Nov 2021');
    expect(formatPartialDate(date('2021-11-15'), 'long')).toBe('15 November 2021');
    expect(formatPartialDate(date('2018-03'))).toBe('March 2018');
    expect(formatPartialDate(date('1962'))).toBe('1962');
  });

  test('write spans compactly', () => {
    expect(formatDateSpan(date('2021-11-16'), date('2021-11-17'))).toBe('16–17 Nov 2021');
    expect(formatDateSpan(date('2021-10-30'), date('2021-11-01'))).toBe('30 Oct\u00a0– 1 Nov 2021');
    expect(formatDateSpan(date('2021-12-30'), date('2022-01-02'))).toBe(
      '30 Dec 2021\u00a0– 2 Jan 2022',
    );
    expect(formatDateSpan(date('2018'), date('2025'))).toBe('2018\u00a0– 2025');
    expect(formatDateSpan(date('2021-11-15'))).toBe('15 Nov 2021');
    expect(formatDateSpan(date('2021-11-15'), date('2021-11-15'))).toBe('15 Nov 2021');
  });
});

describe('ordering and overlap', () => {
  test('comparePartialDates orders by first day, the vaguer first', () => {
    const dates = ['2021-11-15', '2021', '1962', '2021-11', '2021-01-01'].map(date);
    expect(dates.sort(comparePartialDates).map((d) => d.iso)).toEqual([
      '1962',
      '2021',
      '2021-01-01',
      '2021-11',
      '2021-11-15',
    ]);
  });

  test('isMorePrecise ranks day over month over year', () => {
    expect(isMorePrecise(date('2018-03-23'), date('2018'))).toBe(true);
    expect(isMorePrecise(date('2018-03'), date('2018'))).toBe(true);
    expect(isMorePrecise(date('2018'), date('2018-03'))).toBe(false);
    expect(isMorePrecise(date('2018-03-23'), date('2019-01-01'))).toBe(false);
  });

  test('spansOverlap works on every precision and on open spans', () => {
    const march = { start: date('2021-03') };
    expect(spansOverlap(march, { start: date('2021-03-03') })).toBe(true);
    expect(spansOverlap(march, { start: date('2021-04-01') })).toBe(false);
    expect(spansOverlap(march, { start: date('2021-02-28'), end: date('2021-03-01') })).toBe(true);
    expect(spansOverlap({ start: date('2021') }, { start: date('2021-12-31') })).toBe(true);
    expect(spansOverlap({ start: date('2021') }, { start: date('2022-01-01') })).toBe(false);
  });
});

describe('date arithmetic', () => {
  test('addDays crosses months, years and leap days, both ways', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2021-02-28', 1)).toBe('2021-03-01');
    expect(addDays('2021-12-31', 3)).toBe('2022-01-03');
    expect(addDays('2022-01-02', -3)).toBe('2021-12-30');
    expect(addDays('2021-11-15', 0)).toBe('2021-11-15');
  });

  test('weekdayOf counts from Sunday', () => {
    expect(weekdayOf('2021-11-14')).toBe(0);
    expect(weekdayOf('2021-11-15')).toBe(1);
    expect(weekdayOf('2024-02-29')).toBe(4);
    expect(weekdayOf('2022-01-01')).toBe(6);
  });

  test('shiftMonth moves across years', () => {
    expect(shiftMonth(2021, 1, -1)).toEqual({ year: 2020, month: 12 });
    expect(shiftMonth(2021, 12, 1)).toEqual({ year: 2022, month: 1 });
    expect(shiftMonth(2021, 11, 0)).toEqual({ year: 2021, month: 11 });
    expect(shiftMonth(2021, 3, -15)).toEqual({ year: 2019, month: 12 });
    expect(shiftMonth(2021, 3, 25)).toEqual({ year: 2023, month: 4 });
  });
});
