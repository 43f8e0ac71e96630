/** The front page, the list of reports, and each report's page. */
import type { PartialDate } from '../lib/calendar.ts';
import { shortUrl } from '../lib/sources.ts';
import {
  correctionNotes,
  reportSummary,
  shownOnce,
  type CorrectionNote,
  type ReportSummary,
} from './common.ts';
import { headlineNote, type ShownEvidence, type Story } from './story.ts';

export interface HomeView {
  story: { title: string; dek: string };
  asOf: PartialDate;
  latest: ReportSummary;
  reportCount: number;
  keyFacts: { id: string; text: string; evidence: ShownEvidence; corrections: CorrectionNote[] }[];
  parts: { href: string; title: string; text: string }[];
  /** The earlier reports, the newest first, at most ten: the list of reports has them all. */
  earlier: ReportSummary[];
  allReports: { href: string; count: number };
}

/** How many earlier reports the front page lists. */
const EARLIER_SHOWN = 10;

export function homeView(story: Story): HomeView {
  const { site } = story.content;
  const [newest, ...earlier] = story.reports.map((r) => reportSummary(story, r));
  const once = shownOnce();
  const keyFacts = [...story.content.keyFacts]
    .sort((a, b) => a.order - b.order)
    .map((fact) => ({
      id: fact.id,
      text: fact.text,
      evidence: story.shown(fact.evidence),
      corrections: once(correctionNotes(story, 'keyFacts', fact.id)),
    }));
  const part = (name: 'articles' | 'timeline' | 'tariffs' | 'glossary' | 'briefing') => ({
    href: story.links.page(name),
    title: site.pages[name].title,
    text: site.pages[name].description,
  });
  return {
    story: site.story,
    asOf: site.asOf,
    // The content check refuses content with no report.
    latest: newest!,
    reportCount: story.reports.length,
    keyFacts,
    parts: [
      part('timeline'),
      part('tariffs'),
      part('glossary'),
      part('briefing'),
      ...(earlier.length ? [part('articles')] : []),
    ],
    earlier: earlier.slice(0, EARLIER_SHOWN),
    allReports: { href: story.links.page('articles'), count: story.reports.length },
  };
}

export function reportsView(story: Story): { reports: ReportSummary[] } {
  return { reports: story.reports.map((r) => reportSummary(story, r)) };
}

export interface ArticleView {
  id: string;
  title: string;
  /** Whose the headline is: the report's own, or this site's. */
  headlineNote: string;
  dek: string;
  dateline: string;
  credit: string;
  published: PartialDate;
  language: string;
  minutes: number;
  html: string;
  definitionsHtml: string;
  /** The report before this one and the one after, by date. */
  previous?: ReportSummary | undefined;
  next?: ReportSummary | undefined;
  since: {
    events: { href: string; title: string; date: PartialDate; end?: PartialDate | undefined }[];
    more: number;
    timelineHref: string;
    /** The timeline's address as paper prints it: "tariff-talks.example.org/timeline". */
    timelineAddress: string;
  };
  corrections: CorrectionNote[];
}

const WORDS_PER_MINUTE = 230;

export function articleView(story: Story, id: string): ArticleView {
  const report = story.report(id);
  const rendered = story.rendered(id);
  const since = story.since(id);
  const { older, newer } = story.neighbours(id);
  const corrections = correctionNotes(story, 'articles', id);
  const words = report.body.split(/\s+/).filter(Boolean).length;
  return {
    id,
    title: report.title,
    headlineNote: headlineNote(report, story.content.site.publisher),
    dek: report.dek,
    dateline: report.dateline,
    credit: report.credit,
    published: report.published,
    language: report.language,
    minutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
    html: rendered.html,
    definitionsHtml: rendered.definitionsHtml,
    previous: older && reportSummary(story, older),
    next: newer && reportSummary(story, newer),
    since: {
      events: since.events.map((event) => ({
        href: story.links.event(event.id),
        title: event.title,
        date: event.date,
        end: event.end,
      })),
      more: since.more,
      timelineHref: story.links.page('timeline'),
      timelineAddress: shortUrl(story.absolute(story.links.page('timeline'))),
    },
    corrections,
  };
}
