/**
 * JSON-LD for each page (schema.org): the article as a NewsArticle, the
 * glossary as a DefinedTermSet, the timeline as an ItemList of events.
 * Plain data in, plain objects out.
 */
import { firstDay, lastDay, type PartialDate } from './dates.ts';
import { absoluteUrl, hrefs, ogImagePath, paths } from './urls.ts';

interface Publisher {
  title: string;
  publisher: string;
  baseUrl: string;
}

const organization = (settings: Publisher, site: URL) => ({
  '@type': 'Organization',
  '@id': absoluteUrl('/#publisher', site),
  name: settings.publisher,
  url: absoluteUrl(paths.home, site),
});

export function articleStructuredData(
  article: {
    id: string;
    title: string;
    dek: string;
    published: PartialDate;
    dateline: string;
    credit: string;
    language: string;
  },
  model: {
    settings: Publisher;
    glossary: readonly { id: string; term: string; usedIn: readonly { articleId: string }[] }[];
  },
  site: URL,
) {
  const url = absoluteUrl(paths.article(article.id), site);
  const mentioned = model.glossary.filter((entry) =>
    entry.usedIn.some((use) => use.articleId === article.id),
  );
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    mainEntityOfPage: url,
    url,
    headline: article.title,
    description: article.dek,
    datePublished: article.published.iso,
    dateline: article.dateline,
    inLanguage: article.language,
    image: absoluteUrl(ogImagePath(paths.article(article.id)), site),
    author: { '@type': 'Organization', name: article.credit },
    publisher: organization(model.settings, site),
    isAccessibleForFree: true,
    mentions: mentioned.map((entry) => ({
      '@type': 'DefinedTerm',
      '@id': absoluteUrl(hrefs.term(entry.id), site),
      name: entry.term,
    })),
  };
}

export function glossaryStructuredData(
  model: {
    settings: Publisher;
    glossary: readonly { id: string; term: string; short: string; aliases: readonly string[] }[];
  },
  name: string,
  site: URL,
) {
  const url = absoluteUrl(paths.glossary, site);
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': `${url}#terms`,
    name,
    url,
    publisher: organization(model.settings, site),
    hasDefinedTerm: model.glossary.map((entry) => ({
      '@type': 'DefinedTerm',
      '@id': absoluteUrl(hrefs.term(entry.id), site),
      name: entry.term,
      alternateName: entry.aliases.length ? entry.aliases : undefined,
      description: entry.short,
      url: absoluteUrl(hrefs.term(entry.id), site),
      inDefinedTermSet: `${url}#terms`,
    })),
  };
}

export function timelineStructuredData(
  model: {
    settings: Publisher;
    events: readonly {
      id: string;
      title: string;
      summary: string;
      date: PartialDate;
      end?: PartialDate | undefined;
    }[];
  },
  name: string,
  site: URL,
) {
  const url = absoluteUrl(paths.timeline, site);
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    '@id': `${url}#events`,
    name,
    url,
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    numberOfItems: model.events.length,
    itemListElement: model.events.map((event, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      item: {
        '@type': 'Event',
        '@id': absoluteUrl(hrefs.event(event.id), site),
        name: event.title,
        description: event.summary,
        startDate: event.date.precision === 'day' ? event.date.iso : firstDay(event.date),
        endDate: event.end
          ? lastDay(event.end)
          : event.date.precision === 'day'
            ? event.date.iso
            : lastDay(event.date),
        url: absoluteUrl(hrefs.event(event.id), site),
      },
    })),
  };
}

export function webPageStructuredData(
  page: { path: string; title: string; description: string },
  settings: Publisher,
  site: URL,
) {
  const url = absoluteUrl(page.path, site);
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': `${url}#page`,
    url,
    name: page.title,
    description: page.description,
    isPartOf: { '@type': 'WebSite', name: settings.title, url: absoluteUrl(paths.home, site) },
    publisher: organization(settings, site),
  };
}
