/**
 * Where each anchor of a long list lives once it is cut into pages: its
 * items, their old ids, and the eras, letters and groups that head them. The
 * list's own page and the 404 page read it (as anchors.json), so that a link
 * made before a cut, or before a cut moved, still finds its place.
 */
import type { ListName } from '../lib/urls.ts';
import { glossaryView } from './glossary.ts';
import { listSlugs } from './pages.ts';
import type { Story } from './story.ts';
import { timelineView } from './timeline.ts';

/** The anchors a page of a list holds, and the old ids that lead there. */
function anchorsOn(story: Story, name: ListName, slug: string): string[] {
  if (name === 'timeline') {
    const view = timelineView(story, slug);
    return view.eras.flatMap((era) => [
      era.id,
      ...era.events.flatMap((event) => [event.id, ...event.oldIds]),
    ]);
  }
  const view = glossaryView(story, slug);
  return [...view.letters, ...view.groups].flatMap((group) => [
    group.id,
    ...group.entries.flatMap((entry) => [entry.id, ...entry.oldIds]),
  ]);
}

/** Each anchor of the list, to the page that holds it (the first, for an era or a letter). */
export function anchorMap(story: Story, name: ListName): Record<string, string> {
  const map: Record<string, string> = {};
  for (const slug of listSlugs(story, name)) {
    const path = story.links.part(name, slug);
    for (const id of anchorsOn(story, name, slug)) map[id] ??= path;
  }
  return map;
}
