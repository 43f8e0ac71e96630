/** /glossary/: terms and laws A to Z, then people and institutions, each with where the reports use it. */
import { renderMarkdown } from '../markdown/render.ts';
import { GLOSSARY_GROUPS, letterId } from '../lib/page-ids.ts';
import type { GlossaryEntryData } from '../schemas/glossary.ts';
import { correctionNotes, type CorrectionNote } from './common.ts';
import type { ReportLabel, ShownEvidence, Story } from './story.ts';

const KIND_LABELS: Record<GlossaryEntryData['kind'], string> = {
  term: 'Term',
  law: 'Law',
  person: 'Person',
  institution: 'Institution',
};

export interface GlossaryEntryView {
  id: string;
  oldIds: string[];
  term: string;
  kind: string;
  role?: string | undefined;
  aliases: string[];
  short: string;
  html: string;
  /** The sentences that use it, by report, newest report first. */
  uses: { report: ReportLabel; sentences: { href: string; text: string }[] }[];
  evidence: ShownEvidence;
  corrections: CorrectionNote[];
}

export interface GlossaryView {
  /** The page's own title where the glossary is cut into pages: "S". */
  partTitle?: string | undefined;
  /** Every page of a glossary cut into pages, with its entries' names; none while it is one page. */
  parts: { href: string; title: string; current: boolean; entries: { href: string; term: string }[] }[];
  letters: { id: string; letter: string; entries: GlossaryEntryView[] }[];
  groups: { id: string; title: string; entries: GlossaryEntryView[] }[];
  /** How the backlinks are headed: "In the article" with one report, "In the reports" with more. */
  usesHeading: string;
  /** Whether the backlinks are grouped under each report's name: with more than one report. */
  groupByReport: boolean;
}

/** The glossary page of a slug: the whole glossary for "" while it is one page. */
export function glossaryView(story: Story, slug = ''): GlossaryView {
  const split = story.glossaryParts.length > 1;
  const part = story.glossaryParts.find((p) => p.slug === slug);
  const shown = new Set(split && slug === '' ? [] : (part?.ids ?? []));
  const listed = story.glossary.filter((e) => shown.has(e.id));
  const entry = (data: Story['glossary'][number]): GlossaryEntryView => ({
    id: data.id,
    oldIds: data.oldIds,
    term: data.term,
    kind: KIND_LABELS[data.kind],
    role: data.role,
    aliases: data.aliases.filter((alias) => alias.toLowerCase() !== data.term.toLowerCase()),
    short: data.short,
    html: renderMarkdown(data.definition),
    uses: story.usesOf(data.id),
    evidence: story.shown(data.evidence),
    corrections: correctionNotes(story, 'glossary', data.id),
  });
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
  return {
    partTitle: part?.title || undefined,
    parts: split
      ? story.glossaryParts.map((p) => ({
          href: story.links.part('glossary', p.slug),
          title: p.title,
          current: p.slug === slug,
          entries: p.ids.map((id) => ({ href: story.links.term(id), term: story.term(id).term })),
        }))
      : [],
    letters,
    groups,
    usesHeading: story.reports.length === 1 ? 'In the article' : 'In the reports',
    groupByReport: story.reports.length > 1,
  };
}
