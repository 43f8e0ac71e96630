import { describe, expect, test } from 'vitest';
import {
  addDays,
  comparePartialDates,
  findDatePhrases,
  formatDateSpan,
  formatPartialDate,
  lastDay,
  parsePartialDate,
  resolveRelativeDate,
  spansOverlap,
  tenseBefore,
} from '../../src/lib/dates.ts';

const PUBLISHED = '2021-11-15'; // a Monday

describe('parsePartialDate', () => {
  test('keeps the precision it was written with', () => {
    expect(parsePartialDate('1962')).toEqual({ iso: '1962', precision: 'year' });
    expect(parsePartialDate('2021-03')).toEqual({ iso: '2021-03', precision: 'month' });
    expect(parsePartialDate('2021-11-15')).toEqual({ iso: '2021-11-15', precision: 'day' });
  });

  test('refuses what is not in the calendar', () => {
    expect(parsePartialDate('2021-02-29')).toBeNull();
    expect(parsePartialDate('2021-13')).toBeNull();
    expect(parsePartialDate('2021-11-31')).toBeNull();
    expect(parsePartialDate('15 Nov 2021')).toBeNull();
    expect(parsePartialDate('2024-02-29')).toEqual({ iso: '2024-02-29', precision: 'day' });
  });
});

describe('formatPartialDate and formatDateSpan', () => {
  test('write each precision as a reader expects', () => {
    expect(formatPartialDate({ iso: '2021-11-15', precision: 'day' })).toBe('15 Nov 2021');
    expect(formatPartialDate({ iso: '2021-11-15', precision: 'day' }, 'long')).toBe(
      '15 November 2021',
    );
    expect(formatPartialDate({ iso: '2018-03', precision: 'month' })).toBe('March 2018');
    expect(formatPartialDate({ iso: '1962', precision: 'year' })).toBe('1962');
  });

  test('write spans compactly', () => {
    const day = (iso: string) => parsePartialDate(iso)!;
    expect(formatDateSpan(day('2021-11-16'), day('2021-11-17'))).toBe('16–17 Nov 2021');
    expect(formatDateSpan(day('2021-10-30'), day('2021-11-01'))).toBe('30 Oct – 1 Nov 2021');
    expect(formatDateSpan(day('2021-12-30'), day('2022-01-02'))).toBe('30 Dec 2021 – 2 Jan 2022');
    expect(formatDateSpan(day('2021-11-15'))).toBe('15 Nov 2021');
  });
});

describe('date arithmetic', () => {
  test('addDays crosses months and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2021-02-28', 1)).toBe('2021-03-01');
    expect(addDays('2021-12-31', 3)).toBe('2022-01-03');
  });

  test('lastDay and spansOverlap work on every precision', () => {
    expect(lastDay(parsePartialDate('2024-02')!)).toBe('2024-02-29');
    expect(lastDay(parsePartialDate('2018')!)).toBe('2018-12-31');
    const march = { start: parsePartialDate('2021-03')! };
    expect(spansOverlap(march, { start: parsePartialDate('2021-03-03')! })).toBe(true);
    expect(spansOverlap(march, { start: parsePartialDate('2021-04-01')! })).toBe(false);
  });

  test('comparePartialDates orders by first day, the vaguer first', () => {
    const dates = ['2021-11-15', '2021', '1962', '2021-11'].map((d) => parsePartialDate(d)!);
    expect(dates.sort(comparePartialDates).map((d) => d.iso)).toEqual([
      '1962',
      '2021',
      '2021-11',
      '2021-11-15',
    ]);
  });
});

describe('resolveRelativeDate on the phrases of the article', () => {
  test.each([
    ['Japan and the US', 'on Monday', '2021-11-15'],
    ['Raimondo arrived in Tokyo', 'on Sunday', '2021-11-14'],
    ['Raimondo will make a two-day visit to Singapore', 'from Tuesday', '2021-11-16'],
    [
      'Raimondo will make a two-day visit to Singapore from Tuesday and travel to Malaysia',
      'on Thursday',
      '2021-11-18',
    ],
    ['the United States ended a similar dispute', 'last month', '2021-10'],
    ['on her first Asia trip since taking office', 'in March', '2021-03'],
    ['', 'Since 2018', '2018'],
    ['The EU responded with a retaliatory measure but agreed', 'on Oct. 30', '2021-10-30'],
    ['Section 232 of the US Trade Expansion Act', 'of 1962', '1962'],
  ])('"%s %s" means %s', (context, phrase, expected) => {
    expect(resolveRelativeDate(phrase, PUBLISHED, context)?.iso).toBe(expected);
  });
});

