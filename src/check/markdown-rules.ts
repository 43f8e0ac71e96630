/**
 * What Markdown in content may hold: no raw HTML, and only links and images
 * the URL allow-list takes (src/lib/safe-url.ts). Each problem names the
 * line, counted in the file.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { imageUrlProblem, linkUrlProblem } from '../lib/safe-url.ts';
import type { ContentProblem } from './problems.ts';

/**
 * Where the Markdown stands: its file, its field, and the file's line its
 * first line is on; left out for a YAML field, whose lines are then counted
 * in the field.
 */
export interface MarkdownPlace {
  file: string;
  field: string;
  firstLine?: number;
}

export function markdownProblems(tree: Root, place: MarkdownPlace): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (node: { position?: { start: { line: number } } }, message: string) => {
    const line = node.position?.start.line ?? 1;
    if (place.firstLine === undefined) {
      problems.push({
        file: place.file,
        field: place.field,
        message: `${message} (line ${line} of the field)`,
      });
    } else
      problems.push({
        file: place.file,
        line: line + place.firstLine - 1,
        field: place.field,
        message,
      });
  };

  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => void definitions.set(node.identifier, node.url));

  visit(tree, (node) => {
    if (node.type === 'html') {
      report(
        node,
        `holds raw HTML (${JSON.stringify(node.value.slice(0, 40))}): write Markdown only`,
      );
    } else if (node.type === 'link' || node.type === 'definition') {
      const problem = linkUrlProblem(node.url);
      if (problem)
        report(node, `has a link to ${JSON.stringify(node.url.slice(0, 60))} that ${problem}`);
    } else if (node.type === 'image') {
      const problem = imageUrlProblem(node.url);
      if (problem)
        report(node, `has an image ${JSON.stringify(node.url.slice(0, 60))} that ${problem}`);
    } else if (node.type === 'imageReference') {
      const url = definitions.get(node.identifier) ?? '';
      const problem = imageUrlProblem(url);
      if (problem) report(node, `has an image ${JSON.stringify(url.slice(0, 60))} that ${problem}`);
    }
  });
  return problems;
}
