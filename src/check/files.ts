/**
 * The files of a content folder: which there are, and what each holds. A
 * file is read once. What cannot be a content file is refused by name: a
 * folder where a file should be, an extension its collection does not read
 * (`.yml` beside `.yaml`), a link to a file outside the content folder, a
 * folder under content/ that is no collection. Hidden files (".DS_Store")
 * are left alone.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { readYaml } from '../lib/yaml.ts';
import type { ContentProblem } from './problems.ts';

export type FileFormat = 'markdown' | 'yaml';

export interface ContentFileRef {
  absolute: string;
  /** The path as editors see it, e.g. "content/events/x.yaml". */
  display: string;
  format: FileFormat;
}

export interface ReadFile {
  file: string;
  data: unknown;
  /** The Markdown body of a Markdown file. */
  body?: string;
  /** The line of the file on which the body starts, 1 first. */
  bodyLine?: number;
}

const EXTENSIONS: Record<FileFormat, string> = { markdown: '.md', yaml: '.yaml' };
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;
const decoder = new TextDecoder('utf-8', { fatal: true });

const isHidden = (name: string) => name.startsWith('.');

/** Why an entry of the folder cannot be read as content, or null. */
function entryProblem(root: string, absolute: string): string | null {
  const stat = lstatSync(absolute);
  if (stat.isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(absolute);
    } catch {
      return 'is a link to a file that does not exist: replace it with the file itself';
    }
    const inside = path.relative(realpathSync(root), target);
    if (inside.startsWith('..') || path.isAbsolute(inside)) {
      return (
        'is a link to a file outside the content folder: copy the file in instead, so that ' +
        'only content/ is published'
      );
    }
    return statSync(absolute).isFile() ? null : 'is a link to a folder, not to a file';
  }
  if (stat.isDirectory())
    return 'is a folder, not a file: move what it holds up one level, or rename it';
  if (!stat.isFile()) return 'is not a plain file';
  return null;
}

/**
 * The files of one collection's folder, in name order; entries that cannot be
 * content become problems. No folder means no files.
 */
export function listCollectionFiles(
  root: string,
  folder: string,
  format: FileFormat,
  display: (absolute: string) => string,
): { files: ContentFileRef[]; problems: ContentProblem[] } {
  const dir = path.join(root, folder);
  const files: ContentFileRef[] = [];
  const problems: ContentProblem[] = [];
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) {
      return {
        files,
        problems: [
          { file: display(dir), message: `must be a folder of ${EXTENSIONS[format]} files` },
        ],
      };
    }
    names = readdirSync(dir).sort();
  } catch {
    return { files, problems };
  }
  const extension = EXTENSIONS[format];
  for (const name of names) {
    if (isHidden(name)) continue;
    const absolute = path.join(dir, name);
    const problem = entryProblem(root, absolute);
    if (problem) problems.push({ file: display(absolute), message: problem });
    else if (!name.endsWith(extension)) {
      const found = path.extname(name) || 'no extension';
      problems.push({
        file: display(absolute),
        message:
          `has ${found}, but files in ${folder}/ must end in ${extension}: rename it, or ` +
          `it is not read`,
      });
    } else files.push({ absolute, display: display(absolute), format });
  }
  return { files, problems };
}

/** Why the entries at the top of the content folder are not what it holds, or nothing. */
export function unknownTopLevelEntries(
  root: string,
  expected: ReadonlySet<string>,
  display: (absolute: string) => string,
): ContentProblem[] {
  let names: string[];
  try {
    names = readdirSync(root).sort();
  } catch {
    return [];
  }
  return names
    .filter((name) => !isHidden(name) && !expected.has(name))
    .map((name) => ({
      file: display(path.join(root, name)),
      message:
        `is not part of the content: the folder holds ${[...expected].join(', ')}; move ` +
        `it out, or check its name`,
    }));
}

function readText(file: ContentFileRef): string | ContentProblem {
  const bytes = readFileSync(file.absolute);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { file: file.display, message: 'is not UTF-8 text: save it again as UTF-8' };
  }
  // A byte-order mark is what some editors put first; it is not part of the content.
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Reads and parses one file; what cannot be read becomes one problem. */
export function readContentFile(file: ContentFileRef): ReadFile | ContentProblem {
  const text = readText(file);
  if (typeof text !== 'string') return text;
  if (file.format === 'yaml') {
    const result = readYaml(text);
    if ('error' in result) {
      return {
        file: file.display,
        line: result.line,
        message: `is not valid YAML: ${result.error}`,
      };
    }
    if (result.data == null)
      return { file: file.display, message: 'is empty: give the entry its fields' };
    return { file: file.display, data: result.data };
  }
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return {
      file: file.display,
      line: 1,
      message: 'has no frontmatter: start the file with its fields between two --- lines',
    };
  }
  const result = readYaml(match[1] ?? '');
  if ('error' in result) {
    const line = result.line === undefined ? undefined : result.line + 1;
    return {
      file: file.display,
      line,
      message: `has frontmatter that is not valid YAML: ${result.error}`,
    };
  }
  if (result.data == null) {
    return {
      file: file.display,
      line: 1,
      message:
        'has an empty frontmatter block: give the article its fields (id, title, published, ' +
        '...) between the --- lines',
    };
  }
  const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  return { file: file.display, data: result.data, body: text.slice(match[0].length), bodyLine };
}
