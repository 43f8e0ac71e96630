/**
 * The content check: every file of content/ against its schema, then the
 * rules that need all of it at once (unique ids, known references, quotes
 * found in an article, dates that agree with their quotes, no raw HTML).
 * The build runs it first and stops on any problem.
 */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { ZodError, ZodErrorMap } from 'astro/zod';
import {
  collectionSpecs,
  plainReference,
  siteSchema,
  type CollectionName,
  type EntryReference,
} from '../schemas/index.ts';
import type { ArticleData } from '../schemas/article.ts';
import type { EventData } from '../schemas/event.ts';
import type { GlossaryEntryData } from '../schemas/glossary.ts';
import type { MeasureData } from '../schemas/measure.ts';
import type { ContentFile, RawContent } from './load-content.ts';
import { formatFieldPath, type ContentProblem } from './problems.ts';
import { indexArticles, locateQuote, quoteDateDisagreement } from './provenance.ts';
import type { PartialDate } from './dates.ts';

interface ParsedFile {
  file: ContentFile;
  data: Record<string, unknown> & { id: string };
}

/** Zod's default words, said for editors; a message a schema sets itself is kept. */
const editorErrorMap: ZodErrorMap = (issue, context) => {
  const isDefault =
    context.defaultError === 'Required' || context.defaultError.startsWith('Expected ');
  if (issue.code === 'invalid_type' && isDefault) {
    if (issue.received === 'undefined') return { message: 'is missing' };
    const expected =
      issue.expected === 'array'
        ? 'a list'
        : issue.expected === 'object'
          ? 'a set of fields'
          : `a ${issue.expected}`;
    return { message: `must be ${expected}, not ${issue.received}` };
  }
  if (issue.code === 'unrecognized_keys')
    return {
      message: `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling`,
    };
  return { message: context.defaultError };
};

function zodProblems(file: string, error: ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.length ? formatFieldPath(issue.path) : undefined,
    message: issue.message,
  }));
}

/** Every `{ collection, id }` a parsed entry holds, with its field path. */
function referencesIn(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; ref: EntryReference }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => referencesIn(item, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (
    typeof record.collection === 'string' &&
    typeof record.id === 'string' &&
    Object.keys(record).length === 2
  ) {
    return [{ path, ref: record as unknown as EntryReference }];
  }
  return Object.entries(record).flatMap(([key, item]) => referencesIn(item, [...path, key]));
}

function rawHtmlProblems(
  file: ContentFile,
  markdown: string,
  field: string,
  firstLine = 1,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  visit(tree, 'html', (node) => {
    const line = (node.position?.start.line ?? 1) + firstLine - 1;
    problems.push({
      file: file.file,
      field,
      message: `holds raw HTML on line ${line} (${JSON.stringify(node.value.slice(0, 40))}): write Markdown only`,
    });
  });
  return problems.sort((a, b) => a.file.localeCompare(b.file));
}

const OPEN_END: PartialDate = { iso: '9999', precision: 'year' };

