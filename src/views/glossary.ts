/**
 * /glossary/: terms and laws A to Z, then people and institutions, each with where the reports use
 * it.
 */
import { renderMarkdown } from '../markdown/render.ts';
import { GLOSSARY_GROUPS, letterId } from '../lib/page-ids.ts';
import type { GlossaryEntryData } from '../schemas/glossary.ts';
import { correctionNotes, shownOnce, type CorrectionNote } from './common.ts';
import { listPage, partLinks, type ListPage, type PartLink } from './pages.ts';
import type { ReportLabel, SentenceUse, ShownEvidence, Story } from './story.ts';

const KIND_LABELS: Record<GlossaryEntryData['kind'], string> = {
  term: 'Term',
  law: 'Law',
  person: 'Person',
  institution: 'Institution',
};

/**
 * How many sentences an entry lists, however many reports use it: four of one report, or two of
 * each of the two newest; the rest are counted ("And 5 more", "Also in 3 earlier reports"), so an
 * entry weighs the same in a story of a hundred reports.
 */
const USES_SHOWN = 4;
const USES_SHOWN_A_REPORT = 2;

export interface GlossaryEntryView {
  id: string;
  oldIds: string[];
  term: string;
  kind: string;
  role?: string | undefined;
  aliases: string[];
  short: string;
  html: string;
  /** The first sentences that use it, by report, newest report first, and how many more do. */
  uses: { report: ReportLabel; sentences: SentenceUse[]; more: number }[];
  /** How many earlier reports use it too, not listed, and where every report is. */
  earlier?: { reports: number; href: string };
  evidence: ShownEvidence;
  corrections: CorrectionNote[];
}

export interface GlossaryView {
  /** The page itself: the whole list, a part of it, or the list of its parts. */
  page: ListPage;
  /** Every page of a glossary cut into pages; none while it is one page. */
  parts: PartLink[];
  letters: { id: string; letter: string; entries: GlossaryEntryView[] }[];
  groups: { id: string; title: string; entries: GlossaryEntryView[] }[];
  /** How the backlinks are headed: "In the article" with one report, "In the reports" with more. */
  usesHeading: string;
  /** Whether the backlinks are grouped under each report's name: with more than one report. */
  groupByReport: boolean;
}

/** The glossary page of a slug: the whole glossary for "" while it is one page. */
export function glossaryView(story: Story, slug = ''): GlossaryView {
  const parts = story.parts('glossary');
  const page = listPage(story, 'glossary', slug);
  const listed = story.glossary.filter((e) => page.shown.has(e.id));
  const entry = (data: Story['glossary'][number]): GlossaryEntryView => {
    const uses = story.usesOf(data.id);
    const perReport = uses.length > 1 ? USES_SHOWN_A_REPORT : USES_SHOWN;
    const shownReports = uses.slice(0, USES_SHOWN / perReport);
    const earlier = uses.length - shownReports.length;
    return {
      id: data.id,
      oldIds: data.oldIds,
      term: data.term,
      kind: KIND_LABELS[data.kind],
      role: data.role,
      aliases: data.aliases.filter((alias) => alias.toLowerCase() !== data.term.toLowerCase()),
      short: data.short,
      html: renderMarkdown(data.definition),
      uses: shownReports.map(({ report, sentences }) => ({
        report,
        sentences: sentences.slice(0, perReport),
        more: Math.max(0, sentences.length - perReport),
      })),
      ...(earlier > 0 && { earlier: { reports: earlier, href: story.links.page('articles') } }),
      evidence: story.shown(data.evidence),
      corrections: correctionNotes(story, 'glossary', data.id),
    };
  };
  const letterOf = (term: string) => term.charAt(0).toUpperCase();
  const terms = listed.filter((e) => e.kind === 'term' || e.kind === 'law');
  const letters = [...new Set(terms.map((e) => letterOf(e.term)))].map((letter) => ({
    id: letterId(letter),
    letter,
    entries: terms.filter((e) => letterOf(e.term) === letter).map(entry),
  }));
  const groups = [
    {
      id: GLOSSARY_GROUPS.people,
      title: 'People',
      entries: listed.filter((e) => e.kind === 'person').map(entry),
    },
    {
      id: GLOSSARY_GROUPS.institutions,
      title: 'Institutions',
      entries: listed.filter((e) => e.kind === 'institution').map(entry),
    },
  ].filter((group) => group.entries.length > 0);
  // In the page's order, the terms by letter, then people, then institutions.
  const once = shownOnce();
  const noted = <T extends { entries: GlossaryEntryView[] }>(sections: T[]) =>
    sections.map((section) => ({
      ...section,
      entries: section.entries.map((e) => ({ ...e, corrections: once(e.corrections) })),
    }));
  return {
    page,
    parts: partLinks(parts, (s) => story.links.part('glossary', s), slug),
    letters: noted(letters),
    groups: noted(groups),
    usesHeading: story.reports.length === 1 ? 'In the article' : 'In the reports',
    groupByReport: story.reports.length > 1,
  };
}
