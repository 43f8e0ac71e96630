/**
 * Links the first use of each glossary term in a paragraph to its entry, and
 * gives the link the entry's one-sentence definition as a tooltip that shows
 * on hover and focus (CSS; no script needed). Never inside an existing link.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { visitParents, SKIP } from 'unist-util-visit-parents';
import { createTermMatcher } from '../lib/terms.ts';

export interface GlossaryLinkEntry {
  id: string;
  /** The term and its aliases. */
  names: readonly string[];
  /** The one-sentence definition. */
  short: string;
  /** Where the entry is, e.g. "/glossary/#section-232". */
  href: string;
}

export interface RehypeGlossaryLinksOptions {
  entries: readonly GlossaryLinkEntry[];
}

const SKIPPED_TAGS = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export default function rehypeGlossaryLinks({ entries }: RehypeGlossaryLinksOptions) {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const findTerms = createTermMatcher(entries);

  function link(text: string, entry: GlossaryLinkEntry, scope: string): ElementContent[] {
    const tipId = `tip-${scope}-${entry.id}`;
    return [
      {
        type: 'element',
        tagName: 'a',
        properties: { href: entry.href, className: ['term'], ariaDescribedBy: [tipId] },
        children: [{ type: 'text', value: text }],
      },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['term-tip'], role: 'tooltip', id: tipId },
        children: [{ type: 'text', value: entry.short }],
      },
    ];
  }

  function linkFirstUses(paragraph: Element, scope: string) {
    const used = new Set<string>();
    visitParents(paragraph, (node, ancestors) => {
      if (node.type === 'element' && SKIPPED_TAGS.has(node.tagName)) return SKIP;
      if (node.type !== 'text') return undefined;
      const parent = ancestors.at(-1) as Element;
      const text = (node as Text).value;
      const pieces: ElementContent[] = [];
      let from = 0;
      for (const match of findTerms(text)) {
        if (used.has(match.id)) continue;
        used.add(match.id);
        if (match.start > from) pieces.push({ type: 'text', value: text.slice(from, match.start) });
        pieces.push(...link(text.slice(match.start, match.end), byId.get(match.id)!, scope));
        from = match.end;
      }
      if (pieces.length === 0) return undefined;
      if (from < text.length) pieces.push({ type: 'text', value: text.slice(from) });
      const index = parent.children.indexOf(node as Text);
      parent.children.splice(index, 1, ...pieces);
      return index + pieces.length;
    });
  }

  return (tree: Root) => {
    if (entries.length === 0) return;
    tree.children.forEach((node, index) => {
      if (node.type === 'element' && node.tagName === 'p')
        linkFirstUses(node, String(node.properties.id ?? `p${index}`));
    });
  };
}
