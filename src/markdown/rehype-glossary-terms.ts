/**
 * Marks the first use of each glossary term in a text (not every use: a name
 * underlined eight times is noise, and eight stops for the keyboard) so that
 * it opens the term's definition (HTML `popover`, so tap, click and keyboard work
 * without script, and Esc or a tap elsewhere closes it), and adds one
 * definition per term used at the end of the page's text, not one per use.
 * The words are the <label> of an empty, zero-width button: a button's box
 * never breaks across lines, a label's words wrap as any words do, and a
 * browser's search and text fragments run through both. A click or tap on
 * the words presses the button; the keyboard reaches the button, which screen
 * readers hear as the words (the label itself is hidden from them, so the
 * words are not read twice). The button follows the punctuation that touches
 * the term, since a line may break on either side of it: never between a
 * term and its comma. That punctuation is read as the end of the button's
 * name, and hidden where it stands, so that a screen reader meets it after
 * the term, as it is written. (An absolutely placed button could sit before
 * the mark with no break, but its box is a block: the page's innerText breaks
 * the line there, and screen readers that follow boxes may too.) Touch
 * exploration (VoiceOver) finds nothing under the hidden words; swiping
 * reaches the button. Never inside a link or a heading.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import { createTermMatcher } from '../lib/terms.ts';

export interface GlossaryTermEntry {
  id: string;
  /** The term and its aliases. */
  names: readonly string[];
  /** The name a definition is headed with. */
  term: string;
  /** The one-sentence definition. */
  short: string;
  /** Where the entry is, e.g. "/glossary/#section-232". */
  href: string;
}

export interface RehypeGlossaryTermsOptions {
  entries: readonly GlossaryTermEntry[];
  /** The heading of the definitions where a browser shows them as a list (no popover support). */
  heading?: string;
}

const SKIPPED_TAGS = new Set([
  'a',
  'button',
  'label',
  'code',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

/** The id of a term's definition on a page. */
export const definitionId = (termId: string) => `def-${termId}`;

/** Marks that close what comes before them: a line must not start with one. */
const TRAILING_MARKS = /^[,.;:!?…)\]}"'’”»]+/u;

/** Where the word a term ends in ends: after a possessive "'s" or "’s", read with the term. */
const wordEnd = (text: string, end: number) =>
  /^['’]s(?![\p{L}\p{N}])/u.test(text.slice(end)) ? end + 2 : end;

export default function rehypeGlossaryTerms({
  entries,
  heading = 'Terms used here',
}: RehypeGlossaryTermsOptions) {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const findTerms = createTermMatcher(entries);

  return (tree: Root) => {
    if (entries.length === 0) return;
    const used: GlossaryTermEntry[] = [];
    const marked = new Set<string>();
    for (const [index, paragraph] of tree.children.entries()) {
      if (paragraph.type !== 'element' || paragraph.tagName !== 'p') continue;
      // Paragraphs have ids on the site; a text without them still gets ids of its own.
      const paragraphId = String(paragraph.properties.id ?? `block${index}`);
      visitParents(paragraph, (node, ancestors) => {
        if (node.type === 'element' && SKIPPED_TAGS.has(node.tagName)) return SKIP;
        if (node.type !== 'text') return undefined;
        const parent = ancestors.at(-1) as Element;
        const text = (node as Text).value;
        const pieces: ElementContent[] = [];
        let from = 0;
        for (const match of findTerms(text)) {
          if (marked.has(match.id)) continue;
          marked.add(match.id);
          const entry = byId.get(match.id)!;
          if (!used.includes(entry)) used.push(entry);
          const end = wordEnd(text, match.end);
          const words = text.slice(match.start, end);
          const opener = `${paragraphId}-term-${entry.id}`;
          if (match.start > from)
            pieces.push({ type: 'text', value: text.slice(from, match.start) });
          const trail = TRAILING_MARKS.exec(text.slice(end))?.[0] ?? '';
          pieces.push(
            h('label.term', { for: opener, ariaHidden: 'true' }, words),
            ...(trail ? [h('span.term-mark', { ariaHidden: 'true' }, trail)] : []),
            h('button.term-open', {
              type: 'button',
              id: opener,
              popoverTarget: definitionId(entry.id),
              ariaLabel: words + trail,
            }),
          );
          from = end + trail.length;
        }
        if (pieces.length === 0) return undefined;
        if (from < text.length) pieces.push({ type: 'text', value: text.slice(from) });
        const index = parent.children.indexOf(node as Text);
        parent.children.splice(index, 1, ...pieces);
        return index + pieces.length;
      });
    }
    if (used.length === 0) return;
    // Where popovers work the heading is hidden and each definition shows beside its term;
    // elsewhere they read as a list after the text.
    tree.children.push(
      h('section.term-defs', [
        h('h2.term-defs-heading', heading),
        ...used.map((entry) =>
          h('p.term-def', { id: definitionId(entry.id), popover: 'auto' }, [
            h('strong', entry.term),
            ': ',
            entry.short,
            ' ',
            h('a', { href: entry.href }, 'Full entry in the glossary'),
          ]),
        ),
      ]),
    );
  };
}
