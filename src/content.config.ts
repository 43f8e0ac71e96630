/**
 * The site's collections. Each holds the entries of the checked content
 * (src/check/), so its type is the check's: the zod schemas in src/schemas/
 * with what the check found added. The loader has already parsed and proved
 * every entry; nothing is parsed again here.
 */
import { defineCollection, z } from 'astro:content';
import type { Checked } from './check/content.ts';
import type { ContentProblem } from './check/problems.ts';
import { checkLoader, contentLoader, siteLoader } from './loaders/content-folder.ts';
import type { SiteData } from './schemas/index.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';

export const collections = {
  site: defineCollection({ loader: siteLoader(contentDir), schema: z.custom<SiteData>() }),
  articles: defineCollection({
    loader: contentLoader(contentDir, 'articles'),
    schema: z.custom<Checked<'articles'>>(),
  }),
  events: defineCollection({
    loader: contentLoader(contentDir, 'events'),
    schema: z.custom<Checked<'events'>>(),
  }),
  eras: defineCollection({
    loader: contentLoader(contentDir, 'eras'),
    schema: z.custom<Checked<'eras'>>(),
  }),
  measures: defineCollection({
    loader: contentLoader(contentDir, 'measures'),
    schema: z.custom<Checked<'measures'>>(),
  }),
  glossary: defineCollection({
    loader: contentLoader(contentDir, 'glossary'),
    schema: z.custom<Checked<'glossary'>>(),
  }),
  sources: defineCollection({
    loader: contentLoader(contentDir, 'sources'),
    schema: z.custom<Checked<'sources'>>(),
  }),
  keyFacts: defineCollection({
    loader: contentLoader(contentDir, 'keyFacts'),
    schema: z.custom<Checked<'keyFacts'>>(),
  }),
  explainer: defineCollection({
    loader: contentLoader(contentDir, 'explainer'),
    schema: z.custom<Checked<'explainer'>>(),
  }),
  corrections: defineCollection({
    loader: contentLoader(contentDir, 'corrections'),
    schema: z.custom<Checked<'corrections'>>(),
  }),
  check: defineCollection({
    loader: checkLoader(contentDir),
    schema: z.custom<{ problems: ContentProblem[] }>(),
  }),
};
