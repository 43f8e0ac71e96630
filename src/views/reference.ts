/** /sources/, /corrections/ and the 404 page: the site's reference pages. */
import { formatPartialDate, type PartialDate } from '../lib/calendar.ts';
import { identifierLabels, shortUrl, sourceUrl } from '../lib/sources.ts';
import type { PageName } from '../lib/urls.ts';
import type { CorrectionData } from '../schemas/correction.ts';
import {
  correctionNotes,
  reportSummary,
  shownOnce,
  type CorrectionNote,
  type ReportSummary,
} from './common.ts';
import type { Correction, ShownEvidence, Story } from './story.ts';

export interface SourceEntry {
  id: string;
  publisher: string;
  title?: string | undefined;
  description?: string | undefined;
  identifiers: string[];
  /** "Signed 10 Feb 2025", "published 18 Feb 2025", "in force 12 Mar 2025". */
  dates: string[];
  url?: string | undefined;
  shortUrl?: string | undefined;
  language?: string | undefined;
  corrections: CorrectionNote[];
}

export interface SourcesView {
  /** The reports themselves, cited as they are: with no headline where they had none. */
  reports: (ReportSummary & { originalTitle?: string | undefined })[];
  sources: SourceEntry[];
  publisher: string;
}

const LANGUAGES: Record<string, string> = {
  ja: 'Japanese',
  fr: 'French',
  de: 'German',
  zh: 'Chinese',
  ko: 'Korean',
};

export function sourcesView(story: Story): SourcesView {
  const once = shownOnce();
  const sources = story.sources.map((source) => {
    const url = sourceUrl(source);
    const dates = [
      source.signed && `signed ${formatPartialDate(source.signed)}`,
      source.published && `published ${formatPartialDate(source.published)}`,
      source.inForce && `in force ${formatPartialDate(source.inForce)}`,
    ].filter((d): d is string => Boolean(d));
    return {
      id: source.id,
      publisher: source.publisher,
      title: source.title,
      description: source.description,
      identifiers: identifierLabels(source),
      dates,
      url,
      shortUrl: url && shortUrl(url),
      language: source.language && (LANGUAGES[source.language] ?? source.language),
      corrections: once(correctionNotes(story, 'sources', source.id)),
    };
  });
  return {
    reports: story.reports.map((r) => ({
      ...reportSummary(story, r),
      originalTitle: r.originalTitle,
    })),
    sources,
    publisher: story.content.site.publisher,
  };
}

export interface CorrectionEntry {
  id: string;
  date: PartialDate;
  wrong: string;
  now: string;
  /** What it corrected, as its heading and the feed name it: the first item, and how many more. */
  subject: string;
  items: { label: string; href: string }[];
  evidence?: ShownEvidence | undefined;
}

/** Where a corrected item is, and what it is called. */
export function correctedItem(
  story: Story,
  item: CorrectionData['items'][number],
): { label: string; href: string } {
  const { links, content } = story;
  const tariffsPage = content.site.pages.tariffs;
  const tariffsLabel = tariffsPage.navLabel ?? tariffsPage.title;
  switch (item.collection) {
    case 'events': {
      const event = content.events.find((e) => e.id === item.id);
      return { label: `Timeline: ${event?.title ?? item.id}`, href: links.event(item.id) };
    }
    case 'measures': {
      const measure = content.measures.find((m) => m.id === item.id);
      return {
        label: `${tariffsLabel}: ${measure?.title ?? item.id}`,
        href: `${links.page('tariffs')}#measure-${item.id}`,
      };
    }
    case 'explainer': {
      const section = content.explainer.find((s) => s.id === item.id);
      return {
        label: `${tariffsLabel}: ${section?.title ?? item.id}`,
        href: `${links.page('tariffs')}#${item.id}`,
      };
    }
    case 'glossary':
      return { label: `Glossary: ${story.term(item.id).term}`, href: links.term(item.id) };
    case 'sources': {
      const citation = story.citation(item.id);
      return {
        label: `Sources: ${citation.publisher}, ${citation.short}`,
        href: citation.href,
      };
    }
    case 'keyFacts':
      return { label: 'At a glance, on the front page', href: `${links.page('home')}#${item.id}` };
    case 'articles': {
      // As citations describe it: its headline may be the site's, and the very thing corrected.
      const { credit, dateline, published } = story.report(item.id);
      return {
        label: `Report: ${credit}, ${dateline}, ${formatPartialDate(published)}`,
        href: links.article(item.id),
      };
    }
  }
}

/** What a correction corrected, in a few words: its first item, and how many more. */
export function correctionSubject(story: Story, correction: Correction): string {
  const [first, ...more] = correction.items;
  const label = first ? correctedItem(story, first).label : '';
  return more.length > 0 ? `${label} and ${more.length} more` : label;
}

export function correctionsView(story: Story): { corrections: CorrectionEntry[] } {
  return {
    corrections: story.corrections.map((c) => ({
      id: c.id,
      date: c.date,
      wrong: c.wrong,
      now: c.now,
      subject: correctionSubject(story, c),
      items: c.items.map((item) => correctedItem(story, item)),
      evidence: c.evidence ? story.shown(c.evidence) : undefined,
    })),
  };
}

export interface NotFoundView {
  links: { href: string; label: string }[];
  /** Where the long lists say their anchors are, for a link to a page of them that moved. */
  anchorMaps: { map: string; listPath: string }[];
}

export function notFoundView(story: Story): NotFoundView {
  const { pages } = story.content.site;
  const page = (name: PageName) => ({ href: story.links.page(name), label: pages[name].title });
  return {
    anchorMaps: (['timeline', 'glossary'] as const).map((name) => ({
      map: story.links.anchorMap(name),
      listPath: story.links.page(name),
    })),
    links: [
      { href: story.links.page('home'), label: 'Home' },
      ...story.reports
        .slice(0, 1)
        .map((r) => ({ href: story.links.article(r.id), label: r.title })),
      page('articles'),
      page('timeline'),
      page('tariffs'),
      page('glossary'),
      page('briefing'),
      page('sources'),
      page('corrections'),
    ],
  };
}
