/** An article read once into paragraphs, sentences and date phrases, and quotes found in it. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  articleParagraphs,
  findQuote,
  normalizeText,
  phrasesOfQuote,
  searchableArticle,
} from '../../src/lib/article-text.ts';
import { parseMarkdown } from '../../src/lib/markdown.ts';

const read = (markdown: string, published = '2023-03-06') =>
  articleParagraphs(parseMarkdown(markdown), published);

describe('articleParagraphs', () => {
  test('numbers top-level paragraphs and their sentences, with their dates', () => {
    const paragraphs = read(
      '# A test heading\n\nThey met on Monday. It rained.\n\nA *second* test paragraph.',
    );
    expect(paragraphs.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(paragraphs[0]?.sentences).toMatchObject([
      {
        id: 'p1-s1',
        text: 'They met on Monday.',
        phrases: [{ text: 'on Monday', datetime: '2023-03-06' }],
      },
      { id: 'p1-s2', text: 'It rained.', phrases: [] },
    ]);
    expect(paragraphs[1]?.text).toBe('A second test paragraph.');
  });

  test('finds the 20 sentences of the seed article, losing no word', () => {
    const seed = readFileSync('tests/fixtures/seed-article.txt', 'utf8').replace(
      / — Agencies\s*$/,
      '',
    );
    const sentences = read(seed, '2021-11-15').flatMap((p) => p.sentences);
    expect(sentences).toHaveLength(20);
    expect(sentences.find((s) => s.text.includes('Oct.'))?.text).toBe(
      'The EU responded with a retaliatory measure but agreed on Oct. 30 to end the dispute.',
    );
    expect(sentences.map((s) => s.text).join(' ')).toBe(normalizeText(seed));
  });
});

describe('findQuote', () => {
  const article = searchableArticle(
    read(
      'The test ministers met on Monday. They agreed to talk.\n\nA duty of 25 percent stays, ' +
        '“they” said.',
    ),
  );

  test('finds the sentence that holds a quote, however its quotes and spaces were typed', () => {
    expect(findQuote('They agreed\n to talk', article)).toMatchObject([
      { sentence: { id: 'p1-s2' }, start: 0, end: 19 },
    ]);
    expect(findQuote('stays, "they" said', article)?.[0]?.sentence.id).toBe('p2-s1');
  });

  test('covers every sentence a quote runs over', () => {
    expect(findQuote('on Monday. They agreed', article)?.map((part) => part.sentence.id)).toEqual([
      'p1-s1',
      'p1-s2',
    ]);
  });

  test('matches whole words only', () => {
    expect(findQuote('5 percent stays', article)).toBeNull();
    expect(findQuote('ministers met', article)).not.toBeNull();
    expect(findQuote('inisters met', article)).toBeNull();
    expect(findQuote('', article)).toBeNull();
  });

  test('gives the date phrases inside the quoted words only', () => {
    const parts = findQuote('met on Monday. They agreed', article) ?? [];
    expect(phrasesOfQuote(parts).map((p) => p.text)).toEqual(['on Monday']);
    expect(phrasesOfQuote(findQuote('They agreed to talk', article) ?? [])).toEqual([]);
  });
});
