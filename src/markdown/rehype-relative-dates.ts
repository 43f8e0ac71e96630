/**
 * Marks up the date phrases of each sentence ("on Monday", "last month",
 * "Oct. 30") with `<time datetime>`, and shows the calendar date beside a
 * phrase that does not state it ("on Monday 15 Nov 2021"). The phrases come
 * from the content check (`paragraphs`); a sentence it did not read is read
 * here against `published`.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { ArticleParagraph } from '../lib/article-text.ts';
import { formatPartialDate } from '../lib/calendar.ts';
import { findDatePhrases, type DatePhrase } from '../lib/date-phrases.ts';

export interface RehypeRelativeDatesOptions {
  /** The day the article was published, `YYYY-MM-DD`. */
  published: string;
  /** The article's paragraphs as the content check read them, with their phrases. */
  paragraphs?: readonly ArticleParagraph[];
}

/** What the plugins add beside the article's words; it is not part of the sentence. */
const ADDED = ['date-note', 'sentence-anchor'];

const isAdded = (node: Element) => {
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.some((c) => ADDED.includes(String(c)));
};

/** The text nodes of the sentence's own words, with their offsets in its text. */
function textNodes(root: Element): { node: Text; parent: Element; start: number }[] {
  const found: { node: Text; parent: Element; start: number }[] = [];
  let offset = 0;
  visit(root, (node, _index, parent) => {
    if (node.type === 'element' && isAdded(node)) return SKIP;
    if (node.type === 'text') {
      found.push({ node, parent: parent as Element, start: offset });
      offset += node.value.length;
    }
    return undefined;
  });
  return found;
}

/** The date a phrase means, as a reader sees it beside the phrase's words. */
function dateLabel(phrase: DatePhrase, words: string): string {
  if (phrase.precision === 'week') return `week of ${formatPartialDate(phrase.date)}`;
  const label = formatPartialDate(phrase.date);
  // "in March (2021)", not "in March (March 2021)": the words name the month already.
  const [month, year] = label.split(' ');
  const named = new RegExp(`\\b${month}\\b`);
  if (phrase.precision === 'month' && year && named.test(words)) return year;
  return label;
}

/** Whether a place in a sentence's text is inside a quotation: an odd number of marks before it. */
function inQuotation(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const straight = before.match(/"/g)?.length ?? 0;
  const opened = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  return straight % 2 === 1 || opened > 0;
}

function annotate(sentence: Element, phrases: readonly DatePhrase[]) {
  const text = textNodes(sentence)
    .map(({ node }) => node.value)
    .join('');
  // From the last phrase back, so earlier offsets stay true.
  for (const phrase of [...phrases].reverse()) {
    const holder = textNodes(sentence).find(
      ({ node, start }) => start <= phrase.coreStart && phrase.coreEnd <= start + node.value.length,
    );
    if (!holder || holder.parent.tagName === 'time') continue;
    const { node, parent, start } = holder;
    const core = node.value.slice(phrase.coreStart - start, phrase.coreEnd - start);
    // Shown, read aloud and copied alike, as one run of text: "Monday (15 Nov 2021)"; in
    // square brackets inside a quotation, as an editor's insertion into someone's words.
    const label = dateLabel(phrase, core);
    const note = inQuotation(text, phrase.coreStart) ? ` [${label}]` : ` (${label})`;
    const pieces: ElementContent[] = [
      { type: 'text', value: node.value.slice(0, phrase.coreStart - start) },
      h('time.relative-date', { dateTime: phrase.datetime }, core),
      ...(phrase.explicit ? [] : [h('span.date-note', note)]),
      { type: 'text', value: node.value.slice(phrase.coreEnd - start) },
    ];
    parent.children.splice(
      parent.children.indexOf(node),
      1,
      ...pieces.filter((piece) => piece.type !== 'text' || piece.value !== ''),
    );
  }
}

export default function rehypeRelativeDates({
  published,
  paragraphs = [],
}: RehypeRelativeDatesOptions) {
  const known = new Map(paragraphs.flatMap((p) => p.sentences).map((s) => [s.id, s]));
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const classes = node.properties.className;
      if (!Array.isArray(classes) || !classes.includes('sentence')) return;
      const words = textNodes(node)
        .map(({ node: text }) => text.value)
        .join('');
      const given = known.get(String(node.properties.id));
      annotate(node, given?.text === words ? given.phrases : findDatePhrases(words, published));
    });
  };
}
