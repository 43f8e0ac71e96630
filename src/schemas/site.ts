import { z } from 'astro/zod';
import { dayDateSchema } from './common.ts';

/** The title and description of a page, for its heading, search results and preview cards. */
export const pageTextSchema = z
  .object({
    title: z.string().trim().min(1, 'must not be empty'),
    description: z.string().trim().min(1, 'must not be empty'),
    /** A shorter name for the navigation; the title where left out. */
    navLabel: z.string().trim().min(1, 'must not be empty').optional(),
  })
  .strict();

export const sitePages = [
  'home',
  'timeline',
  'tariffs',
  'glossary',
  'briefing',
  'sources',
  'notFound',
] as const;

/** content/site.yaml: settings for the whole site. */
export const siteSchema = z
  .object({
    title: z.string().trim().min(1, 'must not be empty'),
    /** What the site is, for search results and preview cards. */
    description: z.string().trim().min(1, 'must not be empty'),
    /** Where the site is deployed; the SITE_URL environment variable overrides it at build time. */
    baseUrl: z.string().url('must be a full URL, e.g. https://example.org/'),
    /** The day the facts beyond the article were last checked: every rate is stated as of this day. */
    asOf: dayDateSchema,
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language tag such as "en"'),
    /** Who publishes the site, for the footer, the feed and structured data. */
    publisher: z.string().trim().min(1, 'must not be empty'),
    /** The title and description of each page that is not an article. */
    pages: z
      .object(
        Object.fromEntries(sitePages.map((page) => [page, pageTextSchema])) as Record<
          (typeof sitePages)[number],
          typeof pageTextSchema
        >,
      )
      .strict(),
  })
  .strict();

export type SiteInput = z.input<typeof siteSchema>;
export type SiteData = z.output<typeof siteSchema>;
