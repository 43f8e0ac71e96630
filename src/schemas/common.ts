import { z } from 'astro/zod';
import { comparePartialDates, parsePartialDate, type PartialDate } from '../lib/calendar.ts';
import { outsideUrlProblem } from '../lib/safe-url.ts';

/** The collections of content/ that an entry can refer to. */
export type CollectionName =
  | 'articles'
  | 'events'
  | 'eras'
  | 'measures'
  | 'glossary'
  | 'sources'
  | 'keyFacts'
  | 'explainer'
  | 'corrections';

/** An entry of a collection, as a correction names it: `events/eu-retaliation`. */
export interface EntryReference {
  collection: CollectionName;
  id: string;
}

/**
 * The schemas that refer to other entries, with how to read the references
 * out of their parsed value. The content check walks each collection's schema
 * with its data and proves every reference it finds this way: by the field's
 * type, not by the shape of the data.
 */
export const referenceSchemas = new WeakMap<z.ZodTypeAny, (value: unknown) => EntryReference>();

/** Stable ids are what editors type into links: lower-case words joined by hyphens. */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID_PATTERN_MESSAGE =
  'must be lower-case letters and digits joined by hyphens, e.g. "hagiuda-meeting"';

export const idSchema = z
  .string({ required_error: 'is missing: every item needs a stable id, e.g. "hagiuda-meeting"' })
  .regex(ID_PATTERN, ID_PATTERN_MESSAGE);

/** The id of an entry of another collection; the content check proves that it exists. */
export function reference<C extends CollectionName>(collection: C) {
  // A schema of its own, so that the check can tell it from plain ids.
  const schema = z
    .string({ required_error: `is missing: give the id of an entry in ${collection}/` })
    .regex(ID_PATTERN, ID_PATTERN_MESSAGE)
    .describe(`the id of an entry in ${collection}`);
  referenceSchemas.set(schema, (id) => ({ collection, id: String(id) }));
  return schema;
}

/** Control characters other than tab and line breaks: they break feeds and cards. */
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;

function refuseControlCharacters(text: string, ctx: z.RefinementCtx) {
  const found = CONTROL.exec(text);
  if (!found) return;
  const code = found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  ctx.addIssue({
    code: z.ZodIssueCode.custom,
    message:
      `holds a control character (U+${code}) at character ${found.index + 1}: delete it ` +
      `and type the text again`,
  });
}

/** Plain text on one line: white space is folded to single spaces. */
export const textSchema = z
  .string()
  .superRefine(refuseControlCharacters)
  .transform((text) => text.replace(/\s+/g, ' ').trim())
  .refine((text) => text.length > 0, 'must not be empty');

/** Markdown: line breaks are kept, as they mean paragraphs. */
export const markdownSchema = z
  .string()
  .superRefine(refuseControlCharacters)
  .transform((text) => text.trim())
  .refine((text) => text.length > 0, 'must not be empty');

/** Plain text of one sentence, for previews and descriptions. */
export const oneSentenceSchema = textSchema.refine((text) => /[.!?]["”’)]?$/.test(text), {
  message: 'must be one sentence ending with a full stop (or ? or !): add the full stop',
});

/** A number that is a real number: not .inf or .nan. */
export const numberSchema = (message: string) =>
  z
    .number({
      errorMap: (issue) => ({
        message:
          issue.code === 'invalid_type' && issue.received === 'nan'
            ? 'must be a finite number, not .inf or .nan'
            : message,
      }),
    })
    .refine(Number.isFinite, 'must be a finite number, not .inf or .nan');

/** A percentage: 0 or more; rates above 100 exist. */
export const percentSchema = numberSchema('must be a number of percent, e.g. 25').refine(
  (rate) => rate >= 0,
  'must be 0 or more: a percentage such as 25 (rates above 100 are allowed)',
);

/** A date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, kept with its precision. */
export const partialDateSchema = z
  .union([z.string(), z.number()], {
    errorMap: () => ({ message: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD' }),
  })
  .transform((value, ctx): PartialDate => {
    const parsed = parsePartialDate(String(value));
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
export const dayDateSchema = partialDateSchema.refine((date) => date.precision === 'day', {
  message: 'must be a full date, written YYYY-MM-DD',
});

/** An outside address that may be linked: https or http, a host in one script. */
export const outsideUrlSchema = z.string().superRefine((url, ctx) => {
  const problem = outsideUrlProblem(url);
  if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
});

/** A BCP 47 language tag. */
export const languageSchema = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language tag such as "en"');

/**
 * Where a statement comes from: words of an article, copied exactly, and/or
 * sources for what no article says. At least one is required.
 */
export const evidenceSchema = z
  .object(
    {
      /** Words of an article, copied exactly (quotes and white space may differ). */
      quote: textSchema.optional(),
      /** The article the quote is from; needed once there is more than one article. */
      article: reference('articles').optional(),
      /** Ids of entries in content/sources/. */
      sources: z.array(reference('sources')).default([]),
    },
    {
      required_error: 'is missing: every item needs evidence, a quote from an article or a source',
    },
  )
  .strict()
  .refine((evidence) => evidence.quote !== undefined || evidence.sources.length > 0, {
    message: 'is empty: give a quote from an article or at least one source',
  })
  .refine((evidence) => evidence.article === undefined || evidence.quote !== undefined, {
    message: 'names an article but no quote: give the words of the article in quote',
    path: ['article'],
  });

export type Evidence = z.output<typeof evidenceSchema>;

/** Ids an entry used to have, so that old links keep working. */
export const oldIdsSchema = z.array(idSchema).default([]);

/**
 * Whether a span's end comes after its start; a date that failed to parse is reported once,
 * elsewhere.
 */
export const endsAfter = (
  start: PartialDate | undefined,
  end: PartialDate | undefined,
  orSame = false,
) => !start || !end || comparePartialDates(end, start) > (orSame ? -1 : 0);
