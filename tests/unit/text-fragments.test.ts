/** Text-fragment directives worked out against the text a browser searches, breaks included. */
import type { Root } from 'hast';
import { h, type Child } from 'hastscript';
import { describe, expect, test } from 'vitest';
import {
  BLOCK_BREAK,
  BOX_BREAK,
  pageTextOf,
  textDirective,
  type PageContext,
} from '../../src/lib/text-fragments.ts';

const sentence = (id: string, ...children: Child[]) => h('span.sentence', { id }, ...children);
/** A glossary term as the site marks it: its words a label, then an empty, zero-width button. */
const term = (words: string) => [
  h('label.term', { for: 'x', ariaHidden: 'true' }, words),
  h('button.term-open', { type: 'button', ariaLabel: words }),
];
const root = (...children: ReturnType<typeof h>[]): Root => ({ type: 'root', children });

/** The directive for the words of a sentence, from its `from`th own character to its `to`th. */
function directiveFor(tree: Root, id: string, from: number, to: number, context?: PageContext) {
  const { text, sentenceOffsets } = pageTextOf(tree);
  const offsets = sentenceOffsets.get(id)!;
  const directive = textDirective(text, offsets[from]!, offsets[to - 1]! + 1, context);
  return directive && decodeURIComponent(directive);
}

const article = root(
  h('p', { id: 'p1' }, [
    sentence(
      'p1-s1',
      'Hayashi asked for relief under ',
      term('Section 232'),
      ' of the US ',
      term('Trade Expansion Act of 1962'),
      '.',
    ),
    ' ',
    sentence('p1-s2', 'It was imposed by ', term("Donald Trump's"), ' administration.'),
    h('a.anchor.paragraph-anchor', { href: '#p1' }),
  ]),
  h('p', { id: 'p2' }, [
    sentence(
      'p2-s1',
      'Raimondo met Hagiuda on Monday',
      h('span.date-note', ' (15 Nov 2021)'),
      ' in Tokyo.',
    ),
    ' ',
    sentence('p2-s2', 'Raimondo met Hayashi too.'),
  ]),
  h('section.term-defs', [h('p.term-def', 'Section 232: a law.')]),
);

describe('pageTextOf', () => {
  test(
    'breaks the text where a browser search breaks: blocks and buttons with words, not ' +
      'dates, anchors or glossary terms',
    () => {
      const { text } = pageTextOf(article);
      expect(text).toContain('under Section 232 of the US Trade Expansion Act of 1962.');
      const copy = root(h('p', ['Share ', h('button', 'Copy link'), ' here']));
      expect(pageTextOf(copy).text).toContain(`Share ${BOX_BREAK}Copy link${BOX_BREAK} here`);
      expect(text).toContain(
        `.${BLOCK_BREAK}${BLOCK_BREAK}Raimondo met Hagiuda on Monday (15 Nov 2021) in Tokyo.`,
      );
      expect(text).not.toContain('a law');
    },
  );

  test("maps each sentence's own words, not the notes beside them, to the page text", () => {
    const { text, sentenceOffsets } = pageTextOf(article);
    const own = sentenceOffsets
      .get('p2-s1')!
      .map((at) => text[at])
      .join('');
    expect(own).toBe('Raimondo met Hagiuda on Monday in Tokyo.');
  });
});

describe('textDirective', () => {
  test('names the words alone where they stand once in one run of text', () => {
    expect(directiveFor(article, 'p2-s2', 0, 'Raimondo met Hayashi'.length)).toBe(
      'text=raimondo met hayashi',
    );
  });

  test("reads through a glossary term's words as through any others", () => {
    const from = 'Hayashi asked for relief '.length;
    expect(directiveFor(article, 'p1-s1', from, from + 'under Section'.length)).toBe(
      'text=under section',
    );
  });

  test('marks a longer quote by its first and last words', () => {
    const quote = 'relief under Section 232 of the US Trade Expansion Act of 1962';
    const from = 'Hayashi asked for '.length;
    expect(directiveFor(article, 'p1-s1', from, from + quote.length)).toBe('text=relief,1962');
  });

  test('spans a button with words with a start and an end, each inside one run', () => {
    const copy = root(h('p', [sentence('p1-s1', 'Press ', h('button', 'Copy'), ' to share.')]));
    expect(directiveFor(copy, 'p1-s1', 0, 'Press Copy to share'.length)).toBe('text=press,share');
  });

  test('adds the words before the quote where its start stands alone elsewhere first', () => {
    const from = 'Hayashi asked for relief under '.length;
    const menu = { before: ['Home', 'Section 232', 'Glossary'] };
    expect(directiveFor(article, 'p1-s1', from, from + 'Section 232'.length, menu)).toBe(
      'text=under-,section 232',
    );
  });

  test('ends a quote that ends inside a word there, the rest of the word as a suffix', () => {
    const from = 'It was imposed by '.length;
    expect(directiveFor(article, 'p1-s2', from, from + 'Donald Trump'.length)).toBe(
      "text=donald trump,-'s",
    );
  });

  test('reads through the date a note adds between the words', () => {
    const quote = 'Hagiuda on Monday in Tokyo';
    const from = 'Raimondo met '.length;
    // Below, the same words up to the date: the start runs on into the note to be unique.
    const below = { after: ['Hagiuda on Monday left'] };
    expect(directiveFor(article, 'p2-s1', from, from + quote.length, below)).toBe(
      'text=hagiuda on monday (15,tokyo',
    );
  });

  test(
    'never starts where the same words come earlier, and gives up where nothing tells them ' +
      'apart',
    () => {
      const twice = root(
        h('p', [sentence('p1-s1', 'The talks began.')]),
        h('p', [sentence('p2-s1', 'The talks began.')]),
      );
      expect(directiveFor(twice, 'p2-s1', 0, 'The talks began'.length)).toBeNull();
      const later = root(
        h('p', [sentence('p1-s1', 'The talks began in Tokyo.')]),
        h('p', [sentence('p2-s1', 'The talks ended under ', term('Section 232'), ' in Paris.')]),
      );
      const quote = 'The talks ended under Section 232 in Paris';
      expect(directiveFor(later, 'p2-s1', 0, quote.length)).toBe('text=the talks ended,paris');
    },
  );

  test('does not let a start occur again below the words either', () => {
    const from = 'Raimondo met '.length;
    expect(
      directiveFor(article, 'p2-s1', from, from + 'Hagiuda'.length, { after: ['Hagiuda left'] }),
    ).toBe('text=met-,hagiuda');
  });
});
