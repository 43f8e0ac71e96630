/** /timeline/: the events in eras, each with where its words come from. */
import type { PartialDate } from '../lib/calendar.ts';
import { correctionNotes, type CorrectionNote } from './common.ts';
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

/** A page of a timeline cut into pages, as its list of pages shows it. */
export interface PartLink {
  href: string;
  title: string;
  count: number;
  current: boolean;
}

export interface TimelineView {
  /** The page's own title where the timeline is cut into pages: "November 2021". */
  partTitle?: string | undefined;
  /** Every page of a timeline cut into pages; none while it is one page. */
  parts: PartLink[];
  /** The eras with this page's events; on the list of pages of a cut timeline, with none. */
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
  const split = story.timelineParts.length > 1;
  const part = story.timelineParts.find((p) => p.slug === slug);
  const shown = new Set(split && slug === '' ? [] : (part?.ids ?? []));
  const eras = story.eras
    .map((era) => ({
      id: era.id,
      title: era.title,
      summary: era.summary,
      events: story.events
        .filter((event) => event.era === era.id && shown.has(event.id))
        .map((event) => timelineEvent(story, event)),
    }))
    // A page of a cut timeline shows only the eras its events belong to.
    .filter((era) => !split || slug === '' || era.events.length > 0);
  return {
    partTitle: part?.title || undefined,
    parts: split
      ? story.timelineParts.map((p) => ({
          href: story.links.part('timeline', p.slug),
          title: p.title,
          count: p.ids.length,
          current: p.slug === slug,
        }))
      : [],
    eras,
    reportedLabel: story.reports.length === 1 ? 'In the article' : 'In a report',
  };
}

/** The latest of some days, or undefined for none. */
export function latest(dates: readonly PartialDate[]): PartialDate | undefined {
  return [...dates].sort((a, b) => b.iso.localeCompare(a.iso))[0];
}
