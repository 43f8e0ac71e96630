import { describe, expect, test } from 'vitest';
import { createSwallowFinder, createTermMatcher } from '../../src/lib/terms.ts';

const find = createTermMatcher([
  {
    id: 'mofa',
    names: [
      'Ministry of Foreign Affairs of Japan',
      'Japanese Foreign Ministry',
      'Foreign Ministry',
      'the ministry',
    ],
  },
  { id: 'tariff', names: ['Tariff', 'tariffs', 'duty'] },
  { id: 'duty-free', names: ['Duty-free'] },
  { id: 'eu', names: ['European Union', 'EU'] },
]);
const ids = (text: string) => find(text).map((m) => `${m.id}:${text.slice(m.start, m.end)}`);

describe('createTermMatcher', () => {
  test('prefers the longest name', () => {
    expect(ids('the Japanese Foreign Ministry said')).toEqual(['mofa:Japanese Foreign Ministry']);
  });

  test('matches without regard to case, on whole words only', () => {
    expect(ids('The ministry said. Tariffs rose.')).toEqual([
      'mofa:The ministry',
      'tariff:Tariffs',
    ]);
    expect(ids('EUROPEAN steel from the EU, not Europe or EUR')).toEqual(['eu:EU']);
  });

  test('does not find a word inside a hyphenated one', () => {
    expect(ids('to enter duty-free')).toEqual(['duty-free:duty-free']);
    expect(ids('a duty of 25%')).toEqual(['tariff:duty']);
  });

  test('finds nothing with no entries', () => {
    expect(createTermMatcher([])('anything')).toEqual([]);
  });
});

describe('createTermMatcher with a large glossary', () => {
  test('finds the right entry among thousands, by the first word of its names', () => {
    const entries = Array.from({ length: 5000 }, (_, i) => ({
      id: `term-${i}`,
      names: [`Term ${i}`, `Alias number ${i}`],
    }));
    const match = createTermMatcher(entries);
    const text = 'See term 4321 and alias number 17, not term-99.';
    expect(match(text).map((m) => `${m.id}:${text.slice(m.start, m.end)}`)).toEqual([
      'term-4321:term 4321',
      'term-17:alias number 17',
    ]);
  });
});

describe('createSwallowFinder', () => {
  const find = createSwallowFinder([
    { id: 'test-trade', names: ['Test Trade'] },
    { id: 'test-act', names: ['Trade Expansion Test Act'] },
    { id: 'duty', names: ['duty'] },
    { id: 'extra-duty', names: ['extra duty'] },
  ]);

  test('finds a name that takes the start of another entry’s name and cuts it', () => {
    expect(find('The Test Trade Expansion Test Act applies.')).toEqual([
      { by: { id: 'test-trade', start: 4, end: 14 }, cut: { id: 'test-act', start: 9, end: 33 } },
    ]);
  });

  test('leaves alone a name wholly inside a longer one, which is meant to win', () => {
    expect(find('An extra duty applies.')).toEqual([]);
  });
});
