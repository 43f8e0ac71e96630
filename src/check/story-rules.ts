/**
 * The rules of the story as a whole, once every file has been checked on its
 * own: nothing dated after the site's "as of" day, no era without events,
 * events of one day in an order the editor set, no two elements of a page
 * with one id, and glossary names that do not take each other's words.
 */
import { firstDay, formatPartialDate, type PartialDate } from '../lib/calendar.ts';
import { GLOSSARY_GROUPS, letterId, SHELL_IDS } from '../lib/page-ids.ts';
import { createSwallowFinder } from '../lib/terms.ts';
import type { CollectionName, SiteData } from '../schemas/index.ts';
import type { Checked } from './content.ts';
import type { ContentProblem } from './problems.ts';

export interface Story {
  site: SiteData;
  /** The file of each entry, by collection and id. */
  files: Record<CollectionName, Map<string, string>>;
  articles: Checked<'articles'>[];
  events: Checked<'events'>[];
  eras: Checked<'eras'>[];
  measures: Checked<'measures'>[];
  sources: Checked<'sources'>[];
  corrections: Checked<'corrections'>[];
  glossary: Checked<'glossary'>[];
  explainer: Checked<'explainer'>[];
}

export function storyProblems(story: Story): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const fileOf = (collection: CollectionName, id: string) => story.files[collection].get(id) ?? id;
  const asOf = story.site.asOf;

  const notAfterAsOf = (
    collection: CollectionName,
    id: string,
    field: string,
    date: PartialDate | undefined,
  ) => {
    if (!date || firstDay(date) <= asOf.iso) return;
    problems.push({
      file: fileOf(collection, id),
      field,
      message:
        `${date.iso} is after the site's asOf day, ${formatPartialDate(asOf)}: nothing ` +
        `may be dated after it; move asOf in site.yaml once the facts are checked`,
    });
  };
  for (const a of story.articles) notAfterAsOf('articles', a.id, 'published', a.published);
  for (const e of story.events) notAfterAsOf('events', e.id, 'date', e.date);
  for (const m of story.measures) notAfterAsOf('measures', m.id, 'inForce', m.inForce);
  for (const s of story.sources) notAfterAsOf('sources', s.id, 'published', s.published);
  // Not corrections: their date is the day the site was mended, an editor's act, not a fact
  // the asOf check vouches for. A correction made after that check says so by its date.

  for (const era of story.eras) {
    if (!story.events.some((event) => event.era === era.id)) {
      problems.push({
        file: fileOf('eras', era.id),
        message: `has no events: give an event era: ${era.id}, or delete the era`,
      });
    }
  }

  const byDay = new Map<string, Checked<'events'>[]>();
  for (const event of story.events) {
    if (event.date.precision !== 'day') continue;
    byDay.set(event.date.iso, [...(byDay.get(event.date.iso) ?? []), event]);
  }
  for (const [day, events] of byDay) {
    if (events.length < 2) continue;
    const others = (event: Checked<'events'>) => {
      const ids = events.filter((e) => e !== event).map((e) => e.id);
      return `${ids.join(', ')} ${ids.length > 1 ? 'fall' : 'falls'} on the same day too`;
    };
    for (const event of events) {
      if (event.dayOrder === undefined) {
        problems.push({
          file: fileOf('events', event.id),
          field: 'dayOrder',
          message:
            `is needed: ${others(event)} (${day}); give each a dayOrder, 1 first, so the ` +
            `timeline shows them in the order they happened`,
        });
      } else if (events.some((e) => e !== event && e.dayOrder === event.dayOrder)) {
        problems.push({
          file: fileOf('events', event.id),
          field: 'dayOrder',
          message:
            `${event.dayOrder} is also the dayOrder of another event of ${day}: give ` +
            `each event of the day its own`,
        });
      }
    }
  }

  // Eras and events share the timeline's ids; entries share the glossary's with its groups.
  const pages: [string, [CollectionName, { id: string; oldIds?: string[] }[]][], string[]][] = [
    [
      '/timeline/',
      [
        ['eras', story.eras],
        ['events', story.events],
      ],
      [...SHELL_IDS],
    ],
    [
      '/glossary/',
      [['glossary', story.glossary]],
      [
        ...SHELL_IDS,
        ...Object.values(GLOSSARY_GROUPS),
        ...'abcdefghijklmnopqrstuvwxyz'.split('').map(letterId),
      ],
    ],
    ['/tariffs/', [['explainer', story.explainer]], [...SHELL_IDS]],
  ];
  for (const [page, collections, reserved] of pages) {
    const owner = new Map<string, { file: string; collection?: CollectionName }>(
      reserved.map((id) => [id, { file: 'the page itself' }]),
    );
    for (const [collection, entries] of collections) {
      for (const entry of entries) {
        for (const id of [entry.id, ...(entry.oldIds ?? [])]) {
          const first = owner.get(id);
          const file = fileOf(collection, entry.id);
          // Ids taken twice within one collection were reported with the collection's own ids.
          if (first && first.file !== file && first.collection !== collection) {
            problems.push({
              file,
              field: id === entry.id ? 'id' : 'oldIds',
              message:
                `"${id}" is also the id of ${first.file} on ${page}: one page cannot ` +
                `hold two elements with one id; choose another`,
            });
          } else if (!first) owner.set(id, { file, collection });
        }
      }
    }
  }

  problems.push(...glossaryNameProblems(story, fileOf));
  return problems;
}

function glossaryNameProblems(
  story: Story,
  fileOf: (collection: CollectionName, id: string) => string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const nameOwner = new Map<string, string>();
  for (const entry of story.glossary) {
    const names = [entry.term, ...entry.aliases];
    names.forEach((name, i) => {
      const key = name.toLowerCase();
      const owner = nameOwner.get(key);
      // An alias may repeat its own term.
      if (owner && owner !== entry.id) {
        problems.push({
          file: fileOf('glossary', entry.id),
          field: i === 0 ? 'term' : `aliases[${i - 1}]`,
          message:
            `"${name}" already names ${owner} (${fileOf('glossary', owner)}): a word can ` +
            `link to one entry only`,
        });
      } else nameOwner.set(key, entry.id);
    });
  }

  const findSwallowed = createSwallowFinder(
    story.glossary.map((entry) => ({ id: entry.id, names: [entry.term, ...entry.aliases] })),
  );
  const reported = new Set<string>();
  for (const article of story.articles) {
    for (const sentence of article.paragraphs.flatMap((p) => p.sentences)) {
      for (const { by, cut } of findSwallowed(sentence.text)) {
        const key = `${by.id} ${cut.id}`;
        if (reported.has(key)) continue;
        reported.add(key);
        const taking = sentence.text.slice(by.start, by.end);
        const losing = sentence.text.slice(cut.start, cut.end);
        problems.push({
          file: fileOf('glossary', by.id),
          message:
            `"${taking}" takes the start of "${losing}" (${fileOf('glossary', cut.id)}) ` +
            `in article ${article.id}, ${sentence.id}, so "${losing}" is not linked there: ` +
            `shorten one of the names`,
        });
      }
    }
  }
  return problems;
}
