/**
 * Ends every sentence (`span.sentence[id]`) with a small link to itself and
 * every paragraph with a link to itself, so a reader can take the address of
 * any sentence or paragraph. The sentence link takes no room in the line
 * (it shows on hover and focus); the paragraph link is the one a touch
 * screen shows. The links hold no text (the stylesheet draws # and ¶, their
 * labels name them), so copied text and text fragments read the words alone.
 */
import type { Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';

/** "p4-s2" → "paragraph 4, sentence 2"; "p4" → "paragraph 4". */
export function describeAnchorId(id: string): string {
  const match = /^p(\d+)(?:-s(\d+))?$/.exec(id);
  if (!match) return id;
  return match[2] ? `paragraph ${match[1]}, sentence ${match[2]}` : `paragraph ${match[1]}`;
}

const hasClass = (classes: unknown, name: string) =>
  Array.isArray(classes) && classes.includes(name);

export default function rehypeSentenceAnchors() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const id = node.properties.id;
      if (typeof id !== 'string') return;
      const isSentence = hasClass(node.properties.className, 'sentence');
      const isParagraph = node.tagName === 'p' && /^p\d+$/.test(id);
      if (!isSentence && !isParagraph) return;
      const kind = isSentence ? 'sentence-anchor' : 'paragraph-anchor';
      const last = node.children.at(-1);
      if (last?.type === 'element' && hasClass(last.properties.className, kind)) return;
      node.children.push(
        h(`a.anchor.${kind}`, {
          href: `#${id}`,
          ariaLabel: `Link to ${describeAnchorId(id)}`,
          dataFragment: id,
        }),
      );
    });
  };
}
