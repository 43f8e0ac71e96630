/**
 * How the long lists are cut into pages. The timeline and the glossary stay
 * one page while they fit the first round trip (14 KB gzip); past that, the
 * timeline is cut by year, and a year by month, and the glossary into terms
 * and laws, and people and institutions, then by letter, as readers look
 * things up. Pure: the same content always gives the same pages, so every
 * link to an event or a term knows its page.
 */
import { MONTH_NAMES } from '../lib/calendar.ts';
import type { ListName } from '../lib/urls.ts';
import type { Story } from './story.ts';

/**
 * At most this many items on one page, measured on the real content, the
 * heaviest there is (npm run bench, and a browser test on every page's
 * weight): its 25 events make an 11.5 KB page, its 28 glossary entries, with
 * their definitions, uses and evidence, 13.9 KB.
 */
const PAGE_LIMITS = { events: 25, entries: 28 } as const;

/** A page of a long list: its slug under the list's own page, its title, and its items. */
export interface ListPart {
  /** "" for the list's own page; "2021", "2021-11", "terms", "terms-s" for a part of it. */
  slug: string;
  title: string;
  /** What a bar of pages shows under its group: "C" for "People and institutions, C". */
  short?: string;
  /** The page a part was cut from, as a bar groups them: "People and institutions", "2022". */
  group?: string;
  ids: string[];
}

type PartKey = { slug: string; title: string; short?: string };

/**
 * Cuts items into groups by key, keeping their order; a group over the limit is cut again, or in
 * chunks.
 */
function cut<T extends { id: string }>(
  items: readonly T[],
  keys: ((item: T) => PartKey)[],
  limit: number,
): ListPart[] {
  const [key, ...finer] = keys;
  if (!key) {
    const parts: ListPart[] = [];
    for (let i = 0; i < items.length; i += limit) {
      parts.push({ slug: '', title: '', ids: items.slice(i, i + limit).map((item) => item.id) });
    }
    return parts;
  }
  const groups = new Map<string, { title: string; short?: string; items: T[] }>();
  for (const item of items) {
    const { slug, title, short } = key(item);
    const group = groups.get(slug) ?? { title, ...(short && { short }), items: [] };
    group.items.push(item);
    groups.set(slug, group);
  }
  return [...groups].flatMap(([slug, group]) => {
    if (group.items.length <= limit)
      return [
        {
          slug,
          title: group.title,
          ...(group.short && { short: group.short }),
          ids: group.items.map((i) => i.id),
        },
      ];
    const parts = cut(group.items, finer, limit);
    return parts.map((part, n) => ({
      slug: part.slug || (parts.length > 1 ? `${slug}-${n + 1}` : slug),
      title: part.title || (parts.length > 1 ? `${group.title}, part ${n + 1}` : group.title),
      short: part.short ?? (part.slug ? part.title : String(n + 1)),
      group: group.title,
      ids: part.ids,
    }));
  });
}

/**
 * The timeline's pages: one while the events fit, else a page a year, and a month for a full year.
 */
export function planTimeline(events: readonly { id: string; date: { iso: string } }[]): ListPart[] {
  if (events.length <= PAGE_LIMITS.events)
    return [{ slug: '', title: '', ids: events.map((e) => e.id) }];
  const year = (e: { date: { iso: string } }) => ({
    slug: e.date.iso.slice(0, 4),
    title: e.date.iso.slice(0, 4),
  });
  const month = (e: { date: { iso: string } }) => {
    const ym = e.date.iso.slice(0, 7);
    // An event known only to the year stands before the months of its year.
    if (ym.length < 7) return { slug: ym, title: ym };
    const name = MONTH_NAMES[Number(ym.slice(5, 7)) - 1] ?? ym;
    return { slug: ym, title: `${name} ${ym.slice(0, 4)}`, short: name.slice(0, 3) };
  };
  return cut(events, [year, month], PAGE_LIMITS.events);
}

/** The glossary's two kinds of page, in the order they are listed. */
const GLOSSARY_KINDS = [
  { slug: 'terms', title: 'Terms and laws', kinds: ['term', 'law'] },
  { slug: 'people', title: 'People and institutions', kinds: ['person', 'institution'] },
] as const;

