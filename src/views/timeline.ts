/** /timeline/: the events in eras, each with where its words come from. */
import type { PartialDate } from '../lib/calendar.ts';
import { correctionNotes, shownOnce, type CorrectionNote } from './common.ts';
import { listPage, partLinks, type ListPage, type PartLink } from './pages.ts';
import type { Provenance, ShownEvidence, Story } from './story.ts';

export interface TimelineEvent {
  id: string;
  oldIds: string[];
  date: PartialDate;
  end?: PartialDate | undefined;
  title: string;
  summary: string;
  provenance: Provenance;
  involved: { href: string; term: string }[];
  evidence: ShownEvidence;
  corrections: CorrectionNote[];
}

export interface TimelineView {
  /** The page itself: the whole list, a part of it, or the list of its parts. */
  page: ListPage;
  /** Every page of a timeline cut into pages; none while it is one page. */
  parts: PartLink[];
  /** The eras with events on this page; none on the list of pages of a cut timeline. */
  eras: { id: string; title: string; summary: string; events: TimelineEvent[] }[];
  /** The badge of what a report says: "In the article" while there is one. */
  reportedLabel: string;
}

export function timelineEvent(story: Story, event: Story['events'][number]): TimelineEvent {
  return {
    id: event.id,
    oldIds: event.oldIds,
    date: event.date,
    end: event.end,
    title: event.title,
    summary: event.summary,
    provenance: story.provenance(event.evidence),
    involved: event.involved.map((id) => ({
      href: story.links.term(id),
      term: story.term(id).term,
    })),
    evidence: story.shown(event.evidence),
    corrections: correctionNotes(story, 'events', event.id),
  };
}

/** The timeline page of a slug: the whole timeline for "" while it is one page. */
export function timelineView(story: Story, slug = ''): TimelineView {
  const parts = story.parts('timeline');
  const page = listPage(story, 'timeline', slug);
  const once = shownOnce();
  const eras = story.eras
    .map((era) => ({
      id: era.id,
      title: era.title,
      summary: era.summary,
      events: story.events
        .filter((event) => event.era === era.id && page.shown.has(event.id))
        .map((event) => timelineEvent(story, event)),
    }))
    // A page of a cut timeline shows only the eras its events belong to; its list of pages, none.
    .filter((era) => era.events.length > 0)
    .map((era) => ({
      ...era,
      events: era.events.map((event) => ({ ...event, corrections: once(event.corrections) })),
    }));
  return {
    page,
    parts: partLinks(parts, (s) => story.links.part('timeline', s), slug),
    eras,
    reportedLabel: story.reports.length === 1 ? 'In the article' : 'In a report',
  };
}

/** The latest of some days, or undefined for none. */
export function latest(dates: readonly PartialDate[]): PartialDate | undefined {
  return [...dates].sort((a, b) => b.iso.localeCompare(a.iso))[0];
}
