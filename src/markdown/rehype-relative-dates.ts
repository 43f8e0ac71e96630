/**
 * Marks up the date phrases of each sentence ("on Monday", "last month",
 * "Oct. 30") with `<time datetime>`, resolved against the day the article
 * was published, and shows the calendar date beside a phrase that does not
 * state it ("on Monday 15 Nov 2021").
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { findDatePhrases, formatPartialDate, type DatePhrase } from '../lib/dates.ts';

export interface RehypeRelativeDatesOptions {
  /** The day the article was published, `YYYY-MM-DD`; else read from the file's `data.published`. */
  published?: string;
}

/** What the plugins add beside the article's words; it is not part of the sentence. */
const ADDED = ['term-tip', 'date-note'];

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

const hidden = (value: string): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { className: ['visually-hidden'] },
  children: [{ type: 'text', value }],
});

function markUp(phrase: DatePhrase): ElementContent[] {
  const time: Element = {
    type: 'element',
    tagName: 'time',
    properties: { dateTime: phrase.date.iso, className: ['relative-date'] },
    children: [{ type: 'text', value: '' }],
  };
  if (phrase.explicit) return [time];
  const note: Element = {
    type: 'element',
    tagName: 'span',
    properties: { className: ['date-note'] },
    // Read aloud and copied as "(15 Nov 2021)"; shown as a quiet label.
    children: [hidden(' ('), { type: 'text', value: formatPartialDate(phrase.date) }, hidden(')')],
  };
  return [time, note];
}

function annotate(sentence: Element, published: string) {
  const words = textNodes(sentence)
    .map(({ node }) => node.value)
    .join('');
  const phrases = findDatePhrases(words, published);
  // From the last phrase back, so earlier offsets stay true.
  for (const phrase of phrases.reverse()) {
    const holder = textNodes(sentence).find(
      ({ node, start }) => start <= phrase.coreStart && phrase.coreEnd <= start + node.value.length,
    );
    if (!holder || holder.parent.tagName === 'time') continue;
    const { node, parent, start } = holder;
    const [time, ...note] = markUp(phrase) as [Element, ...ElementContent[]];
    (time.children[0] as Text).value = node.value.slice(
      phrase.coreStart - start,
      phrase.coreEnd - start,
    );
    const before: Text = { type: 'text', value: node.value.slice(0, phrase.coreStart - start) };
    const after: Text = { type: 'text', value: node.value.slice(phrase.coreEnd - start) };
    const pieces: ElementContent[] = [before, time, ...note, after].filter(
      (piece) => piece.type !== 'text' || (piece as Text).value !== '',
    );
    parent.children.splice(parent.children.indexOf(node), 1, ...pieces);
  }
}

export default function rehypeRelativeDates(options: RehypeRelativeDatesOptions = {}) {
  return (tree: Root, file: VFile) => {
    const published = options.published ?? (file.data.published as string | undefined);
    if (!published) return;
    visit(tree, 'element', (node) => {
      const classes = node.properties.className;
      if (Array.isArray(classes) && classes.includes('sentence')) annotate(node, published);
    });
  };
}
