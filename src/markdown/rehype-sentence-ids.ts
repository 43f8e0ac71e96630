/**
 * Gives every top-level paragraph an id (`p4`) and wraps each of its
 * sentences in `<span class="sentence" id="p4-s2">`, so any sentence can be
 * linked to. Uses the splitter of src/lib, so the ids match those the content
 * check gives to quotes. A paragraph that already has an id is left alone.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { paragraphId, sentenceId } from '../lib/article-text.ts';
import { splitSentences, type SentenceRange } from '../lib/sentences.ts';

function wrapSentences(
  paragraph: Element,
  ranges: SentenceRange[],
  paragraphNumber: number,
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
      open = {
        index,
        span: {
          type: 'element',
          tagName: 'span',
          properties: { className: ['sentence'], id: sentenceId(paragraphNumber, index + 1) },
          children: [],
        },
      };
      out.push(open.span);
    }
    open.span.children.push(node);
  };
  const rangeAt = (position: number) =>
    ranges.findIndex((r) => position >= r.start && position < r.end);

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
        index === -1
          ? (ranges.find((r) => r.start > offset)?.start ?? offset + rest.length)
          : ranges[index]!.end;
      const length = Math.min(stop - offset, rest.length);
      put({ type: 'text', value: rest.slice(0, length) }, index);
      rest = rest.slice(length);
      offset += length;
    }
  }
  return out;
}

export default function rehypeSentenceIds() {
  return (tree: Root) => {
    let paragraphNumber = 0;
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      paragraphNumber += 1;
      if (node.properties.id) continue;
      node.properties.id = paragraphId(paragraphNumber);
      node.children = wrapSentences(node, splitSentences(toString(node)), paragraphNumber);
    }
  };
}
