/**
 * Everything the pages show, computed once from the collections before any
 * page renders: sorted, grouped, with evidence resolved and articles
 * rendered. Pages only arrange what this returns.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import type { ArticleSentence } from '../lib/article-text.ts';
import { comparePartialDates } from '../lib/dates.ts';
import { showEvidence, type ShownEvidence } from '../lib/evidence.ts';
import { indexArticles } from '../lib/provenance.ts';
import { productsOf, type RateMeasure } from '../lib/tariffs.ts';
import { createTermMatcher } from '../lib/terms.ts';
import { hrefs, paths } from '../lib/urls.ts';
import { createArticleRenderer, renderDefinition } from '../markdown/render-article.ts';

type Data<C extends CollectionKey> = CollectionEntry<C>['data'];

export interface Article extends Data<'articles'> {
  path: string;
  body: string;
  html: string;
  sentences: ArticleSentence[];
  words: number;
}

export interface TimelineEvent extends Data<'events'> {
  shown: ShownEvidence;
  involvedEntries: { id: string; term: string }[];
}

export interface Era extends Data<'eras'> {
  events: TimelineEvent[];
}

export interface GlossaryEntry extends Data<'glossary'> {
  html: string;
  shown: ShownEvidence;
  /** The sentences of the articles that use the term or an alias. */
  usedIn: { articleId: string; sentence: ArticleSentence; href: string }[];
}

export interface Measure extends Data<'measures'> {
  shown: ShownEvidence;
}

export interface ExplainerSection extends Data<'explainer'> {
  html: string;
  shown: ShownEvidence;
}

export interface KeyFact extends Data<'keyFacts'> {
  shown: ShownEvidence;
}

export interface SiteModel {
  settings: Data<'site'>;
  articles: Article[];
  eras: Era[];
  events: TimelineEvent[];
  glossary: GlossaryEntry[];
  measures: Measure[];
  /** The measures as the tariff arithmetic takes them. */
  rateMeasures: RateMeasure[];
  products: string[];
  explainer: ExplainerSection[];
  keyFacts: KeyFact[];
  sources: Data<'sources'>[];
}

let cached: Promise<SiteModel> | undefined;

/** The site's data; computed on the first call, shared by every page after. */
export function loadSite(): Promise<SiteModel> {
  cached ??= buildSite();
  return cached;
}

const WORDS_PER_MINUTE = 230;

