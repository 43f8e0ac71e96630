import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { wordsOf } from '../../src/lib/article-text.ts';
import { loadContent } from '../../src/lib/load-content.ts';

const SEED_COPY = 'tests/fixtures/seed-article.txt';
const SHARED_SEED = '../shared/seed/article.txt';

describe('the article in content/', () => {
  const article = loadContent('content').collections.articles.find((a) =>
    a.file.endsWith('japan-us-tariff-talks.md'),
  );

  test('holds every word of the seed, in order, with the credit line', () => {
    const credit = (article?.data as { credit: string }).credit;
    const words = [...wordsOf(article?.body ?? ''), '-', ...wordsOf(credit)];
    expect(words).toEqual(wordsOf(readFileSync(SEED_COPY, 'utf8')));
  });

  test.skipIf(!existsSync(SHARED_SEED))('the seed copy kept in tests/ is the shared seed', () => {
    expect(readFileSync(SEED_COPY, 'utf8')).toBe(readFileSync(SHARED_SEED, 'utf8'));
  });
});
