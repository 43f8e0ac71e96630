/**
 * Reads content/ as plain files, the same files the site's collections load,
 * so that the content check can see all of it at once before anything is built.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { collectionSpecs, siteFile, type CollectionName } from '../schemas/index.ts';
import type { ContentProblem } from './problems.ts';

export interface ContentFile {
  /** The path as editors see it, relative to the working folder. */
  file: string;
  data: unknown;
  /** The Markdown body of a Markdown file. */
  body?: string;
  /** The line of the file on which the body starts, 1 first. */
  bodyLine?: number;
}

export interface RawContent {
  /** Every file read, as displayed. */
  files: string[];
  site: ContentFile | null;
  collections: Record<CollectionName, ContentFile[]>;
  problems: ContentProblem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

// The core schema keeps `2021-02-30` a string, so that a date that is not in the
// calendar is reported instead of being rolled over into March.
function parseYaml(text: string): unknown {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

function yamlProblem(file: string, error: unknown, lineOffset = 0): ContentProblem {
  if (error instanceof yaml.YAMLException) {
    return {
      file,
      message: `is not valid YAML (line ${error.mark.line + 1 + lineOffset}): ${error.reason}`,
    };
  }
  return { file, message: `could not be read: ${String(error)}` };
}

export function readContentFile(
  absolute: string,
  display: string,
  format: 'markdown' | 'yaml',
): ContentFile | ContentProblem {
  const text = readFileSync(absolute, 'utf8');
  if (format === 'yaml') {
    try {
      const data = parseYaml(text);
      return data == null ? { file: display, message: 'is empty' } : { file: display, data };
    } catch (error) {
      return yamlProblem(display, error);
    }
  }
  const match = FRONTMATTER.exec(text);
  if (!match)
    return { file: display, message: 'has no frontmatter: start the file with a --- block' };
  try {
    const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
    return {
      file: display,
      data: parseYaml(match[1]!),
      body: text.slice(match[0].length),
      bodyLine,
    };
  } catch (error) {
    return yamlProblem(display, error, 1);
  }
}

/** The files of one collection's folder, in name order, as absolute paths; none if the folder is missing. */
export function collectionFiles(folder: string, format: 'markdown' | 'yaml'): string[] {
  const extension = format === 'markdown' ? '.md' : '.yaml';
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => path.resolve(folder, name));
}

/** Loads every collection of a content folder; unreadable files become problems. */
export function loadContent(contentDir: string, cwd = process.cwd()): RawContent {
  const root = path.resolve(cwd, contentDir);
  // Files are named as the editor named the folder: "content/events/x.yaml".
  const display = (absolute: string) =>
    path.join(contentDir, path.relative(root, absolute)).split(path.sep).join('/');
  const problems: ContentProblem[] = [];
  const files: string[] = [];
  const read = (absolute: string, format: 'markdown' | 'yaml') => {
    files.push(display(absolute));
    const result = readContentFile(absolute, display(absolute), format);
    if ('message' in result) {
      problems.push(result);
      return null;
    }
    return result;
  };

  const collections = {} as Record<CollectionName, ContentFile[]>;
  for (const [name, spec] of Object.entries(collectionSpecs) as [
    CollectionName,
    (typeof collectionSpecs)[CollectionName],
  ][]) {
    collections[name] = collectionFiles(path.join(root, spec.folder), spec.format).flatMap(
      (file) => read(file, spec.format) ?? [],
    );
  }

  const sitePath = path.join(root, siteFile);
  let site: ContentFile | null = null;
  if (existsSync(sitePath)) site = read(sitePath, 'yaml');
  else
    problems.push({
      file: display(sitePath),
      message: 'is missing: the site settings (title, baseUrl, asOf) live here',
    });
  return { files, site, collections, problems };
}
