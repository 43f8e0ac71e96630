/**
 * The content check: one pass from the files of content/ to typed content,
 * with every problem found on the way. Each file is read and parsed once;
 * then come the rules that need all of it at once (ids, references, quotes,
 * dates, links). The build, the collections, `npm run check:content` and the
 * dev server all use this one function.
 */
import path from 'node:path';
import type { z } from 'astro/zod';
import type { PartialDate } from '../lib/calendar.ts';
import {
  articleParagraphs,
  findQuote,
  phrasesOfQuote,
  searchableArticle,
} from '../lib/article-text.ts';
import { parseMarkdown } from '../lib/markdown.ts';
import {
  backsDate,
  dateBacking,
  quoteDateDisagreement,
  unbackedDateMessage,
} from '../lib/provenance.ts';
import { editorErrorMap } from '../schemas/error-map.ts';
import {
  collectionNames,
  collectionSpecs,
  siteFile,
  siteSchema,
  type CollectionName,
  type Evidence,
  type EntryData,
  type SiteData,
} from '../schemas/index.ts';
import type { CheckedArticle, CheckedEvidence, Content } from './content.ts';
import {
  listCollectionFiles,
  readContentFile,
  unknownTopLevelEntries,
  type ContentFileRef,
  type ReadFile,
} from './files.ts';
import { markdownProblems } from './markdown-rules.ts';
import { formatFieldPath, sortProblems, type ContentProblem } from './problems.ts';
import { referencesIn } from './references.ts';
import { storyProblems } from './story-rules.ts';

export interface LoadResult {
  /** The typed content; null when there is any problem, so nothing half-checked is built. */
  content: Content | null;
  problems: ContentProblem[];
  /** Every file read, as absolute paths. */
  files: string[];
}

interface Parsed<T> {
  file: ReadFile;
  data: T;
}

function zodProblems(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    ...(issue.path.length ? { field: formatFieldPath(issue.path) } : {}),
    message: issue.message,
  }));
}

/** The date of a dated item, which its quote's dates must agree with. */
interface DatedField {
  field: string;
  date: PartialDate;
  endField: string;
  end?: PartialDate | undefined;
}

