import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import type { ZodTypeAny } from 'astro/zod';
import yaml from 'js-yaml';
import { articleSchema } from './schemas/article.ts';
import { eraSchema } from './schemas/era.ts';
import { eventSchema } from './schemas/event.ts';
import { explainerSectionSchema } from './schemas/explainer.ts';
import { glossaryEntrySchema } from './schemas/glossary.ts';
import {
  collectionSpecs,
  siteFile,
  siteSchema,
  type CollectionName,
  type ReferenceFactory,
} from './schemas/index.ts';
import { contentFolderLoader } from './loaders/content-folder.ts';
import { keyFactSchema } from './schemas/key-fact.ts';
import { measureSchema } from './schemas/measure.ts';
import { sourceSchema } from './schemas/source.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';

// Content-layer collections always resolve a reference to `{ collection, id }`.
const ref = reference as unknown as ReferenceFactory;

/** A collection of the files of one folder under content/ (see src/schemas/index.ts). */
function collection<S extends ZodTypeAny>(name: CollectionName, schema: S) {
  return defineCollection({
    loader: contentFolderLoader(contentDir, collectionSpecs[name]),
    schema,
  });
}

export const collections = {
  articles: collection('articles', articleSchema()),
  events: collection('events', eventSchema(ref)),
  measures: collection('measures', measureSchema(ref)),
  glossary: collection('glossary', glossaryEntrySchema(ref)),
  sources: collection('sources', sourceSchema()),
  eras: collection('eras', eraSchema()),
  keyFacts: collection('keyFacts', keyFactSchema(ref)),
  explainer: collection('explainer', explainerSectionSchema(ref)),
  site: defineCollection({
    loader: file(`${contentDir}/${siteFile}`, {
      parser: (text) => ({ site: yaml.load(text) as Record<string, unknown> }),
    }),
    schema: siteSchema,
  }),
};
