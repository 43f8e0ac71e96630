/**
 * What every page's view needs, worked out once from the checked content:
 * the reports in order, entries by id, each piece of evidence as pages show
 * it, the articles rendered, where glossary terms are used, the corrections
 * of each item. Pure: content and the site's links in, plain data out.
 */
import type { Checked, CheckedEvidence, Content } from '../check/content.ts';
import {
  comparePartialDates,
  firstDay,
  formatDateSpan,
  formatPartialDate,
  type PartialDate,
} from '../lib/calendar.ts';
import type { RateMeasure } from '../lib/tariffs.ts';
import { createTermMatcher } from '../lib/terms.ts';
import {
  pageTextOf,
  textDirective,
  type PageContext,
  type PageText,
} from '../lib/text-fragments.ts';
import { shortReference } from '../lib/sources.ts';
import { excerptAround } from '../lib/text.ts';
import { absoluteUrl, siteLinks, type ListName, type SiteLinks } from '../lib/urls.ts';
import { createArticleRenderer, type RenderedArticle } from '../markdown/render.ts';
import type { CollectionName } from '../schemas/index.ts';
import { partOf, planGlossary, planTimeline, type ListPart } from './pages.ts';

export type Report = Checked<'articles'>;
export type Source = Checked<'sources'>;
export type Correction = Checked<'corrections'>;

/**
 * A source as pages cite it beside a fact: short, by publisher and what
 * tells it apart ("Federal Register, Proclamation 9705"), linked to its full
 * citation on /sources/, where its title as published is.
 */
export interface Citation {
  id: string;
  href: string;
  publisher: string;
  short: string;
}

/** Where an item's words come from, as pages show it. */
export interface ShownEvidence {
  /** What a report said, linked to the sentence that says it. */
  quote?: {
    text: string;
    href: string;
    /** A link that highlights exactly these words in the report, where one exists. */
    wordsHref?: string | undefined;
    report: ReportLabel;
  };
  sources: Citation[];
}

/** A report named as readers tell reports apart: by date, place and credit. */
export interface ReportLabel {
  id: string;
  href: string;
  /** "the report of 15 Nov 2021" */
  name: string;
  /**
   * How evidence is labelled: "The article" while there is one report, else "The report of 15 Nov
   * 2021".
   */
  label: string;
  published: PartialDate;
}

/** How much of a timeline item the reports back. */
export type Provenance =
  /** A report says it, its date included as shown. */
  | 'reported'
  /** A report says it, but the date as shown comes from a source. */
  | 'reported-dated-by-source'
  /** Only sources say it. */
  | 'context';

export interface Story {
  content: Content;
  links: SiteLinks;
  /** The site's absolute address, with its base. */
  site: string;
  /** Every report, newest first. */
  reports: Report[];
  report: (id: string) => Report;
  reportLabel: (id: string) => ReportLabel;
  /** Events in the order they happened. */
  events: Checked<'events'>[];
  /** The reports just before and after one, by date. */
  neighbours: (reportId: string) => { older?: Report | undefined; newer?: Report | undefined };
  /** The latest events after a report's day, as its page lists them, and how many more. */
  since: (reportId: string) => { events: Checked<'events'>[]; more: number };
  /** The pages the timeline or the glossary is cut into: one while it fits. */
  parts: (name: ListName) => ListPart[];
  /** Eras in order. */
  eras: Checked<'eras'>[];
  glossary: Checked<'glossary'>[];
  term: (id: string) => Checked<'glossary'>;
  /** Measures in the order they took effect. */
  measures: Checked<'measures'>[];
  rateMeasures: RateMeasure[];
  sources: Source[];
  citation: (id: string) => Citation;
  /** Corrections, newest first. */
  corrections: Correction[];
  correctionsOf: (collection: CollectionName, id: string) => Correction[];
  shown: (evidence: CheckedEvidence) => ShownEvidence;
  provenance: (evidence: CheckedEvidence) => Provenance;
  rendered: (reportId: string) => RenderedArticle;
  /** The sentences of the reports that use a glossary entry's names, by report. */
  usesOf: (termId: string) => { report: ReportLabel; sentences: SentenceUse[] }[];
  absolute: (path: string) => string;
}

/**
 * A sentence of a report that uses a glossary entry's name: the words around the name, and a link.
 */
export interface SentenceUse {
  id: string;
  excerpt: string;
  href: string;
}

/** How many characters of a sentence a glossary entry's list of uses shows around the name. */
const USE_EXCERPT_LENGTH = 80;

/** Whose headline lists and cards name beside the report's credit: the site's, if it wrote it. */
export const headlineBy = (report: Report, publisher: string) =>
  report.originalTitle ? undefined : `Headline by ${publisher}`;

