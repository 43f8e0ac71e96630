/**
 * The loader of every collection of content/: it reads the files exactly as
 * the content check does (src/lib/load-content.ts), so the site and the check
 * cannot disagree about what a file says. Markdown bodies are kept as text:
 * the article page renders them with its own pipeline, so nothing is rendered
 * twice.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { collectionFiles, readContentFile } from '../lib/load-content.ts';
import type { CollectionSpec } from '../schemas/index.ts';

export function contentFolderLoader(contentDir: string, spec: CollectionSpec): Loader {
  const folder = path.join(contentDir, spec.folder);
  return {
    name: 'content-folder',
    load: async ({ store, parseData, generateDigest, config }) => {
      const root = fileURLToPath(config.root);
      store.clear();
      for (const absolute of collectionFiles(folder, spec.format)) {
        const file = readContentFile(
          absolute,
          path.join(folder, path.basename(absolute)),
          spec.format,
        );
        // The content check has already reported any file that cannot be read.
        if ('message' in file) throw new Error(`${file.file}: ${file.message}`);
        // The id is the one the editor set in the file, never its name.
        const id = String((file.data as { id?: unknown }).id);
        // Astro wants the path from the project's root, whatever folder the content is in.
        const filePath = path.relative(root, absolute);
        const data = await parseData({ id, data: file.data as Record<string, unknown>, filePath });
        // The digest is of what was read, so the file is read once.
        store.set({
          id,
          data,
          body: file.body,
          filePath,
          digest: generateDigest({
            data: file.data as Record<string, unknown>,
            body: file.body ?? '',
          }),
        });
      }
    },
  };
}
