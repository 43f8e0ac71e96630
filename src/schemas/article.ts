import { z } from 'astro/zod';
import { dayDateSchema, idSchema } from './common.ts';

/** The frontmatter of an article in content/articles/; its body is the article, word for word. */
export const articleSchema = () =>
  z
    .object({
      /** The stable id: the article's address is /articles/<id>/. */
      id: idSchema,
      /** The headline. */
      title: z.string().trim().min(1, 'must not be empty'),
      /** The standfirst under the headline: one or two sentences. */
      dek: z.string().trim().min(1, 'must not be empty'),
      /** The day the article was written; its relative dates ("on Monday") are read from it. */
      published: dayDateSchema,
      /** Where it was filed, e.g. "Tokyo". */
      dateline: z.string().trim().min(1, 'must not be empty'),
      /** Who wrote it, e.g. "Agencies". */
      credit: z.string().trim().min(1, 'must not be empty'),
      /** The language as a BCP 47 tag, e.g. "en". */
      language: z
        .string()
        .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language tag such as "en"'),
    })
    .strict();

export type ArticleInput = z.input<ReturnType<typeof articleSchema>>;
export type ArticleData = z.output<ReturnType<typeof articleSchema>>;
