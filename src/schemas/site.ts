import { z } from 'astro/zod';
import { normalizeSiteUrl, siteUrlProblem } from '../lib/safe-url.ts';
import { dayDateSchema, languageSchema, reference, textSchema } from './common.ts';

/** The title and description of a page, for its heading, search results and preview cards. */
export const pageTextSchema = z
  .object({
    title: textSchema,
    description: textSchema,
    /** A shorter name for the navigation; the title where left out. */
    navLabel: textSchema.optional(),
  })
  .strict();

export const sitePages = [
  'home',
  'articles',
  'timeline',
  'tariffs',
  'glossary',
  'briefing',
  'sources',
  'corrections',
  'notFound',
] as const;

export type SitePage = (typeof sitePages)[number];

/** The site's own address: absolute https, kept with its path and one trailing slash. */
export const siteUrlSchema = z
  .string()
  .superRefine((url, ctx) => {
    const problem = siteUrlProblem(url);
    if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
  })
  .transform(normalizeSiteUrl);

/** content/site.yaml: settings for the whole site, which tells one story. */
export const siteSchema = z
  .object({
    /** The site's name. */
    title: textSchema,
    /** What the site is, for search results and preview cards. */
    description: textSchema,
    /** Where the site is deployed; the SITE_URL environment variable overrides it at build time. */
    baseUrl: siteUrlSchema,
    /**
     * The day the facts beyond the articles were last checked: every rate is stated as of this day.
     */
    asOf: dayDateSchema,
    language: languageSchema,
    /** Who publishes the site, for the footer, the feed and structured data. */
    publisher: textSchema,
    /** The story the articles tell, as the front page leads with it. */
    story: z
      .object({
        title: textSchema,
        dek: textSchema,
        /** The duty the story is about, as tables and the calculator name it: "Section 232 duty" */
        duty: textSchema,
        /** The event the story turns on, shown on the timeline's preview card. */
        keyEvent: reference('events'),
      })
      .strict(),
    /** The title and description of each page that is not an article. */
    pages: z
      .object(
        Object.fromEntries(sitePages.map((page) => [page, pageTextSchema])) as Record<
          SitePage,
          typeof pageTextSchema
        >,
      )
      .strict(),
  })
  .strict();

export type SiteData = z.output<typeof siteSchema>;