export function loadContent(contentDir: string, cwd = process.cwd()): LoadResult {
  const root = path.resolve(cwd, contentDir);
  // Files are named as the editor named the folder: "content/events/x.yaml".
  const display = (absolute: string) =>
    path.join(contentDir, path.relative(root, absolute)).split(path.sep).join('/');
  const problems: ContentProblem[] = [];
  const files: string[] = [];
  const read = (ref: ContentFileRef): ReadFile | null => {
    files.push(ref.absolute);
    const result = readContentFile(ref);
    if ('message' in result) {
      problems.push(result);
      return null;
    }
    return result;
  };

  const expected = new Set([
    siteFile,
    ...collectionNames.map((name) => collectionSpecs[name].folder),
  ]);
  problems.push(...unknownTopLevelEntries(root, expected, display));

  const siteRef: ContentFileRef = {
    absolute: path.join(root, siteFile),
    display: display(path.join(root, siteFile)),
    format: 'yaml',
  };
  let site: SiteData | null = null;
  const siteListing = listCollectionFiles(root, '.', 'yaml', display);
  if (!siteListing.files.some((file) => file.absolute === siteRef.absolute)) {
    problems.push({
      file: siteRef.display,
      message: 'is missing: the site settings (title, baseUrl, asOf, story) live here',
    });
  } else {
    const file = read(siteRef);
    if (file) {
      const result = siteSchema.safeParse(file.data, { errorMap: editorErrorMap });
      if (result.success) site = result.data;
      else problems.push(...zodProblems(file.file, result.error));
    }
  }

  // Ids of files that could not be read or checked: a reference to one is not reported again.
  const unverified = Object.fromEntries(
    collectionNames.map((name) => [name, new Set<string>()]),
  ) as Record<CollectionName, Set<string>>;
  function parseCollection<S extends z.ZodTypeAny>(
    name: CollectionName,
    schema: S,
  ): Parsed<z.output<S>>[] {
    const spec = collectionSpecs[name];
    const listing = listCollectionFiles(root, spec.folder, spec.format, display);
    problems.push(...listing.problems);
    const entries: Parsed<z.output<S>>[] = [];
    for (const ref of listing.files) {
      const file = read(ref);
      const result = file && schema.safeParse(file.data, { errorMap: editorErrorMap });
      if (file && result?.success) {
        entries.push({ file, data: result.data });
        continue;
      }
      if (file && result?.error) problems.push(...zodProblems(file.file, result.error));
      const rawId = (file?.data as { id?: unknown } | undefined)?.id;
      unverified[name].add(
        typeof rawId === 'string' ? rawId : path.basename(ref.absolute, path.extname(ref.absolute)),
      );
    }
    return entries;
  }
  const parsed = {
    articles: parseCollection('articles', collectionSpecs.articles.schema),
    events: parseCollection('events', collectionSpecs.events.schema),
    eras: parseCollection('eras', collectionSpecs.eras.schema),
    measures: parseCollection('measures', collectionSpecs.measures.schema),
    glossary: parseCollection('glossary', collectionSpecs.glossary.schema),
    sources: parseCollection('sources', collectionSpecs.sources.schema),
    keyFacts: parseCollection('keyFacts', collectionSpecs.keyFacts.schema),
    explainer: parseCollection('explainer', collectionSpecs.explainer.schema),
    corrections: parseCollection('corrections', collectionSpecs.corrections.schema),
  } satisfies { [C in CollectionName]: Parsed<EntryData<C>>[] };

  // Ids, old ids included, are unique within a collection.
  const known = {} as Record<CollectionName, Set<string>>;
  for (const name of collectionNames) {
    const owner = new Map<string, string>();
    const entries: Parsed<{ id: string; oldIds?: string[] }>[] = parsed[name];
    for (const { file, data } of entries) {
      const ids = [['id', data.id], ...(data.oldIds ?? []).map((old, i) => [`oldIds[${i}]`, old])];
      for (const [field = '', id = ''] of ids) {
        const first = owner.get(id);
        if (first) {
          problems.push({
            file: file.file,
            field,
            message:
              `"${id}" is already used by ${first}: ids must be unique within ` +
              `${collectionSpecs[name].folder}/`,
          });
        } else owner.set(id, file.file);
      }
    }
    known[name] = new Set(entries.map((entry) => entry.data.id));
  }

  const referencing: { schema: z.ZodTypeAny; file: string; data: unknown }[] = [
    ...(site ? [{ schema: siteSchema, file: siteRef.display, data: site }] : []),
    ...collectionNames.flatMap((name) =>
      parsed[name].map((entry) => ({
        schema: collectionSpecs[name].schema,
        file: entry.file.file,
        data: entry.data,
      })),
    ),
  ];
  for (const { schema, file, data } of referencing) {
    for (const ref of referencesIn(schema, data)) {
      if (known[ref.collection].has(ref.id) || unverified[ref.collection].has(ref.id)) continue;
      problems.push({
        file,
        field: formatFieldPath(ref.path),
        message:
          `refers to "${ref.id}", which is not an id in ` +
          `${collectionSpecs[ref.collection].folder}/`,
      });
    }
  }

  // Articles: their Markdown, their paragraphs and sentences, read once.
  const articles = new Map<string, CheckedArticle>();
  for (const { file, data } of parsed.articles) {
    const body = file.body ?? '';
    const tree = parseMarkdown(body);
    problems.push(
      ...markdownProblems(tree, { file: file.file, field: 'body', firstLine: file.bodyLine ?? 1 }),
    );
    const paragraphs = articleParagraphs(tree, data.published.iso);
    if (paragraphs.length === 0) {
      problems.push({
        file: file.file,
        field: 'body',
        message: 'has no paragraph of text: an article needs its words below the frontmatter',
      });
    }
    articles.set(data.id, { ...data, body, paragraphs });
  }
  if (parsed.articles.length === 0 && unverified.articles.size === 0) {
    problems.push({
      file: display(path.join(root, collectionSpecs.articles.folder)),
      message: 'holds no article: the site tells a story from at least one article (a .md file)',
    });
  }
  for (const { file, data } of parsed.glossary) {
    problems.push(
      ...markdownProblems(parseMarkdown(data.definition), { file: file.file, field: 'definition' }),
    );
  }
  for (const { file, data } of parsed.explainer) {
    problems.push(
      ...markdownProblems(parseMarkdown(data.body), { file: file.file, field: 'body' }),
    );
  }

  // Quotes: found in their article, on whole words; their dates agree with the item's, at its
  // precision.
  const searchable = new Map(
    [...articles].map(([id, article]) => [id, searchableArticle(article.paragraphs)]),
  );
  const onlyArticle =
    articles.size === 1 && unverified.articles.size === 0 ? [...articles.keys()][0] : undefined;

  function checkEvidence<T extends { evidence?: Evidence | undefined }>(
    { file, data }: Parsed<T>,
    dated?: DatedField,
  ): T & { evidence?: CheckedEvidence } {
    const { evidence } = data;
    if (evidence?.quote === undefined) return data;
    const quote = evidence.quote;
    const articleId = evidence.article ?? onlyArticle;
    if (!articleId) {
      if (articles.size + unverified.articles.size > 1) {
        problems.push({
          file: file.file,
          field: 'evidence.article',
          message:
            `is needed: there are several articles, so name the one the quote comes from ` +
            `(${[...articles.keys()].join(', ')})`,
        });
      }
      return data;
    }
    const article = articles.get(articleId);
    const text = searchable.get(articleId);
    // An article that could not be read was reported already; its quotes are not.
    if (!article || !text) return data;
    const parts = findQuote(quote, text);
    if (!parts) {
      problems.push({
        file: file.file,
        field: 'evidence.quote',
        message:
          `"${quote}" is not in article ${articleId}: copy the words exactly, whole ` +
          `words only`,
      });
      return data;
    }
    const phrases = phrasesOfQuote(parts);
    const checked: CheckedEvidence = {
      ...evidence,
      article: articleId,
      quoted: {
        articleId,
        sentenceIds: parts.map((part) => part.sentence.id),
        start: parts[0]?.start ?? 0,
        end: parts.at(-1)?.end ?? 0,
        phrases,
      },
    };
    if (dated) {
      const published = { id: articleId, published: article.published.iso };
      const span = { start: dated.date, end: dated.end };
      const disagreement = quoteDateDisagreement(phrases, span, published);
      if (disagreement) {
        problems.push({
          file: file.file,
          field: dated.field,
          message: `${dated.date.iso} ${disagreement}`,
        });
      } else {
        checked.dateFrom = dateBacking(phrases, dated);
        if (checked.dateFrom === 'source' && evidence.sources.length === 0) {
          // Name the end where the start is backed and the end is not.
          const endOnly = dated.end !== undefined && backsDate(phrases, dated.date);
          problems.push({
            file: file.file,
            field: endOnly ? dated.endField : dated.field,
            message: unbackedDateMessage(
              quote,
              phrases,
              endOnly && dated.end ? dated.end : dated.date,
            ),
          });
        }
      }
    }
    return { ...data, evidence: checked };
  }

  const checked = {
    events: parsed.events.map((entry) =>
      checkEvidence(entry, {
        field: 'date',
        date: entry.data.date,
        endField: 'end',
        end: entry.data.end,
      }),
    ),
    measures: parsed.measures.map((entry) =>
      checkEvidence(entry, {
        field: 'inForce',
        date: entry.data.inForce,
        endField: 'until',
        end: entry.data.until,
      }),
    ),
    glossary: parsed.glossary.map((entry) => checkEvidence(entry)),
    keyFacts: parsed.keyFacts.map((entry) => checkEvidence(entry)),
    explainer: parsed.explainer.map((entry) => checkEvidence(entry)),
    corrections: parsed.corrections.map((entry) => checkEvidence(entry)),
  };

  if (site) {
    problems.push(
      ...storyProblems({
        site,
        files: Object.fromEntries(
          collectionNames.map((name) => [
            name,
            new Map(parsed[name].map((e) => [e.data.id, e.file.file])),
          ]),
        ) as Record<CollectionName, Map<string, string>>,
        articles: [...articles.values()],
        events: checked.events,
        eras: parsed.eras.map((e) => e.data),
        measures: checked.measures,
        sources: parsed.sources.map((e) => e.data),
        corrections: checked.corrections,
        glossary: checked.glossary,
        explainer: checked.explainer,
      }),
    );
  }

  sortProblems(problems);
  if (problems.length > 0 || !site) return { content: null, problems, files };
  return {
    content: {
      site,
      articles: [...articles.values()],
      eras: parsed.eras.map((entry) => entry.data),
      sources: parsed.sources.map((entry) => entry.data),
      ...checked,
    },
    problems,
    files,
  };
}