/**
 * The glossary's pages: one while the entries fit, else terms and laws apart from people and
 * institutions, and a kind over the limit by letter.
 */
export function planGlossary(
  entries: readonly { id: string; term: string; kind: string }[],
): ListPart[] {
  if (entries.length <= PAGE_LIMITS.entries)
    return [{ slug: '', title: '', ids: entries.map((e) => e.id) }];
  const kindOf = (e: { kind: string }) =>
    GLOSSARY_KINDS.find((k) => (k.kinds as readonly string[]).includes(e.kind)) ??
    GLOSSARY_KINDS[0];
  const byKind = [...entries].sort(
    (a, b) => GLOSSARY_KINDS.indexOf(kindOf(a)) - GLOSSARY_KINDS.indexOf(kindOf(b)),
  );
  const letter = (e: { term: string; kind: string }) => {
    const kind = kindOf(e);
    const first = e.term.charAt(0).toUpperCase();
    return /[A-Z]/.test(first)
      ? {
          slug: `${kind.slug}-${first.toLowerCase()}`,
          title: `${kind.title}, ${first}`,
          short: first,
        }
      : { slug: `${kind.slug}-other`, title: `${kind.title}, #`, short: '#' };
  };
  return cut(byKind, [kindOf, letter], PAGE_LIMITS.entries);
}

/** The page of each item, by id: the slug of its part. */
export function partOf(parts: readonly ListPart[]): Map<string, string> {
  return new Map(parts.flatMap((part) => part.ids.map((id) => [id, part.slug])));
}

/** A page of a list cut into pages, as the list of its pages shows it. */
export interface PartLink {
  href: string;
  title: string;
  /** What a bar shows of it under its group, where it has one: "C", "Feb". */
  short?: string | undefined;
  group?: string | undefined;
  /** How many items it holds. */
  count: number;
  current: boolean;
}

/** The list of pages of a list cut into pages; none while it is one page. */
export function partLinks(
  parts: readonly ListPart[],
  href: (slug: string) => string,
  slug: string,
): PartLink[] {
  if (parts.length < 2) return [];
  return parts.map((p) => ({
    href: href(p.slug),
    title: p.title,
    short: p.short,
    group: p.group,
    count: p.ids.length,
    current: p.slug === slug,
  }));
}

/**
 * The pages as a bar shows them: those cut from one page under its name once ("People and
 * institutions: A B C"), the others each on their own under no name.
 */
export function partGroups(parts: readonly PartLink[]): { title: string; parts: PartLink[] }[] {
  const groups: { title: string; parts: PartLink[] }[] = [];
  for (const part of parts) {
    const title = part.short ? (part.group ?? '') : '';
    const last = groups.at(-1);
    if (last && last.title === title) last.parts.push(part);
    else groups.push({ title, parts: [part] });
  }
  return groups;
}

/**
 * One page of the timeline or the glossary: the whole list while it is one page, else a part or the
 * list of parts.
 */
export interface ListPage {
  path: string;
  /** "Timeline", or "Timeline: November 2021" for a part. */
  title: string;
  /** The ids of the items it shows: none on the list of parts. */
  shown: ReadonlySet<string>;
  /** Whether it is the list's own page of a list cut into pages, which lists the pages. */
  isIndex: boolean;
}

export function listPage(story: Story, name: ListName, slug: string): ListPage {
  const parts = story.parts(name);
  const part = parts.find((p) => p.slug === slug);
  const { title } = story.content.site.pages[name];
  return {
    path: story.links.part(name, slug),
    title: part?.title ? `${title}: ${part.title}` : title,
    shown: new Set(part?.ids ?? []),
    isIndex: parts.length > 1 && slug === '',
  };
}

/**
 * The slug of every page of the timeline or the glossary: "" for its own page, then each part's.
 */
export function listSlugs(story: Story, name: ListName): string[] {
  return [
    '',
    ...story
      .parts(name)
      .map((part) => part.slug)
      .filter(Boolean),
  ];
}
