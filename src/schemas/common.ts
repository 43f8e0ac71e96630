import { z } from 'astro/zod';
import { parsePartialDate, partialDateFromUtc, type PartialDate } from '../lib/dates.ts';

/** The collections an entry can refer to. */
export type CollectionName =
  'articles' | 'events' | 'measures' | 'glossary' | 'sources' | 'eras' | 'keyFacts' | 'explainer';

/** What a reference to another entry becomes once parsed; the shape `getEntry()` takes. */
export interface EntryReference<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

/**
 * Makes the schema of a reference to another collection. In the site this is
 * `reference` from `astro:content`; in plain Node (tests, the content check)
 * it is `plainReference`, and the content check proves that the entry exists.
 */
export type ReferenceFactory = <C extends CollectionName>(
  collection: C,
) => z.ZodType<EntryReference<C>, z.ZodTypeDef, unknown>;

/** Stable ids are what editors type into links: lower-case words joined by hyphens. */
export const idSchema = z
  .string({ required_error: 'is missing: every item needs a stable id, e.g. "hagiuda-meeting"' })
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be lower-case letters and digits joined by hyphens, e.g. "hagiuda-meeting"',
  );

export const plainReference: ReferenceFactory = (collection) =>
  idSchema.transform((id) => ({ collection, id }));

/** A date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, kept with its precision. */
export const partialDateSchema = z
  .union([z.date(), z.string(), z.number()], {
    errorMap: () => ({ message: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD' }),
  })
  .transform((value, ctx): PartialDate => {
    const parsed =
      value instanceof Date
        ? Number.isNaN(value.getTime())
          ? null
          : partialDateFromUtc(value)
        : parsePartialDate(String(value));
    if (!parsed) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `"${String(value)}" is not a calendar date: write YYYY, YYYY-MM or YYYY-MM-DD`,
      });
      return z.NEVER;
    }
    return parsed;
  });

/** A date known to the day. */
// A date that failed to parse has no precision and is reported once, above.
export const dayDateSchema = partialDateSchema.refine(
  (date) => date?.precision === undefined || date.precision === 'day',
  {
    message: 'must be a full date, written YYYY-MM-DD',
  },
);

/**
 * Where a statement comes from: a quote that the article holds word for word,
 * and/or sources for what the article does not say. At least one is required.
 */
export const evidenceSchema = (reference: ReferenceFactory) =>
  z
    .object(
      {
        /** Words of an article, copied exactly (quotes and white space may differ). */
        quote: z.string().trim().min(1, 'must not be empty').optional(),
        /** Ids of entries in content/sources/. */
        sources: z.array(reference('sources')).default([]),
      },
      {
        required_error:
          'is missing: every item needs evidence, a quote from the article or a source',
      },
    )
    .strict()
    .refine((evidence) => evidence.quote !== undefined || evidence.sources.length > 0, {
      message: 'is empty: give a quote from the article or at least one source',
    });

/** Ids an entry used to have, so that old links keep working. */
export const oldIdsSchema = z.array(idSchema).default([]);

/** Plain text of one sentence, for previews and descriptions. */
export const oneSentenceSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((text) => /[.!?]["”’)]?$/.test(text), {
    message: 'must be one sentence, ending with a full stop',
  });

export type Evidence = z.output<ReturnType<typeof evidenceSchema>>;
