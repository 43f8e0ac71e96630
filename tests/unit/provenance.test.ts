/**
 * The provenance rule at its real precision: what a quote's dates back, and what they contradict.
 */
import { describe, expect, test } from 'vitest';
import type { PartialDate } from '../../src/lib/calendar.ts';
import { findDatePhrases } from '../../src/lib/date-phrases.ts';
import {
  backsDate,
  dateBacking,
  quoteDateDisagreement,
  unbackedDateMessage,
} from '../../src/lib/provenance.ts';

const day = (iso: string): PartialDate => ({ iso, precision: 'day' });
const phrases = (sentence: string) => findDatePhrases(sentence, '2023-03-06');
const article = { id: 'test-article', published: '2023-03-06' };

describe('quoteDateDisagreement', () => {
  test('agrees where every phrase shares a day with the item', () => {
    expect(
      quoteDateDisagreement(
        phrases('They will meet on Thursday.'),
        { start: day('2023-03-09') },
        article,
      ),
    ).toBeNull();
    expect(
      quoteDateDisagreement(
        phrases('It has applied since 2021.'),
        { start: day('2021-01-04'), end: day('2023-04-30') },
        article,
      ),
    ).toBeNull();
  });

  test('says how it read the phrase where it disagrees', () => {
    expect(
      quoteDateDisagreement(
        phrases('They will meet on Thursday.'),
        { start: day('2023-03-02') },
        article,
      ),
    ).toBe(
      'disagrees with the quote: "on Thursday" (read as future because of "will") means 9 Mar ' +
        '2023 (2023-03-09) in article test-article, published 2023-03-06',
    );
    expect(
      quoteDateDisagreement(
        phrases('Talks are due next week.'),
        { start: day('2023-03-01') },
        article,
      ),
    ).toBe(
      'disagrees with the quote: "next week" means 13 Mar 2023 to 19 Mar 2023 in article ' +
        'test-article, published 2023-03-06',
    );
  });
});

describe('dateBacking', () => {
  test('the quote backs a date it names at least as precisely as shown', () => {
    expect(dateBacking(phrases('They met on Monday.'), { date: day('2023-03-06') })).toBe('quote');
    expect(
      dateBacking(phrases('They met in March.'), { date: { iso: '2023-03', precision: 'month' } }),
    ).toBe('quote');
  });

  test('a source must give a date more precise than the quote, or one it does not name', () => {
    expect(dateBacking(phrases('It has applied since 2021.'), { date: day('2021-01-04') })).toBe(
      'source',
    );
    expect(dateBacking(phrases('They met.'), { date: day('2023-03-06') })).toBe('source');
    expect(dateBacking(phrases('Talks are due next week.'), { date: day('2023-03-14') })).toBe(
      'source',
    );
  });

  test('a span needs both ends backed', () => {
    const meeting = phrases('They will meet from Tuesday.');
    expect(backsDate(meeting, day('2023-03-07'))).toBe(true);
    expect(dateBacking(meeting, { date: day('2023-03-07'), end: day('2023-03-08') })).toBe(
      'source',
    );
  });

  test('tells the editor what the quote gives and what to do', () => {
    expect(
      unbackedDateMessage(
        'applied since 2021',
        phrases('It has applied since 2021.'),
        day('2021-01-04'),
      ),
    ).toBe(
      '2021-01-04 is more precise than the quote: "applied since 2021" gives only "since 2021"; ' +
        'cite a source for the date in evidence.sources, or show the date as the quote gives it',
    );
  });
});
