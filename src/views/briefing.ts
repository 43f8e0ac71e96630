/**
 * /briefing/: the story as of now on at most two printed pages: what each
 * report said, what has happened since, the rates, the terms, and numbered
 * citations used in the text.
 */
import { addDays, firstDay, formatPartialDate, type PartialDate } from '../lib/calendar.ts';
import { identifierLabels, shortUrl, sourceUrl } from '../lib/sources.ts';
import type { CheckedEvidence } from '../check/content.ts';
import type { Story } from './story.ts';
import { ratesThenAndNow, type RatesThenAndNow } from './tariffs.ts';

/** A report tells the news of the days around it: these many days either side. */
const NEWS_WINDOW_DAYS = 7;

/**
 * The briefing keeps to two printed pages however long the story grows: at most these many of each.
 */
const SHOWN = { reports: 3, itemsPerReport: 8, since: 10, timeline: 16 } as const;

export interface BriefingItem {
  date: PartialDate;
  end?: PartialDate | undefined;
  title: string;
  /** A sentence that stands alone. */
  text: string;
  /** The numbers of the citations behind it. */
  cites: number[];
}

export interface BriefingCitation {
  number: number;
  /** "Agencies, wire report, Tokyo, 15 Nov 2021 [no headline]" or a source's parts. */
  publisher: string;
  title?: string | undefined;
  description?: string | undefined;
  details: string[];
  url?: string | undefined;
  shortUrl?: string | undefined;
}

export interface BriefingView {
  title: string;
  siteTitle: string;
  asOf: PartialDate;
  /** "Based on the wire report of 15 Nov 2021 (Agencies, Tokyo)." */
  basedOn: string;
  summary: { text: string; cites: number[] }[];
  /** Each report with the events it tells; its dek where it tells none on the timeline. */
  reports: { name: string; cite: number; dek: string; items: BriefingItem[] }[];
  /** The reports not shown, the oldest, and where they all are. */
  earlierReports: { count: number; href: string };
  since: BriefingItem[];
  rates: RatesThenAndNow;
  /** The citations behind the rates shown. */
  ratesCites: number[];
  timeline: { date: PartialDate; end?: PartialDate | undefined; title: string; href: string }[];
  terms: { href: string; term: string; short: string }[];
  citations: BriefingCitation[];
}

export function briefingView(story: Story): BriefingView {
  const { site } = story.content;
  const oldestFirst = [...story.reports].reverse();
  const newest = story.reports[0]!;
  const citations: BriefingCitation[] = [];
  const numbers = new Map<string, number>();
  const cite = (key: string, make: () => Omit<BriefingCitation, 'number'>) => {
    let number = numbers.get(key);
    if (number === undefined) {
      number = citations.length + 1;
      numbers.set(key, number);
      citations.push({ number, ...make() });
    }
    return number;
  };
  const citeReport = (id: string) =>
    cite(`report:${id}`, () => {
      const r = story.report(id);
      return {
        publisher: r.credit,
        title: r.originalTitle,
        description: r.originalTitle ? undefined : `wire report from ${r.dateline}, no headline`,
        details: [formatPartialDate(r.published)],
      };
    });
  const citeSource = (id: string) =>
    cite(`source:${id}`, () => {
      const source = story.content.sources.find((s) => s.id === id)!;
      const url = sourceUrl(source);
      // Two pages are short: an identifier the printed address spells out ("FR Doc. 2025-02832"
      // beside federalregister.gov/d/2025-02832) is left to the address.
      const spelledOut = (label: string) => url?.endsWith(`/${label.split(' ').at(-1)}`) === true;
      return {
        publisher: source.publisher,
        title: source.title,
        description: source.description,
        details: [
          ...identifierLabels(source).filter((label) => !spelledOut(label)),
          ...(source.published ? [formatPartialDate(source.published)] : []),
        ],
        url,
        shortUrl: url && shortUrl(url),
      };
    });
  // In ascending order, as a reader looks them up: "[5, 19, 20]".
  const citesOf = (evidence: CheckedEvidence) =>
    [
      ...(evidence.quoted ? [citeReport(evidence.quoted.articleId)] : []),
      ...evidence.sources.map(citeSource),
    ].sort((a, b) => a - b);
  const shownReports = oldestFirst.slice(-SHOWN.reports);
  // The reports shown are cited first, in the order they were published.
  for (const r of shownReports) citeReport(r.id);

  const summary = [...story.content.keyFacts]
    .sort((a, b) => a.order - b.order)
    .map((fact) => ({ text: fact.text, cites: citesOf(fact.evidence) }));

  const item = (event: Story['events'][number]): BriefingItem => ({
    date: event.date,
    end: event.end,
    title: event.title,
    text: event.summary,
    cites: citesOf(event.evidence),
  });
  const inNews = (event: Story['events'][number], published: string) =>
    firstDay(event.date) >= addDays(published, -NEWS_WINDOW_DAYS) &&
    firstDay(event.date) <= addDays(published, NEWS_WINDOW_DAYS);
  const reports = shownReports.map((r) => ({
    name: `The report of ${formatPartialDate(r.published)} (${r.credit}, ${r.dateline})`,
    cite: citeReport(r.id),
    dek: r.dek,
    items: story.events
      .filter(
        (event) => event.evidence.quoted?.articleId === r.id && inNews(event, r.published.iso),
      )
      .slice(0, SHOWN.itemsPerReport)
      .map(item),
  }));
  const newsEnd = addDays(newest.published.iso, NEWS_WINDOW_DAYS);
  const since = story.events
    .filter((event) => firstDay(event.date) > newsEnd)
    .slice(-SHOWN.since)
    .map(item);
  const timeline = story.events
    .filter((event) => firstDay(event.date) <= newest.published.iso)
    .slice(-SHOWN.timeline)
    .map((event) => ({
      date: event.date,
      end: event.end,
      title: event.title,
      href: story.links.event(event.id),
    }));
  const terms = story.glossary
    .filter((entry) => entry.inBriefing)
    .map((entry) => ({ href: story.links.term(entry.id), term: entry.term, short: entry.short }));
  const rates = ratesThenAndNow(story);
  const shownDays = [rates.then.date.iso, rates.now.date.iso];
  const ratesCites = [
    ...new Set(
      story.measures
        .filter((m) => shownDays.some((d) => m.inForce.iso <= d && (!m.until || d <= m.until.iso)))
        .flatMap((m) => citesOf(m.evidence)),
    ),
  ].sort((a, b) => a - b);

  const described = shownReports.map(
    (r) => `${formatPartialDate(r.published)} (${r.credit}, ${r.dateline})`,
  );
  const earlier = oldestFirst.length - shownReports.length;
  return {
    title: site.story.title,
    siteTitle: site.title,
    asOf: site.asOf,
    basedOn:
      oldestFirst.length === 1
        ? `Based on the wire report of ${described[0]}`
        : earlier > 0
          ? `Based on ${oldestFirst.length} wire reports, the latest ${described.length}: ` +
            `${described.join('; ')}`
          : `Based on ${oldestFirst.length} wire reports: ${described.join('; ')}`,
    summary,
    reports,
    earlierReports: { count: earlier, href: story.links.page('articles') },
    since,
    rates,
    ratesCites,
    timeline,
    terms,
    citations,
  };
}
