/**
 * The collections of content/: where each lives and the schema that checks
 * it. The site (src/content.config.ts) and the content check read this one
 * table, so they cannot disagree.
 */
import { articleSchema } from './article.ts';
import type { CollectionName, ReferenceFactory } from './common.ts';
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
  schema: (reference: ReferenceFactory) => import('astro/zod').ZodTypeAny;
}

export const collectionSpecs: Record<CollectionName, CollectionSpec> = {
  articles: { folder: 'articles', format: 'markdown', schema: articleSchema },
  events: { folder: 'events', format: 'yaml', schema: eventSchema },
  measures: { folder: 'measures', format: 'yaml', schema: measureSchema },
  glossary: { folder: 'glossary', format: 'yaml', schema: glossaryEntrySchema },
  sources: { folder: 'sources', format: 'yaml', schema: sourceSchema },
  eras: { folder: 'eras', format: 'yaml', schema: eraSchema },
  keyFacts: { folder: 'key-facts', format: 'yaml', schema: keyFactSchema },
  explainer: { folder: 'explainer', format: 'yaml', schema: explainerSectionSchema },
};

/** The file of site settings, under content/. */
export const siteFile = 'site.yaml';

export { siteSchema } from './site.ts';
export * from './common.ts';
