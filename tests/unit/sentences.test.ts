import { describe, expect, test } from 'vitest';
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
