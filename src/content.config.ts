import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import yaml from 'js-yaml';
import { collectionSpecs, siteFile, siteSchema, type CollectionName, type ReferenceFactory } from './schemas/index.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';

// Content-layer collections always resolve a reference to `{ collection, id }`.
const astroReference = reference as unknown as ReferenceFactory;

const entryCollections = Object.fromEntries(
  (Object.entries(collectionSpecs) as [CollectionName, (typeof collectionSpecs)[CollectionName]][]).map(([name, spec]) => [
    name,
    defineCollection({
      loader: glob({
        pattern: spec.format === 'markdown' ? '*.md' : '*.yaml',
        base: `${contentDir}/${spec.folder}`,
        // The id is the one the editor set in the file, never its name.
        generateId: ({ data }) => String(data.id),
      }),
      schema: spec.schema(astroReference),
    }),
  ]),
) as Record<CollectionName, ReturnType<typeof defineCollection>>;

export const collections = {
  ...entryCollections,
  site: defineCollection({
    loader: file(`${contentDir}/${siteFile}`, { parser: (text) => ({ site: yaml.load(text) as Record<string, unknown> }) }),
    schema: siteSchema,
  }),
};
