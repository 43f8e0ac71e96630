/**
 * Ends every sentence (`span.sentence[id]`) with a small link to itself, shown
 * on hover and focus, so a reader can take the address of any sentence.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** "p4-s2" → "paragraph 4, sentence 2". */
export function describeSentenceId(id: string): string {
  const match = /^p(\d+)-s(\d+)$/.exec(id);
  return match ? `paragraph ${match[1]}, sentence ${match[2]}` : id;
}

export default function rehypeSentenceAnchors() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const classes = node.properties.className;
      const id = node.properties.id;
      if (!Array.isArray(classes) || !classes.includes('sentence') || typeof id !== 'string')
        return;
      const last = node.children.at(-1);
      if (
        last?.type === 'element' &&
        last.tagName === 'a' &&
        Array.isArray(last.properties.className) &&
        last.properties.className.includes('anchor')
      )
        return;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['anchor', 'sentence-anchor'],
          href: `#${id}`,
          ariaLabel: `Link to: ${describeSentenceId(id)}`,
          dataFragment: id,
        },
        children: [{ type: 'text', value: '#' }],
      });
    });
  };
}
