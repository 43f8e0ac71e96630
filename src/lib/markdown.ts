/** Markdown read into its syntax tree (mdast) by one processor, made once and shared. */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).freeze();

export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}
