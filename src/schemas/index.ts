/**
 * The collections of content/: where each lives and the schema that checks
 * it. The content check and the site's collections read this one table, so
 * they cannot disagree; `satisfies` keeps each schema's own type.
 */
import type { z } from 'astro/zod';
import { articleSchema } from './article.ts';
import type { CollectionName } from './common.ts';
import { correctionSchema } from './correction.ts';
import { eraSchema } from './era.ts';
import { eventSchema } from './event.ts';
import { explainerSectionSchema } from './explainer.ts';
import { glossaryEntrySchema } from './glossary.ts';
import { keyFactSchema } from './key-fact.ts';
import { measureSchema } from './measure.ts';
import { sourceSchema } from './source.ts';

export interface CollectionSpec {
  /** The folder under content/. */
  folder: string;
  /** Markdown files carry frontmatter and a body; YAML files are all data. */
  format: 'markdown' | 'yaml';
  schema: z.ZodTypeAny;
}

export const collectionSpecs = {
  articles: { folder: 'articles', format: 'markdown', schema: articleSchema },
  events: { folder: 'events', format: 'yaml', schema: eventSchema },
  eras: { folder: 'eras', format: 'yaml', schema: eraSchema },
  measures: { folder: 'measures', format: 'yaml', schema: measureSchema },
  glossary: { folder: 'glossary', format: 'yaml', schema: glossaryEntrySchema },
  sources: { folder: 'sources', format: 'yaml', schema: sourceSchema },
  keyFacts: { folder: 'key-facts', format: 'yaml', schema: keyFactSchema },
  explainer: { folder: 'explainer', format: 'yaml', schema: explainerSectionSchema },
  corrections: { folder: 'corrections', format: 'yaml', schema: correctionSchema },
} as const satisfies Record<CollectionName, CollectionSpec>;

export type CollectionSpecs = typeof collectionSpecs;

/** The parsed data of an entry of a collection, as the schema gives it. */
export type EntryData<C extends CollectionName> = z.output<CollectionSpecs[C]['schema']>;

export const collectionNames = Object.keys(collectionSpecs) as CollectionName[];

/** The file of site settings, under content/. */
export const siteFile = 'site.yaml';

export { siteSchema, type SiteData } from './site.ts';
export * from './common.ts';
