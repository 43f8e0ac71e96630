import { describe, expect, test } from 'vitest';
import {
  datePhrasesOfQuote,
  indexArticles,
  locateQuote,
  quoteDateDisagreement,
} from '../../src/lib/provenance.ts';

const article = (id: string, body: string) => ({ id, published: '2021-11-15', body });

describe('locateQuote', () => {
  const index = indexArticles([
    article('first', 'The ministers met on Monday. They agreed to talk.\n\nThe talks will go on.'),
    article('second', 'The ministers met again on Sunday. Nothing was agreed.'),
  ]);

  test('finds the article and the sentence, across quote styles', () => {
    expect(locateQuote('They agreed to talk', index)).toMatchObject({
      articleId: 'first',
      sentence: { id: 'p1-s2' },
    });
    expect(locateQuote('The ministers met again', index)).toMatchObject({
      articleId: 'second',
      sentence: { id: 'p1-s1' },
    });
    expect(locateQuote('agreed to “talk.”', index)).toBeNull();
  });

  test('links a quote that runs into the next sentence to the first', () => {
    expect(locateQuote('on Monday. They agreed', index)?.sentence.id).toBe('p1-s1');
  });

  test('returns null for words in no article', () => {
    expect(locateQuote('The ministers met on Friday', index)).toBeNull();
    expect(locateQuote('', index)).toBeNull();
  });

  test('finds the one article among thousands that share most words', () => {
    const many = indexArticles(
      Array.from({ length: 3000 }, (_, i) =>
        article(`a${i}`, `The synthetic minister ${i} said the tariff must go. It went.`),
      ),
    );
    expect(locateQuote('The synthetic minister 2718 said the tariff', many)?.articleId).toBe(
      'a2718',
    );
  });
});

describe('the date rule', () => {
  const index = indexArticles([
    article(
      'a',
      'Raimondo arrived in Tokyo on Sunday for a visit. She will travel to Malaysia on Thursday.',
    ),
  ]);
  const day = (iso: string) => ({ iso, precision: 'day' as const });

  test('reads the dates of the quote in the tense of its sentence', () => {
    const location = locateQuote('travel to Malaysia on Thursday', index)!;
    expect(
      datePhrasesOfQuote('travel to Malaysia on Thursday', location).map((p) => p.date.iso),
    ).toEqual(['2021-11-18']);
  });

  test('agrees with the right day, and says why not with another', () => {
    const location = locateQuote('Raimondo arrived in Tokyo on Sunday', index)!;
    expect(
      quoteDateDisagreement('Raimondo arrived in Tokyo on Sunday', location, {
        start: day('2021-11-14'),
      }),
    ).toBeNull();
    expect(
      quoteDateDisagreement('Raimondo arrived in Tokyo on Sunday', location, {
        start: day('2021-11-10'),
        end: day('2021-11-20'),
      }),
    ).toBeNull();
    expect(
      quoteDateDisagreement('Raimondo arrived in Tokyo on Sunday', location, {
        start: day('2021-11-21'),
      }),
    ).toBe(
      'disagrees with the quote: "on Sunday" means 14 Nov 2021 (2021-11-14) in article a, published 2021-11-15',
    );
  });
});
