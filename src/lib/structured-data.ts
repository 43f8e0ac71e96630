/**
 * JSON-LD for each page (schema.org): a report as a NewsArticle, the
 * glossary's terms as a DefinedTermSet with its people and institutions as
 * Person and Organization, the timeline as a WebPage whose main entity is an
 * ItemList of events, other pages as WebPage. Corrections are given as
 * `correction`, with the page's `dateModified`. Plain data in, plain objects out.
 */
import { firstDay, lastDay, type PartialDate } from './calendar.ts';

/** A JSON-LD graph as a page carries it. */
export type JsonLd = Record<string, unknown>;

export interface Publisher {
  name: string;
  /** The site's home page. */
  url: string;
  /** The logo's absolute address. */
  logo: string;
}

export interface CorrectionData {
  url: string;
  date: PartialDate;
}

const organization = (publisher: Publisher) => ({
  '@type': 'Organization',
  '@id': `${publisher.url}#publisher`,
  name: publisher.name,
  url: publisher.url,
  // No width or height: schema.org wants a Distance there, not a number, and Google reads the file.
  logo: { '@type': 'ImageObject', url: publisher.logo },
});

// Where and when: the words are on the page beside what they corrected, and at the address, so
// a page's graph does not carry them a second time (on /tariffs/, 0.5 KB of its 14).
const corrections = (list: readonly CorrectionData[]) =>
  list.length
    ? {
        correction: list.map((c) => ({
          '@type': 'CorrectionComment',
          url: c.url,
          datePublished: c.date.iso,
        })),
      }
    : {};

const modified = (date: PartialDate | undefined) => (date ? { dateModified: date.iso } : {});

export function articleStructuredData(article: {
  url: string;
  headline: string;
  description: string;
  published: PartialDate;
  modified?: PartialDate | undefined;
  dateline: string;
  credit: string;
  /** Who wrote it, headline included: "Agencies; headline by …" where the site wrote that. */
  creditText: string;
  language: string;
  image: string;
  publisher: Publisher;
  mentions: readonly {
    url: string;
    name: string;
    kind: 'term' | 'law' | 'person' | 'institution';
  }[];
  corrections: readonly CorrectionData[];
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${article.url}#article`,
    mainEntityOfPage: article.url,
    url: article.url,
    headline: article.headline,
    description: article.description,
    datePublished: article.published.iso,
    dateModified: (article.modified ?? article.published).iso,
    dateline: article.dateline,
    inLanguage: article.language,
    image: article.image,
    author: { '@type': 'Organization', name: article.credit },
    creditText: article.creditText,
    publisher: organization(article.publisher),
    isAccessibleForFree: true,
    mentions: article.mentions.map((m) => ({
      '@type': typeOf(m.kind),
      '@id': m.url,
      name: m.name,
    })),
    ...corrections(article.corrections),
  };
}

/**
 * The schema.org type of a glossary entry, the same on every page that names it.
 * A law is a DefinedTerm of the glossary: some are single acts ("Section 232"),
 * others kinds of act ("Presidential proclamation"), which Legislation is not.
 */
function typeOf(kind: 'term' | 'law' | 'person' | 'institution'): string {
  return { term: 'DefinedTerm', law: 'DefinedTerm', person: 'Person', institution: 'Organization' }[
    kind
  ];
}

/**
 * A glossary page: its terms and laws as a DefinedTermSet, its people and
 * institutions beside it as such; a page of people and institutions alone is
 * a WebPage with them beside it.
 */
export function glossaryStructuredData(glossary: {
  page: WebPageInput;
  entries: readonly {
    url: string;
    name: string;
    description: string;
    aliases: readonly string[];
    kind: 'term' | 'law' | 'person' | 'institution';
    role?: string | undefined;
  }[];
}) {
  const { page } = glossary;
  const setId = `${page.url}#terms`;
  const terms = glossary.entries.filter((e) => e.kind === 'term' || e.kind === 'law');
  const others = glossary.entries.filter((e) => e.kind === 'person' || e.kind === 'institution');
  return {
    '@context': 'https://schema.org',
    '@graph': [
      terms.length > 0
        ? {
            '@type': 'DefinedTermSet',
            '@id': setId,
            name: page.title,
            url: page.url,
            publisher: organization(page.publisher),
            ...modified(page.modified),
            ...corrections(page.corrections ?? []),
            hasDefinedTerm: terms.map((entry) => ({
              '@type': 'DefinedTerm',
              '@id': entry.url,
              name: entry.name,
              ...(entry.aliases.length ? { alternateName: entry.aliases } : {}),
              description: entry.description,
              inDefinedTermSet: setId,
            })),
          }
        : webPageNode(page),
      ...others.map((entry) => ({
        '@type': typeOf(entry.kind),
        '@id': entry.url,
        name: entry.name,
        ...(entry.aliases.length ? { alternateName: entry.aliases } : {}),
        description: entry.description,
        ...(entry.kind === 'person' && entry.role ? { jobTitle: entry.role } : {}),
      })),
    ],
  };
}

/** An event as a schema.org Event: its name, its days, its place. */
function eventNode(event: {
  url: string;
  title: string;
  date: PartialDate;
  end?: PartialDate | undefined;
  place?: string | undefined;
}) {
  const startDate = firstDay(event.date);
  const endDate = lastDay(event.end ?? event.date);
  return {
    '@type': 'Event',
    '@id': event.url,
    name: event.title,
    startDate,
    ...(endDate !== startDate ? { endDate } : {}),
    ...(event.place ? { location: { '@type': 'Place', name: event.place } } : {}),
  };
}

/**
 * The timeline page: a WebPage (which has dates and corrections, as an ItemList
 * does not) whose main entity is the list of events, in order.
 */
export function timelineStructuredData(timeline: {
  page: WebPageInput;
  name: string;
  events: readonly {
    url: string;
    title: string;
    summary: string;
    date: PartialDate;
    end?: PartialDate | undefined;
    place?: string | undefined;
  }[];
}) {
  return {
    ...webPageStructuredData(timeline.page),
    mainEntity: {
      '@type': 'ItemList',
      '@id': `${timeline.page.url}#events`,
      name: timeline.name,
      itemListOrder: 'https://schema.org/ItemListOrderAscending',
      numberOfItems: timeline.events.length,
      itemListElement: timeline.events.map((event, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        // What an event needs and no more: the page itself holds its summary and evidence.
        item: eventNode(event),
      })),
    },
  };
}

/** What a WebPage node says: its address, title, site, publisher, last change and corrections. */
export interface WebPageInput {
  url: string;
  title: string;
  description: string;
  site: { name: string; url: string };
  publisher: Publisher;
  modified?: PartialDate | undefined;
  corrections?: readonly CorrectionData[];
}

function webPageNode(page: WebPageInput) {
  return {
    '@type': 'WebPage',
    '@id': `${page.url}#page`,
    url: page.url,
    name: page.title,
    description: page.description,
    isPartOf: { '@type': 'WebSite', name: page.site.name, url: page.site.url },
    publisher: organization(page.publisher),
    ...modified(page.modified),
    ...corrections(page.corrections ?? []),
  };
}

export function webPageStructuredData(page: WebPageInput) {
  return { '@context': 'https://schema.org', ...webPageNode(page) };
}
