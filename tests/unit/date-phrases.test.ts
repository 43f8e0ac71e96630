import { describe, expect, test } from 'vitest';
import { describeReading, findDatePhrases, type DatePhrase } from '../../src/lib/date-phrases.ts';
import { readTense } from '../../src/lib/tense.ts';
import { DATE_CORPUS, type ExpectedPhrase } from './date-corpus.ts';

/** Monday 15 Nov 2021, the published day of the article the site was built for. */
const PUBLISHED = '2021-11-15';

/** What a found phrase says, in the shape of the corpus's expectation for it. */
function asExpected(found: DatePhrase, expected: ExpectedPhrase | undefined): ExpectedPhrase {
  return {
    text: found.text,
    datetime: found.datetime,
    ...(expected?.tense ? { tense: found.reading?.tense } : {}),
    ...(expected?.because ? { because: found.reading?.because } : {}),
  } as ExpectedPhrase;
}

const only = (sentence: string, published = PUBLISHED): DatePhrase => {
  const phrases = findDatePhrases(sentence, published);
  expect(phrases).toHaveLength(1);
  return phrases[0]!;
};

describe('the date corpus', () => {
  test('holds at least 150 sentences, each once', () => {
    expect(DATE_CORPUS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(DATE_CORPUS.map((entry) => entry.sentence)).size).toBe(DATE_CORPUS.length);
  });

  test.each([
    'United States',
    'United Kingdom',
    'United Arab Emirates',
    'United Steelworkers',
    'United Nations',
  ])('names %s in sentences read both ways', (name) => {
    const tenses = DATE_CORPUS.filter((entry) => entry.sentence.includes(name)).flatMap((entry) =>
      entry.phrases.map((phrase) => phrase.tense),
    );
    expect(tenses).toContain('past');
    expect(tenses).toContain('future');
  });

  test.each(['expected to', 'set to', 'plans to', 'is scheduled to', 'is due to', 'is to '])(
    'frames a phrase with "%s"',
    (frame) => {
      expect(DATE_CORPUS.some((entry) => entry.sentence.includes(frame))).toBe(true);
    },
  );

  test.each(DATE_CORPUS.map((entry) => [entry.sentence, entry] as const))(
    '%s',
    (_, { sentence, published, phrases }) => {
      const found = findDatePhrases(sentence, published);
      expect(found.map((phrase, i) => asExpected(phrase, phrases[i]))).toEqual(phrases);
      for (const phrase of found)
        expect(sentence.slice(phrase.start, phrase.end)).toBe(phrase.text);
    },
  );
});

describe('the issue: "United" is a name, not a verb in -ed', () => {
  test('steel that will enter the United States from April 1 enters it in 2022', () => {
    const phrase = only('Steel will enter the United States duty-free from April 1.', '2022-02-07');
    expect(phrase.datetime).toBe('2022-04-01');
    expect(describeReading(phrase)).toBe('"from April 1" (read as future because of "will")');
  });
});

describe('describeReading', () => {
  test('names the words that set the tense', () => {
    const phrase = only('The minister will visit the United Kingdom on Thursday.', '2022-02-07');
    expect(describeReading(phrase)).toBe('"on Thursday" (read as future because of "will")');
    const past = only('The agency said on Friday that exports had fallen.');
    expect(describeReading(past)).toBe('"on Friday" (read as past because of "said")');
  });

  test('names a frame and a verb of commitment', () => {
    expect(
      describeReading(only('The United States is expected to lift the duty on Thursday.')),
    ).toBe('"on Thursday" (read as future because of "expected to")');
    const [, friday] = findDatePhrases(
      'The ministers met on Monday and agreed to meet again on Friday.',
      '2023-06-15',
    );
    expect(describeReading(friday!)).toBe('"on Friday" (read as future because of "agreed to")');
  });

  test('says why a present tense or a missing verb decided', () => {
    expect(describeReading(only('The ministers meet on Thursday.'))).toBe(
      '"on Thursday" (read as future because of "meet", present tense for an arranged event)',
    );
    expect(describeReading(only('A steel summit on Thursday.'))).toBe(
      '"on Thursday" (read as past: no verb, so read as what has happened)',
    );
    expect(describeReading(only('The port has been shut since Monday.', '2023-06-15'))).toBe(
      '"since Monday" (read as past because of "since")',
    );
  });

  test('gives only the phrase where no tense was needed', () => {
    expect(describeReading(only('The duty was raised last month.'))).toBe('"last month"');
    expect(describeReading(only('The duty took effect on March 8, 2018.'))).toBe(
      '"on March 8, 2018"',
    );
  });
});