async function buildSite(): Promise<SiteModel> {
  const [
    siteEntries,
    articleEntries,
    eventEntries,
    eraEntries,
    glossaryEntries,
    measureEntries,
    sourceEntries,
    keyFactEntries,
    explainerEntries,
  ] = await Promise.all([
    getCollection('site'),
    getCollection('articles'),
    getCollection('events'),
    getCollection('eras'),
    getCollection('glossary'),
    getCollection('measures'),
    getCollection('sources'),
    getCollection('keyFacts'),
    getCollection('explainer'),
  ]);
  const settings = siteEntries[0]!.data;
  const sources = sourceEntries
    .map((e) => e.data)
    .sort((a, b) => a.publisher.localeCompare(b.publisher) || a.title.localeCompare(b.title));
  const sourcesById = new Map(sources.map((s) => [s.id, s]));
  const index = indexArticles(
    articleEntries.map((e) => ({
      id: e.data.id,
      published: e.data.published.iso,
      body: e.body ?? '',
    })),
  );
  const shown = (evidence: Parameters<typeof showEvidence>[0]) =>
    showEvidence(evidence, index, sourcesById);

  const glossaryLinks = glossaryEntries.map(({ data }) => ({
    id: data.id,
    names: [data.term, ...data.aliases],
    short: data.short,
    href: hrefs.term(data.id),
  }));
  const render = createArticleRenderer(glossaryLinks);
  // The index has already split each article into sentences, in the same order.
  const articles: Article[] = articleEntries
    .map(({ data, body = '' }, i) => {
      const { sentences } = index.articles[i]!;
      return {
        ...data,
        path: paths.article(data.id),
        body,
        html: render(body, { published: data.published.iso, dateline: data.dateline }),
        sentences,
        words: body.split(/\s+/).filter(Boolean).length,
      };
    })
    .sort((a, b) => comparePartialDates(b.published, a.published));

  const findTerms = createTermMatcher(glossaryLinks);
  const usedIn = new Map<string, GlossaryEntry['usedIn']>();
  for (const article of articles) {
    for (const sentence of article.sentences) {
      for (const id of new Set(findTerms(sentence.text).map((m) => m.id))) {
        const list = usedIn.get(id) ?? [];
        list.push({
          articleId: article.id,
          sentence,
          href: hrefs.sentence(article.id, sentence.id),
        });
        usedIn.set(id, list);
      }
    }
  }
  const glossary: GlossaryEntry[] = glossaryEntries
    .map(({ data }) => ({
      ...data,
      html: renderDefinition(data.definition),
      shown: shown(data.evidence),
      usedIn: usedIn.get(data.id) ?? [],
    }))
    .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
  const termById = new Map(glossary.map((g) => [g.id, g]));

  const events: TimelineEvent[] = eventEntries
    .map(({ data }) => ({
      ...data,
      shown: shown(data.evidence),
      involvedEntries: data.involved.map((ref) => ({
        id: ref.id,
        term: termById.get(ref.id)!.term,
      })),
    }))
    .sort(
      (a, b) =>
        comparePartialDates(a.date, b.date) ||
        a.dayOrder - b.dayOrder ||
        a.title.localeCompare(b.title),
    );
  const eras: Era[] = eraEntries
    .map(({ data }) => ({ ...data, events: events.filter((e) => e.era.id === data.id) }))
    .sort((a, b) => a.order - b.order);

  const measures: Measure[] = measureEntries
    .map(({ data }) => ({ ...data, shown: shown(data.evidence) }))
    .sort(
      (a, b) => comparePartialDates(a.inForce, b.inForce) || a.product.localeCompare(b.product),
    );
  const rateMeasures: RateMeasure[] = measures.map((m) => ({
    id: m.id,
    product: m.product,
    rate: m.rate,
    inForce: m.inForce.iso,
    until: m.until?.iso,
    instrument: m.instrument,
    appliesTo: m.appliesTo,
  }));

  return {
    settings,
    articles,
    eras,
    events,
    glossary,
    measures,
    rateMeasures,
    products: productsOf(rateMeasures),
    explainer: explainerEntries
      .map(({ data }) => ({
        ...data,
        html: renderDefinition(data.body),
        shown: shown(data.evidence),
      }))
      .sort((a, b) => a.order - b.order),
    keyFacts: keyFactEntries
      .map(({ data }) => ({ ...data, shown: shown(data.evidence) }))
      .sort((a, b) => a.order - b.order),
    sources,
  };
}

/** Every page of the site with its title: for Open Graph images, the sitemap and tests. */
export function sitePages(model: SiteModel): { path: string; title: string; kicker: string }[] {
  const { pages } = model.settings;
  return [
    { path: paths.home, title: model.articles[0]?.title ?? pages.home.title, kicker: 'Explainer' },
    ...model.articles.map((article) => ({
      path: article.path,
      title: article.title,
      kicker: `${article.dateline} · Wire report`,
    })),
    {
      path: paths.timeline,
      title: pages.timeline.title,
      kicker: pages.timeline.navLabel ?? pages.timeline.title,
    },
    { path: paths.tariffs, title: pages.tariffs.title, kicker: 'Explainer' },
    { path: paths.glossary, title: pages.glossary.title, kicker: 'Reference' },
    { path: paths.briefing, title: pages.home.title, kicker: pages.briefing.title },
    { path: paths.sources, title: pages.sources.title, kicker: 'Reference' },
    { path: paths.notFound, title: pages.notFound.title, kicker: model.settings.title },
  ];
}

export function readingMinutes(article: Article): number {
  return Math.max(1, Math.round(article.words / WORDS_PER_MINUTE));
}