describe('resolveRelativeDate on tricky cases', () => {
  test('a weekday that is the published day is that day, unless "last" or "next" says otherwise', () => {
    expect(resolveRelativeDate('on Monday', PUBLISHED)?.iso).toBe('2021-11-15');
    expect(resolveRelativeDate('on Monday', PUBLISHED, 'They will meet')?.iso).toBe('2021-11-15');
    expect(resolveRelativeDate('last Monday', PUBLISHED)?.iso).toBe('2021-11-08');
    expect(resolveRelativeDate('next Monday', PUBLISHED)?.iso).toBe('2021-11-22');
  });

  test('tense decides between the week before and the week after', () => {
    expect(resolveRelativeDate('on Sunday', PUBLISHED, 'She arrived')?.iso).toBe('2021-11-14');
    expect(resolveRelativeDate('on Sunday', PUBLISHED, 'She will leave')?.iso).toBe('2021-11-21');
    expect(resolveRelativeDate('on Thursday', PUBLISHED, 'The talks began')?.iso).toBe(
      '2021-11-11',
    );
  });

  test('weekdays cross month and year boundaries and leap days', () => {
    expect(resolveRelativeDate('on Sunday', '2021-03-01', 'He arrived')?.iso).toBe('2021-02-28');
    expect(resolveRelativeDate('on Thursday', '2024-03-01', 'It ended')?.iso).toBe('2024-02-29');
    expect(resolveRelativeDate('on Monday', '2021-12-31', 'They will meet')?.iso).toBe(
      '2022-01-03',
    );
  });

  test('"last month" and "last year" step back across the new year', () => {
    expect(resolveRelativeDate('last month', '2021-01-15')).toEqual({
      iso: '2020-12',
      precision: 'month',
    });
    expect(resolveRelativeDate('last year', '2021-01-15')).toEqual({
      iso: '2020',
      precision: 'year',
    });
    expect(resolveRelativeDate('next month', '2021-12-15')).toEqual({
      iso: '2022-01',
      precision: 'month',
    });
  });

  test('a month name looks back or ahead with the tense', () => {
    expect(resolveRelativeDate('in March', '2021-02-10', 'He took office')?.iso).toBe('2020-03');
    expect(resolveRelativeDate('in March', '2021-02-10', 'He will take office')?.iso).toBe(
      '2021-03',
    );
    expect(resolveRelativeDate('in November', PUBLISHED, 'It started')?.iso).toBe('2021-11');
    expect(resolveRelativeDate('since March 2018', PUBLISHED)?.iso).toBe('2018-03');
  });

  test('a month and day looks back or ahead to the nearest year', () => {
    expect(resolveRelativeDate('on Oct. 30', '2021-01-05', 'They agreed')?.iso).toBe('2020-10-30');
    expect(resolveRelativeDate('on Oct. 30', '2021-01-05', 'They will agree')?.iso).toBe(
      '2021-10-30',
    );
    expect(resolveRelativeDate('on March 8, 2018', PUBLISHED)?.iso).toBe('2018-03-08');
    expect(resolveRelativeDate('on Feb. 29', '2021-11-15', 'It happened')).toBeNull();
    expect(resolveRelativeDate('on Feb. 29', '2024-11-15', 'It happened')?.iso).toBe('2024-02-29');
  });

  test('words that only look like dates are left alone', () => {
    expect(findDatePhrases('Japan may act, said one official.', PUBLISHED)).toEqual([]);
    expect(findDatePhrases('The meeting lasted about one hour and 20 minutes.', PUBLISHED)).toEqual(
      [],
    );
    expect(findDatePhrases('It sold 2018 tons.', PUBLISHED)).toEqual([]);
  });
});

describe('findDatePhrases', () => {
  test('finds every phrase of a sentence with the part a <time> wraps', () => {
    const sentence =
      'Raimondo will make a two-day visit to Singapore from Tuesday and travel to Malaysia on Thursday.';
    const phrases = findDatePhrases(sentence, PUBLISHED);
    expect(
      phrases.map((p) => [p.text, sentence.slice(p.coreStart, p.coreEnd), p.date.iso]),
    ).toEqual([
      ['from Tuesday', 'Tuesday', '2021-11-16'],
      ['on Thursday', 'Thursday', '2021-11-18'],
    ]);
  });

  test('marks phrases that state their date in full as explicit', () => {
    const [since2018] = findDatePhrases(
      'Since 2018, the United States has been imposing extra duties.',
      PUBLISHED,
    );
    expect(since2018).toMatchObject({ text: 'Since 2018', explicit: true });
    const [monday] = findDatePhrases('Japan and the US on Monday discussed trade.', PUBLISHED);
    expect(monday).toMatchObject({ text: 'on Monday', explicit: false });
  });
});

describe('tenseBefore', () => {
  test('the nearest marker wins, and "since" always looks back', () => {
    expect(tenseBefore('Raimondo arrived in Tokyo ', 26)).toBe('past');
    expect(tenseBefore('Raimondo will make a visit ', 27)).toBe('future');
    expect(tenseBefore('He said she will travel ', 24)).toBe('future');
    expect(tenseBefore('She will go; it ended ', 22)).toBe('past');
    expect(tenseBefore('She will stay ', 14, 'since')).toBe('past');
    expect(tenseBefore('Officials need ', 15)).toBe('past');
  });
});
