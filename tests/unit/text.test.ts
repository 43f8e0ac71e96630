/** Small text helpers: a CSS string that is safe in a <style>, and an excerpt cut at a word. */
import { describe, expect, test } from 'vitest';
import { cssString, excerpt } from '../../src/lib/text.ts';

describe('cssString', () => {
  test('escapes quotes and cannot close the <style> it stands in', () => {
    expect(cssString('Say "hi" </style>')).toBe('"Say \\"hi\\" \\3c /style>"');
  });
});

describe('excerpt', () => {
  test('cuts at a word boundary with an ellipsis, and leaves short text alone', () => {
    expect(excerpt('The test meeting, which lasted about one hour, was organized', 30)).toBe(
      'The test meeting, which…',
    );
    expect(excerpt('Short test text.', 30)).toBe('Short test text.');
  });
});
