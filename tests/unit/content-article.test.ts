import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { wordsOf } from '../../src/lib/article-text.ts';
import { loadContent } from '../../src/check/load.ts';

const SEED_COPY = 'tests/fixtures/seed-article.txt';
const SHARED_SEED = '../shared/seed/article.txt';

describe('the article in content/', () => {
  const article = loadContent('content').content?.articles.find(
    (a) => a.id === 'japan-us-tariff-talks',
  );

  test('holds every word of the seed, in order, with the credit line', () => {
    const words = [...wordsOf(article?.body ?? ''), '-', ...wordsOf(article?.credit ?? '')];
    expect(words).toEqual(wordsOf(readFileSync(SEED_COPY, 'utf8')));
  });

  test.skipIf(!existsSync(SHARED_SEED))('the seed copy kept in tests/ is the shared seed', () => {
    expect(readFileSync(SEED_COPY, 'utf8')).toBe(readFileSync(SHARED_SEED, 'utf8'));
  });
});
