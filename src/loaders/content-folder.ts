/**
 * The loader of every collection: it stores the entries of the checked
 * content (src/check/cache.ts), so the collections hold exactly what the
 * content check read and proved, parsed once. In `astro dev` it watches the
 * content folder with the content layer's own watcher: an edit, a new file or
 * a deleted one updates the store without restarting the server. While the
 * content has problems the store keeps the last good entries, and the
 * `check` collection holds what is wrong, for the page to show.
 */
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkedContent } from '../check/cache.ts';
import type { Content } from '../check/content.ts';
import type { ContentProblem } from '../check/problems.ts';

type Entries = (result: {
  content: Content | null;
  problems: ContentProblem[];
}) => { id: string; data: Record<string, unknown> }[] | null;

/** Calls `onChange` for every change under the content folder, and for no other. */
function watchContent(
  watcher: NonNullable<LoaderContext['watcher']>,
  contentDir: string,
  onChange: () => void,
) {
  const root = path.resolve(contentDir);
  watcher.add(root);
  watcher.on('all', (_event, changed) => {
    if (changed === root || changed.startsWith(`${root}${path.sep}`)) onChange();
  });
}

function folderLoader(contentDir: string, entriesOf: Entries): Loader {
  return {
    name: 'content-folder',
    load: async ({ store, generateDigest, watcher }: LoaderContext) => {
      const sync = () => {
        const entries = entriesOf(checkedContent(contentDir));
        if (!entries) return;
        const ids = new Set<string>();
        for (const { id, data } of entries) {
          ids.add(id);
          store.set({ id, data, digest: generateDigest(data) });
        }
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      };
      sync();
      if (!watcher) return;
      watchContent(watcher, contentDir, sync);
    },
  };
}

/** A collection of content/: the entries of one collection of the checked content. */
export function contentLoader(
  contentDir: string,
  collection: Exclude<keyof Content, 'site'>,
): Loader {
  return folderLoader(contentDir, ({ content }) =>
    content ? content[collection].map((entry) => ({ id: entry.id, data: { ...entry } })) : null,
  );
}

/** The site settings, as one entry "site". */
export function siteLoader(contentDir: string): Loader {
  return folderLoader(contentDir, ({ content }) =>
    content ? [{ id: 'site', data: { ...content.site } }] : null,
  );
}

/**
 * What is wrong with the content now, as one entry "result": no problems
 * when nothing is. In `astro dev` the entry is written once more a second
 * after the last edit: Astro 5.18's data store can lose the later of two
 * writes that overlap (it writes the first one's data again), and this
 * later write carries the store as it is.
 */
export function checkLoader(contentDir: string): Loader {
  let revision = 0;
  const inner = folderLoader(contentDir, ({ problems }) => [
    { id: 'result', data: { problems, revision } },
  ]);
  return {
    name: inner.name,
    load: async (context) => {
      await inner.load(context);
      if (!context.watcher) return;
      let settle: ReturnType<typeof setTimeout> | undefined;
      watchContent(context.watcher, contentDir, () => {
        clearTimeout(settle);
        settle = setTimeout(() => {
          revision += 1;
          void inner.load({ ...context, watcher: undefined });
        }, 1000);
      });
    },
  };
}
