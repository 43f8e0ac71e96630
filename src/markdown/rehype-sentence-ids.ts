/**
 * Gives every top-level paragraph an id (`p4`) and wraps each of its
 * sentences in `<span class="sentence" id="p4-s2">`, so any sentence can be
 * linked to. The sentences come from the content check (`paragraphs`), so an
 * id on the page is the id the check gave a quote; a paragraph with no
 * sentences given, or other text, is split here by the same splitter.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { paragraphId, sentenceId, type ArticleParagraph } from '../lib/article-text.ts';
import { splitSentences, type SentenceRange } from '../lib/sentences.ts';

export interface RehypeSentenceIdsOptions {
  /** The article's paragraphs as the content check read them. */
  paragraphs?: readonly ArticleParagraph[];
}

function wrapSentences(
  paragraph: Element,
  ranges: readonly SentenceRange[],
  number: number,
): ElementContent[] {
  const out: ElementContent[] = [];
  let open: { index: number; span: Element } | null = null;
  const put = (node: ElementContent, index: number) => {
    if (index === -1) {
      open = null;
      out.push(node);
      return;
    }
    if (open?.index !== index) {
      open = { index, span: h('span.sentence', { id: sentenceId(number, index + 1) }) };
      out.push(open.span);
    }
    open.span.children.push(node);
  };
  // Ranges are in order: the one that holds a position is found by walking forward.
  let current = 0;
  const rangeAt = (position: number) => {
    while (current < ranges.length && ranges[current]!.end <= position) current += 1;
    const range = ranges[current];
    return range && range.start <= position ? current : -1;
  };

  let offset = 0;
  for (const child of paragraph.children) {
    if (child.type !== 'text') {
      put(child, rangeAt(offset));
      offset += child.type === 'element' ? toString(child).length : 0;
      continue;
    }
    let rest = child.value;
    while (rest) {
      const index = rangeAt(offset);
      const stop =
        index === -1 ? (ranges[current]?.start ?? offset + rest.length) : ranges[index]!.end;
      const length = Math.min(stop - offset, rest.length);
      put({ type: 'text', value: rest.slice(0, length) }, index);
      rest = rest.slice(length);
      offset += length;
    }
  }
  return out;
}

export default function rehypeSentenceIds({ paragraphs = [] }: RehypeSentenceIdsOptions = {}) {
  return (tree: Root) => {
    let number = 0;
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      number += 1;
      if (node.properties.id) continue;
      node.properties.id = paragraphId(number);
      const text = toString(node);
      const given = paragraphs[number - 1];
      const ranges = given?.text === text ? given.sentences : splitSentences(text);
      node.children = wrapSentences(node, ranges, number);
    }
  };
}
