/** Small text helpers: a CSS string that is safe in a <style>, and the words around a term. */
import { describe, expect, test } from 'vitest';
import { cssString, excerptAround } from '../../src/lib/text.ts';

describe('cssString', () => {
  test('escapes quotes and cannot close the <style> it stands in', () => {
    expect(cssString('Say "hi" </style>')).toBe('"Say \\"hi\\" \\3c /style>"');
  });
});

describe('excerptAround', () => {
  const sentence =
    'This test sentence, written for the tests, says the widget duty of the test story was ' +
    'raised again on a Monday in spring.';
  const around = (name: string, length: number) => {
    const start = sentence.indexOf(name);
    return excerptAround(sentence, start, start + name.length, length);
  };

  test(
    'shows the words around the name, cut at words, with an ellipsis where the sentence goes ' +
      'on',
    () => {
      expect(around('widget duty', 40)).toBe('…says the widget duty of the test…');
      expect(around('widget duty', 40).length).toBeLessThanOrEqual(42);
    },
  );

  test('near either end, the excerpt starts or ends with the sentence', () => {
    expect(around('This test sentence', 40)).toBe('This test sentence, written for the…');
    expect(around('in spring.', 40)).toBe('…was raised again on a Monday in spring.');
  });

  test('with no space to cut at, the excerpt is the name, not the whole sentence', () => {
    const run = `${'x'.repeat(60)}-widget-duty-${'y'.repeat(60)}`;
    const start = run.indexOf('widget-duty');
    expect(excerptAround(run, start, start + 11, 40)).toBe('…widget-duty…');
  });

  test('a short sentence, or a name longer than the room, is not cut inside the name', () => {
    expect(excerptAround('Short test text.', 0, 5, 40)).toBe('Short test text.');
    expect(around('widget duty of the test story was raised', 20)).toBe(
      '…widget duty of the test story was raised…',
    );
  });
});
