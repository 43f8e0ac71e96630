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

export interface TimelineView {
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

export function timelineView(story: Story): TimelineView {
  const eras = story.eras.map((era) => ({
    id: era.id,
    title: era.title,
    summary: era.summary,
    events: story.events
      .filter((event) => event.era === era.id)
      .map((event) => timelineEvent(story, event)),
  }));
  return { eras, reportedLabel: story.reports.length === 1 ? 'In the article' : 'In a report' };
}

/** The latest of some days, or undefined for none. */
export function latest(dates: readonly PartialDate[]): PartialDate | undefined {
  return [...dates].sort((a, b) => b.iso.localeCompare(a.iso))[0];
}
