/** The JSON-LD of each page, from the story and the page's own view. */
import {
  articleStructuredData,
  glossaryStructuredData,
  timelineStructuredData,
  webPageStructuredData,
  type CorrectionData,
  type JsonLd,
  type Publisher,
} from '../lib/structured-data.ts';
import type { PageName } from '../lib/urls.ts';
import { listPage, type ListPage } from './pages.ts';
import type { CorrectionData as CorrectionEntry } from '../schemas/correction.ts';
import { creditLine, type Story } from './story.ts';
import { latest } from './timeline.ts';

/** The collections whose items each page shows, so a correction of one touches the page. */
const PAGE_OF_COLLECTION: Record<
  CorrectionEntry['items'][number]['collection'],
  PageName | 'article'
> = {
  articles: 'article',
  events: 'timeline',
  measures: 'tariffs',
  explainer: 'tariffs',
  glossary: 'glossary',
  sources: 'sources',
  keyFacts: 'home',
};

/**
 * The corrections that touched a page: a named page, or a report by id; for
 * a page of a list cut into pages, only those of the items it shows.
 */
export function correctionsOnPage(
  story: Story,
  page: PageName | { report: string },
  shown?: ReadonlySet<string>,
): CorrectionData[] {
  return story.corrections
    .filter((c) =>
      c.items.some((item) =>
        typeof page === 'string'
          ? PAGE_OF_COLLECTION[item.collection] === page && (!shown || shown.has(item.id))
          : item.collection === 'articles' && item.id === page.report,
      ),
    )
    .map((c) => ({
      url: story.absolute(story.links.correction(c.id)),
      date: c.date,
    }));
}

function publisher(story: Story): Publisher {
  return {
    name: story.content.site.publisher,
    url: story.absolute(story.links.page('home')),
    logo: story.absolute(story.links.logo),
  };
}

/** What a page's WebPage node says: its address, title, site, publisher and corrections. */
function pageJsonLdInput(story: Story, name: PageName, list?: ListPage) {
  const { site } = story.content;
  const corrections = correctionsOnPage(story, name, list?.shown);
  return {
    url: story.absolute(list?.path ?? story.links.page(name)),
    title: list?.title ?? site.pages[name].title,
    description: site.pages[name].description,
    site: { name: site.title, url: story.absolute(story.links.page('home')) },
    publisher: publisher(story),
    modified: latest(corrections.map((c) => c.date)),
    corrections,
  };
}

export function pageJsonLd(story: Story, name: PageName) {
  return webPageStructuredData(pageJsonLdInput(story, name));
}

export function articleJsonLd(story: Story, id: string) {
  const report = story.report(id);
  const url = story.absolute(story.links.article(id));
  const used = new Set(
    story.glossary
      .filter((g) => story.usesOf(g.id).some((u) => u.report.id === id))
      .map((g) => g.id),
  );
  const corrections = correctionsOnPage(story, { report: id });
  return articleStructuredData({
    url,
    headline: report.title,
    description: report.dek,
    published: report.published,
    modified: latest(corrections.map((c) => c.date)),
    dateline: report.dateline,
    credit: report.credit,
    creditText: creditLine(report, story.content.site.publisher),
    language: report.language,
    image: story.absolute(story.links.ogImage(story.links.article(id))),
    publisher: publisher(story),
    mentions: story.glossary
      .filter((g) => used.has(g.id))
      .map((g) => ({ url: story.absolute(story.links.term(g.id)), name: g.term, kind: g.kind })),
    corrections,
  });
}

/**
 * The glossary's page of a slug; the list of its pages, where it is cut into pages, is a plain
 * WebPage.
 */
export function glossaryJsonLd(story: Story, slug = ''): JsonLd {
  const list = listPage(story, 'glossary', slug);
  const page = pageJsonLdInput(story, 'glossary', list);
  if (list.isIndex) return webPageStructuredData(page);
  return glossaryStructuredData({
    page,
    entries: story.glossary
      .filter((g) => list.shown.has(g.id))
      .map((g) => ({
        url: story.absolute(story.links.term(g.id)),
        name: g.term,
        description: g.short,
        aliases: g.aliases.filter((a) => a.toLowerCase() !== g.term.toLowerCase()),
        kind: g.kind,
        role: g.role,
      })),
  });
}

/**
 * The timeline's page of a slug; the list of its pages, where it is cut into pages, is a plain
 * WebPage.
 */
export function timelineJsonLd(story: Story, slug = ''): JsonLd {
  const list = listPage(story, 'timeline', slug);
  const page = pageJsonLdInput(story, 'timeline', list);
  if (list.isIndex) return webPageStructuredData(page);
  return timelineStructuredData({
    page,
    name: list.title,
    events: story.events
      .filter((event) => list.shown.has(event.id))
      .map((event) => ({
        url: story.absolute(story.links.event(event.id)),
        title: event.title,
        summary: event.summary,
        date: event.date,
        end: event.end,
        place: event.place,
      })),
  });
}
