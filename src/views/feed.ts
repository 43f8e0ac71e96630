/** The RSS feed: every report, and every correction, newest first. */
import { firstDay, formatPartialDate, type PartialDate } from '../lib/calendar.ts';
import { correctionSubject } from './reference.ts';
import { creditLine, type Story } from './story.ts';

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate: Date;
  /** Who wrote it: a report's credit, or the site's publisher for a correction. */
  creator: string;
  categories: string[];
}

const dateOf = (date: PartialDate) => new Date(`${firstDay(date)}T00:00:00Z`);

export function feedView(story: Story) {
  const { site } = story.content;
  const reports: FeedItem[] = story.reports.map((r) => ({
    title: r.title,
    link: story.links.article(r.id),
    description: r.dek,
    pubDate: dateOf(r.published),
    creator: creditLine(r, site.publisher),
    categories: ['Report'],
  }));
  const corrections: FeedItem[] = story.corrections.map((c) => ({
    // Named by what it corrected: its "now" alone ("It was published on …") means little.
    title: `Correction (${formatPartialDate(c.date)}) to ${correctionSubject(story, c)}`,
    link: story.links.correction(c.id),
    description: `Corrected: ${c.wrong} Now: ${c.now}`,
    pubDate: dateOf(c.date),
    creator: site.publisher,
    categories: ['Correction'],
  }));
  return {
    title: site.title,
    description: site.description,
    language: site.language,
    selfUrl: story.absolute(story.links.feed),
    items: [...reports, ...corrections].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()),
  };
}
