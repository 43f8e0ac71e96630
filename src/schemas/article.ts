import { z } from 'astro/zod';
import { dayDateSchema, idSchema, languageSchema, textSchema } from './common.ts';

/** The frontmatter of an article in content/articles/; its body is the article, word for word. */
export const articleSchema = z
  .object({
    /** The stable id: the article's address is /articles/<id>/. */
    id: idSchema,
    /** The headline this site gives the report; wire reports often have none of their own. */
    title: textSchema,
    /** The report's own headline, where it had one: only this is cited as the report's title. */
    originalTitle: textSchema.optional(),
    /** The standfirst under the headline: one or two sentences. */
    dek: textSchema,
    /** The day the article was written; its relative dates ("on Monday") are read from it. */
    published: dayDateSchema,
    /** Where it was filed, e.g. "Tokyo". */
    dateline: textSchema,
    /** Who wrote it, e.g. "Agencies". */
    credit: textSchema,
    /** The language as a BCP 47 tag, e.g. "en". */
    language: languageSchema,
  })
  .strict();

export type ArticleData = z.output<typeof articleSchema>;
