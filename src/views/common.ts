/** Pieces several views show alike: a report as listed, a correction beside its item. */
import type { PartialDate } from '../lib/calendar.ts';
import type { CollectionName } from '../schemas/index.ts';
import { headlineBy, type Report, type ShownEvidence, type Story } from './story.ts';

/** A report as lists show it. */
export interface ReportSummary {
  id: string;
  href: string;
  /** The headline this site gave it. */
  title: string;
  dek: string;
  published: PartialDate;
  dateline: string;
  credit: string;
  /** "Headline by …" where this site wrote the headline. */
  headlineBy?: string;
}

export function reportSummary(story: Story, report: Report): ReportSummary {
  return {
    id: report.id,
    href: story.links.article(report.id),
    title: report.title,
    dek: report.dek,
    published: report.published,
    dateline: report.dateline,
    credit: report.credit,
    headlineBy: headlineBy(report, story.content.site.publisher),
  };
}

/** A correction as shown beside the item it touched. */
export interface CorrectionNote {
  id: string;
  href: string;
  date: PartialDate;
  wrong: string;
  now: string;
  /** Shown in full earlier on the same page: here it points back instead. */
  repeat?: boolean;
}

/**
 * Marks the notes a page has shown in full already, given its items in the order the page
 * shows them: a correction of several items reads once, then as a pointer to it.
 */
export function shownOnce(): (notes: CorrectionNote[]) => CorrectionNote[] {
  const seen = new Set<string>();
  return (notes) =>
    notes.map((note) => {
      if (!seen.has(note.id)) {
        seen.add(note.id);
        return note;
      }
      return { ...note, repeat: true };
    });
}

export function correctionNotes(
  story: Story,
  collection: CollectionName,
  id: string,
): CorrectionNote[] {
  return story.correctionsOf(collection, id).map((c) => ({
    id: c.id,
    href: story.links.correction(c.id),
    date: c.date,
    wrong: c.wrong,
    now: c.now,
  }));
}

/** An item with its evidence, as every list of facts shows it. */
export interface WithEvidence {
  evidence: ShownEvidence;
}
