import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { articleSentences } from '../../src/lib/article-text.ts';
import { splitSentences } from '../../src/lib/sentences.ts';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  test('splits at full stops, question marks and exclamation marks', () => {
    expect(texts('One. Two? Three! Four.')).toEqual(['One.', 'Two?', 'Three!', 'Four.']);
  });

  test('does not split inside abbreviations and initials', () => {
    expect(texts('The EU agreed on Oct. 30 to end it. Japan did not.')).toEqual([
      'The EU agreed on Oct. 30 to end it.',
      'Japan did not.',
    ]);
    expect(texts('The U.S. Trade Representative met Mr. Hagiuda. They talked.')).toHaveLength(2);
    expect(texts('J. Biden spoke. Then he left.')).toEqual(['J. Biden spoke.', 'Then he left.']);
  });

  test('keeps quoted speech with the words that follow it', () => {
    expect(texts('"We hope so," Hagiuda said. "Will it work?" she asked. He nodded.')).toEqual([
      '"We hope so," Hagiuda said.',
      '"Will it work?" she asked.',
      'He nodded.',
    ]);
  });

  test('ends a sentence after a closing quote', () => {
    expect(
      texts('Raimondo responded the "commitment is unwavering." The department agreed.'),
    ).toEqual(['Raimondo responded the "commitment is unwavering."', 'The department agreed.']);
  });

  test('gives ranges into the text, and nothing for empty text', () => {
    const text = '  First one.  Second one.  ';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'First one.',
      'Second one.',
    ]);
    expect(splitSentences('   ')).toEqual([]);
    expect(texts('No stop at the end')).toEqual(['No stop at the end']);
  });
});

describe('articleSentences on the whole article', () => {
  const markdown = readFileSync('content/articles/japan-us-tariff-talks.md', 'utf8').replace(
    /^---[\s\S]*?\n---\n/,
    '',
  );
  const sentences = articleSentences(markdown);

  test('finds the 20 sentences of the article, with ids by paragraph', () => {
    expect(sentences).toHaveLength(20);
    expect(sentences[0]!.id).toBe('p1-s1');
    expect(sentences.find((s) => s.id === 'p4-s2')?.text).toBe(
      'The secretary responded that Washington would prioritize its efforts to address the request.',
    );
  });

  test('keeps "Oct. 30" and the quoted speech whole', () => {
    expect(sentences.find((s) => s.text.includes('Oct.'))?.text).toBe(
      'The EU responded with a retaliatory measure but agreed on Oct. 30 to end the dispute.',
    );
    expect(sentences.find((s) => s.text.startsWith('"Through'))?.text).toMatch(
      /Hagiuda said at the meeting\.$/,
    );
  });

  test('loses no word: the sentences hold the article', () => {
    expect(sentences.map((s) => s.text).join(' ')).toBe(markdown.replace(/\s+/g, ' ').trim());
  });
});