/**
 * Who wrote a report, for machines (its feed item's creator, its JSON-LD credit): the wire wrote
 * the words; where the site wrote the headline, that too.
 */
export const creditLine = (report: Report, publisher: string) =>
  [report.credit, headlineBy(report, publisher)?.replace(/^H/, 'h')].filter(Boolean).join('; ');

/** Whose a report's headline is, as its page says under it. */
export const headlineNote = (report: Report, publisher: string) => {
  const by = headlineBy(report, publisher);
  return by ? `${by}: the report has none of its own` : 'Headline as published';
};

/** How many events a report's "since this report" list shows before sending readers on. */
const SINCE_SHOWN = 10;

/** A function of one string argument that works each answer out once. */
function once<T>(work: (key: string) => T): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    if (!answers.has(key)) answers.set(key, work(key));
    return answers.get(key)!;
  };
}

const byDateThenOrder = (a: Checked<'events'>, b: Checked<'events'>) =>
  comparePartialDates(a.date, b.date) ||
  (a.dayOrder ?? 0) - (b.dayOrder ?? 0) ||
  a.title.localeCompare(b.title);

export function prepareStory(content: Content, base: string, site: string): Story {
  const events = [...content.events].sort(byDateThenOrder);
  const glossary = [...content.glossary].sort((a, b) =>
    a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }),
  );
  const timelineParts = planTimeline(events);
  const glossaryParts = planGlossary(glossary);
  const eventPart = partOf(timelineParts);
  const termPart = partOf(glossaryParts);
  const links = siteLinks(base, {
    event: (id) => eventPart.get(id) ?? '',
    term: (id) => termPart.get(id) ?? '',
  });
  const reports = [...content.articles].sort((a, b) =>
    comparePartialDates(b.published, a.published),
  );
  const reportById = new Map(reports.map((r) => [r.id, r]));
  const report = (id: string) => {
    const found = reportById.get(id);
    if (!found)
      throw new Error(`no report "${id}": the content check proves every reference first`);
    return found;
  };
  const reportLabel = once((id): ReportLabel => {
    const r = report(id);
    const name = `the report of ${formatPartialDate(r.published)}`;
    const label =
      reports.length === 1 ? 'The article' : `The report of ${formatPartialDate(r.published)}`;
    return { id, href: links.article(id), name, label, published: r.published };
  });
  const neighbours = (id: string) => {
    const index = reports.indexOf(report(id));
    return { older: reports[index + 1], newer: index > 0 ? reports[index - 1] : undefined };
  };
  const since = once((id) => {
    const day = report(id).published.iso;
    const after = events.filter((e) => firstDay(e.date) > day);
    return { events: after.slice(-SINCE_SHOWN), more: Math.max(0, after.length - SINCE_SHOWN) };
  });

  const sourceById = new Map(content.sources.map((s) => [s.id, s]));
  const citation = (id: string): Citation => {
    const source = sourceById.get(id);
    if (!source)
      throw new Error(`no source "${id}": the content check proves every reference first`);
    return {
      id,
      href: links.source(id),
      publisher: source.publisher,
      short: shortReference(source, formatPartialDate),
    };
  };

  const termById = new Map(glossary.map((g) => [g.id, g]));
  const term = (id: string) => {
    const found = termById.get(id);
    if (!found) throw new Error(`no glossary entry "${id}"`);
    return found;
  };

  const renderArticle = createArticleRenderer(
    glossary.map((entry) => ({
      id: entry.id,
      names: [entry.term, ...entry.aliases],
      term: entry.term,
      short: entry.short,
      href: links.term(entry.id),
    })),
  );
  const renderedWithText = once((id): { rendered: RenderedArticle; text: PageText } => {
    const r = report(id);
    const rendered = renderArticle({
      body: r.body,
      published: r.published.iso,
      dateline: r.dateline,
      paragraphs: r.paragraphs,
    });
    return { rendered, text: pageTextOf(rendered.tree) };
  });

  /**
   * What a report's page shows around its words, as far as content says it:
   * the menu and headline above (a match there would come first), what
   * follows below. The browser tests check the directives on the page itself.
   */
  const pageContext = once((id): PageContext => {
    const { site } = content;
    const r = report(id);
    const pages = Object.values(site.pages).flatMap((page) => [page.title, page.navLabel ?? '']);
    const { older, newer } = neighbours(id);
    return {
      before: [
        site.title,
        ...pages,
        r.dateline,
        r.title,
        headlineNote(r, site.publisher),
        r.dek,
        r.credit,
        ...correctionsOf('articles', r.id).flatMap((c) => [c.wrong, c.now]),
      ],
      after: [
        r.credit,
        ...[older, newer].flatMap((other) =>
          other
            ? [
                formatDateSpan(other.published),
                other.dateline,
                other.credit,
                headlineBy(other, site.publisher) ?? '',
                other.title,
                other.dek,
              ]
            : [],
        ),
        ...since(id).events.map((e) => `${formatDateSpan(e.date, e.end)}: ${e.title}`),
      ],
    };
  });

  /** The link that highlights a quote in its report, if its words can be told apart there. */
  const directiveOf = once((key) => {
    const [articleId, start, end] = key.split(' ');
    const { text } = renderedWithText(articleId!);
    return textDirective(text.text, Number(start), Number(end), pageContext(articleId!));
  });
  const wordsHref = (evidence: CheckedEvidence): string | undefined => {
    const quoted = evidence.quoted;
    if (!quoted || !evidence.quote) return undefined;
    const { text } = renderedWithText(quoted.articleId);
    const start = text.sentenceOffsets.get(quoted.sentenceIds[0] ?? '')?.[quoted.start];
    const last = text.sentenceOffsets.get(quoted.sentenceIds.at(-1) ?? '')?.[quoted.end - 1];
    if (start === undefined || last === undefined) return undefined;
    // Worked out once for each quote, however many pages show it.
    const directive = directiveOf(`${quoted.articleId} ${start} ${last + 1}`);
    return directive ? `${links.article(quoted.articleId)}#:~:${directive}` : undefined;
  };

  const shown = (evidence: CheckedEvidence): ShownEvidence => ({
    ...(evidence.quote && evidence.quoted
      ? {
          quote: {
            text: evidence.quote,
            href: links.sentence(evidence.quoted.articleId, evidence.quoted.sentenceIds[0] ?? ''),
            wordsHref: wordsHref(evidence),
            report: reportLabel(evidence.quoted.articleId),
          },
        }
      : {}),
    sources: evidence.sources.map(citation),
  });

  const provenance = (evidence: CheckedEvidence): Provenance => {
    if (!evidence.quoted) return 'context';
    return evidence.dateFrom === 'source' ? 'reported-dated-by-source' : 'reported';
  };

  const findTerms = createTermMatcher(
    glossary.map((g) => ({ id: g.id, names: [g.term, ...g.aliases] })),
  );
  const uses = new Map<string, Map<string, SentenceUse[]>>();
  for (const r of reports) {
    for (const sentence of r.paragraphs.flatMap((p) => p.sentences)) {
      const seen = new Set<string>();
      for (const match of findTerms(sentence.text)) {
        if (seen.has(match.id)) continue;
        seen.add(match.id);
        const byReport = uses.get(match.id) ?? new Map<string, SentenceUse[]>();
        byReport.set(r.id, [
          ...(byReport.get(r.id) ?? []),
          {
            id: sentence.id,
            excerpt: excerptAround(sentence.text, match.start, match.end, USE_EXCERPT_LENGTH),
            href: links.sentence(r.id, sentence.id),
          },
        ]);
        uses.set(match.id, byReport);
      }
    }
  }

  const corrections = [...content.corrections].sort(
    (a, b) => comparePartialDates(b.date, a.date) || a.id.localeCompare(b.id),
  );
  const correctionsOf = (collection: CollectionName, id: string) =>
    corrections.filter((c) =>
      c.items.some((item) => item.collection === collection && item.id === id),
    );

  const measures = [...content.measures].sort(
    (a, b) =>
      comparePartialDates(a.inForce, b.inForce) ||
      a.product.localeCompare(b.product) ||
      a.id.localeCompare(b.id),
  );

  return {
    content,
    links,
    site,
    reports,
    report,
    reportLabel,
    events,
    neighbours,
    since,
    parts: (name) => (name === 'timeline' ? timelineParts : glossaryParts),
    eras: [...content.eras].sort((a, b) => a.order - b.order),
    glossary,
    term,
    measures,
    rateMeasures: measures.map((m) => ({
      id: m.id,
      product: m.product,
      rate: m.rate,
      terms: m.terms,
      inQuotaRate: m.inQuotaRate,
      inForce: m.inForce.iso,
      until: m.until?.iso,
      instrument: m.instrument,
      countries: m.countries,
    })),
    sources: [...content.sources].sort(
      (a, b) =>
        a.publisher.localeCompare(b.publisher) ||
        (a.title ?? a.description ?? '').localeCompare(b.title ?? b.description ?? ''),
    ),
    citation,
    corrections,
    correctionsOf,
    shown,
    provenance,
    rendered: (id) => renderedWithText(id).rendered,
    usesOf: (termId) =>
      [...(uses.get(termId) ?? new Map<string, SentenceUse[]>())].map(([id, sentences]) => ({
        report: reportLabel(id),
        sentences,
      })),
    absolute: (path) => absoluteUrl(path, site),
  };
}