/** Checks a loaded content folder; an empty list means the site may be built from it. */
export function checkContent(raw: RawContent): ContentProblem[] {
  const problems: ContentProblem[] = [...raw.problems];

  if (raw.site) {
    const site = siteSchema.safeParse(raw.site.data, { errorMap: editorErrorMap });
    if (!site.success) problems.push(...zodProblems(raw.site.file, site.error));
  }

  const parsed = {} as Record<CollectionName, ParsedFile[]>;
  for (const name of Object.keys(collectionSpecs) as CollectionName[]) {
    parsed[name] = [];
    const schema = collectionSpecs[name].schema(plainReference);
    const firstOwner = new Map<string, string>();
    for (const file of raw.collections[name]) {
      const result = schema.safeParse(file.data, { errorMap: editorErrorMap });
      if (!result.success) {
        problems.push(...zodProblems(file.file, result.error));
        continue;
      }
      const data = result.data as ParsedFile['data'];
      const ids: [string, string][] = [
        ['id', data.id],
        ...((data.oldIds as string[] | undefined) ?? []).map((old, i): [string, string] => [
          `oldIds[${i}]`,
          old,
        ]),
      ];
      for (const [field, id] of ids) {
        const owner = firstOwner.get(id);
        if (owner)
          problems.push({
            file: file.file,
            field,
            message: `"${id}" is already used by ${owner}: ids must be unique within ${name}`,
          });
        else firstOwner.set(id, file.file);
      }
      parsed[name].push({ file, data });
    }
  }

  const known = Object.fromEntries(
    (Object.keys(parsed) as CollectionName[]).map((name) => [
      name,
      new Set(parsed[name].map((entry) => entry.data.id)),
    ]),
  ) as Record<CollectionName, Set<string>>;
  for (const entries of Object.values(parsed)) {
    for (const { file, data } of entries) {
      for (const { path, ref } of referencesIn(data)) {
        if (!known[ref.collection].has(ref.id)) {
          problems.push({
            file: file.file,
            field: formatFieldPath(path),
            message: `refers to "${ref.id}", which is not an id in ${collectionSpecs[ref.collection].folder}/`,
          });
        }
      }
    }
  }

  for (const { file } of parsed.articles)
    problems.push(...rawHtmlProblems(file, file.body ?? '', 'body', file.bodyLine));
  for (const { file, data } of parsed.glossary)
    problems.push(
      ...rawHtmlProblems(file, (data as unknown as GlossaryEntryData).definition, 'definition'),
    );
  for (const { file, data } of parsed.explainer)
    problems.push(...rawHtmlProblems(file, String(data.body), 'body'));

  const articles = indexArticles(
    parsed.articles.map(({ data, file }) => ({
      id: data.id,
      published: (data as unknown as ArticleData).published.iso,
      body: file.body ?? '',
    })),
  );
  const articleNames = articles.articles.map((a) => a.id).join(', ') || 'none';
  const spanOf: Partial<
    Record<
      CollectionName,
      (data: ParsedFile['data']) => {
        field: string;
        start: PartialDate;
        end: PartialDate | undefined;
      }
    >
  > = {
    events: (data) => {
      const event = data as unknown as EventData;
      return { field: 'date', start: event.date, end: event.end };
    },
    measures: (data) => {
      const measure = data as unknown as MeasureData;
      return { field: 'inForce', start: measure.inForce, end: measure.until ?? OPEN_END };
    },
  };
  for (const name of ['events', 'measures', 'glossary', 'keyFacts', 'explainer'] as const) {
    for (const { file, data } of parsed[name]) {
      const quote = (data.evidence as { quote?: string }).quote;
      if (quote === undefined) continue;
      const location = locateQuote(quote, articles);
      if (!location) {
        problems.push({
          file: file.file,
          field: 'evidence.quote',
          message: `"${quote}" is not in article ${articleNames}: copy the words exactly`,
        });
        continue;
      }
      const span = spanOf[name]?.(data);
      const disagreement = span && quoteDateDisagreement(quote, location, span);
      if (span && disagreement)
        problems.push({
          file: file.file,
          field: span.field,
          message: `${span.start.iso} ${disagreement}`,
        });
    }
  }

  const aliasOwner = new Map<string, string>();
  for (const { file, data } of parsed.glossary) {
    const entry = data as unknown as GlossaryEntryData;
    for (const [i, name] of [entry.term, ...entry.aliases].entries()) {
      const key = name.toLowerCase();
      const owner = aliasOwner.get(key);
      if (owner)
        problems.push({
          file: file.file,
          field: i === 0 ? 'term' : `aliases[${i - 1}]`,
          message: `"${name}" already names ${owner}: a word can link to one entry only`,
        });
      else aliasOwner.set(key, file.file);
    }
  }

  return problems.sort((a, b) => a.file.localeCompare(b.file));
}