describe('the phrase and its core', () => {
  test.each([
    ['The ministers met on Monday.', 'on Monday', 'Monday'],
    ['Steel will enter duty-free from April 1.', 'from April 1', 'April 1'],
    ['Since 2018, duties have applied.', 'Since 2018', '2018'],
    ['The EU agreed on Oct. 30 to suspend them.', 'on Oct. 30', 'Oct. 30'],
    ['The duty took effect on March 8, 2018.', 'on March 8, 2018', 'March 8, 2018'],
    ['The plant will reopen in late March.', 'in late March', 'late March'],
    ['Imports have fallen since March 2018.', 'since March 2018', 'March 2018'],
    ['The minister will travel next week.', 'next week', 'next week'],
    ["Today's talks are the first.", "Today's", "Today's"],
    ['The quota was raised last Friday.', 'last Friday', 'Friday'],
  ])('in "%s" the phrase is "%s" and the core "%s"', (sentence, text, core) => {
    const phrase = only(sentence);
    expect(sentence.slice(phrase.start, phrase.end)).toBe(text);
    expect(sentence.slice(phrase.coreStart, phrase.coreEnd)).toBe(core);
  });

  test('gives offsets into the sentence for every phrase of it, in order', () => {
    const sentence =
      'Minister Ada Pell will visit the United States from Tuesday and travel to the United ' +
      'Kingdom on Thursday.';
    const phrases = findDatePhrases(sentence, PUBLISHED);
    expect(
      phrases.map((p) => [p.text, sentence.slice(p.coreStart, p.coreEnd), p.datetime]),
    ).toEqual([
      ['from Tuesday', 'Tuesday', '2021-11-16'],
      ['on Thursday', 'Thursday', '2021-11-18'],
    ]);
    expect(phrases[0]!.start).toBe(sentence.indexOf('from Tuesday'));
    expect(phrases[1]!.coreEnd).toBe(sentence.indexOf('.', phrases[1]!.start));
  });

  test('gives a week its first and last day and its ISO name', () => {
    expect(only('The minister will travel next week.')).toMatchObject({
      date: { iso: '2021-11-22', precision: 'day' },
      endDate: { iso: '2021-11-28', precision: 'day' },
      precision: 'week',
      datetime: '2021-W47',
    });
  });

  test('marks phrases that state their date in full as explicit', () => {
    expect(only('Since 2018, the United States has been imposing extra duties.')).toMatchObject({
      text: 'Since 2018',
      explicit: true,
      precision: 'year',
    });
    expect(only('Japan and the US on Monday discussed trade.')).toMatchObject({
      text: 'on Monday',
      explicit: false,
      precision: 'day',
    });
    const since = only('Imports have fallen since March 2018.');
    expect(since).toMatchObject({ explicit: true, precision: 'month' });
    expect(since.reading).toBeUndefined();
  });
});

describe('resolving across the calendar', () => {
  test(
    'a weekday that is the published day is that ' + 'day, unless "last" or "next" says otherwise',
    () => {
      expect(only('They met on Monday.').datetime).toBe('2021-11-15');
      expect(only('They will meet on Monday.').datetime).toBe('2021-11-15');
      expect(only('They met last Monday.').datetime).toBe('2021-11-08');
      expect(only('They will meet next Monday.').datetime).toBe('2021-11-22');
    },
  );

  test('the tense decides between the week before and the week after', () => {
    expect(only('She arrived on Sunday.').datetime).toBe('2021-11-14');
    expect(only('She will leave on Sunday.').datetime).toBe('2021-11-21');
    expect(only('The talks began on Thursday.').datetime).toBe('2021-11-11');
  });

  test('weekdays cross months, years and leap days', () => {
    expect(only('He arrived on Sunday.', '2021-03-01').datetime).toBe('2021-02-28');
    expect(only('It ended on Thursday.', '2024-03-01').datetime).toBe('2024-02-29');
    expect(only('They will meet on Monday.', '2021-12-31').datetime).toBe('2022-01-03');
  });

  test('"last month", "last year" and "next month" cross the new year', () => {
    expect(only('It fell last month.', '2021-01-15').date).toEqual({
      iso: '2020-12',
      precision: 'month',
    });
    expect(only('It fell last year.', '2021-01-15').date).toEqual({
      iso: '2020',
      precision: 'year',
    });
    expect(only('It will rise next month.', '2021-12-15').datetime).toBe('2022-01');
  });

  test('a month name looks back or ahead with the tense', () => {
    expect(only('He took office in March.', '2021-02-10').datetime).toBe('2020-03');
    expect(only('He will take office in March.', '2021-02-10').datetime).toBe('2021-03');
    expect(only('It started in November.').datetime).toBe('2021-11');
  });

  test('a month and day looks back or ahead to the nearest year, and must exist', () => {
    expect(only('They agreed on Oct. 30.', '2021-01-05').datetime).toBe('2020-10-30');
    expect(only('They will agree on Oct. 30.', '2021-01-05').datetime).toBe('2021-10-30');
    expect(findDatePhrases('It happened on Feb. 29.', '2021-11-15')).toEqual([]);
    expect(only('It happened on Feb. 29.', '2024-11-15').datetime).toBe('2024-02-29');
  });
});

describe('readTense', () => {
  const at = (sentence: string, phrase: string) => {
    const start = sentence.indexOf(phrase);
    return readTense(sentence, start, start + phrase.length);
  };

  test('reads the verb group that governs the phrase', () => {
    expect(at('Raimondo arrived in Tokyo on Sunday.', 'on Sunday')).toMatchObject({
      tense: 'past',
      because: 'arrived',
    });
    expect(at('Raimondo will make a visit on Sunday.', 'on Sunday')).toMatchObject({
      tense: 'future',
      because: 'will',
    });
    expect(at('He said she will travel on Sunday.', 'on Sunday').tense).toBe('future');
    expect(at('She will go home; it ended on Sunday.', 'on Sunday').tense).toBe('past');
  });

  test('reads a present passive as arranged, not as past', () => {
    expect(at('The levy is raised on Friday.', 'on Friday').tense).toBe('future');
    expect(at('The levy was raised on Friday.', 'on Friday')).toMatchObject({
      tense: 'past',
      because: 'was',
    });
    expect(at('The board did not meet on Friday.', 'on Friday')).toMatchObject({
      tense: 'past',
      because: 'did',
    });
  });

  test('reads an irregular past the tagger takes for a name as a verb', () => {
    expect(at('The rally drew crowds on Saturday.', 'on Saturday')).toMatchObject({
      tense: 'past',
      because: 'drew',
    });
  });

  test('reads a phrase deep in a long sentence from the words around it', () => {
    const filler = 'officials counted the crates, '.repeat(200);
    const sentence = `The ministers met, ${filler}and they will meet again on Friday.`;
    expect(sentence.length).toBeGreaterThan(5000);
    expect(at(sentence, 'on Friday')).toMatchObject({ tense: 'future', because: 'will' });
  });
});
