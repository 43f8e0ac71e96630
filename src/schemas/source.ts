import { z } from 'astro/zod';
import {
  endsAfter,
  idSchema,
  languageSchema,
  oldIdsSchema,
  outsideUrlSchema,
  partialDateSchema,
  textSchema,
} from './common.ts';

/** What identifies a document, where such a thing exists; each is checked for its format. */
export const identifiersSchema = z
  .object({
    /** Federal Register document number, e.g. "2025-02832". */
    frDoc: z
      .string()
      .regex(/^\d{4}-\d{5}$/, 'must be a document number such as "2025-02832"')
      .optional(),
    /** Federal Register citation, e.g. "90 FR 9807". */
    frCitation: z
      .string()
      .regex(/^\d{1,3} FR \d{1,6}$/, 'must be a citation such as "90 FR 9807"')
      .optional(),
    /** A presidential proclamation's number, e.g. 10895. */
    proclamation: z
      .number()
      .int()
      .min(1000, 'must be a proclamation number such as 10895')
      .optional(),
    /** A Congressional Research Service product, e.g. "IN11799" or "R45249". */
    crsProduct: z
      .string()
      .regex(/^(?:IN|IF|R|RL|RS)\d{4,5}$/, 'must be a CRS product id such as "IN11799"')
      .optional(),
  })
  .strict();

/**
 * One document that backs facts no article states, in content/sources/. Its
 * title is the one it was published under, where that is known; otherwise a
 * description written here, which pages print in [square brackets].
 */
export const sourceSchema = z
  .object({
    /** Its anchor on /sources/. */
    id: idSchema,
    oldIds: oldIdsSchema,
    publisher: textSchema,
    /** The title exactly as published. Leave it out when it is not known: never make one up. */
    title: textSchema.optional(),
    /** What the document is, in words written here, where its title is not known. */
    description: textSchema.optional(),
    identifiers: identifiersSchema.default({}),
    /** Its address, only where no identifier gives one and the address was checked. */
    url: outsideUrlSchema.optional(),
    /** The day (or month, or year) it was published; left out where not known. */
    published: partialDateSchema.optional(),
    /** For an act: the day it was signed, where that differs from publication. */
    signed: partialDateSchema.optional(),
    /** For an act: the day it took effect. */
    inForce: partialDateSchema.optional(),
    /** The language it is written in, where it is not English. */
    language: languageSchema.optional(),
  })
  .strict()
  .refine((source) => (source.title === undefined) !== (source.description === undefined), {
    message: 'give either the title as published or a description written here: one of the two',
    path: ['title'],
  })
  .refine((source) => endsAfter(source.signed, source.published, true), {
    message: 'must not come before signed',
    path: ['published'],
  });

export type SourceData = z.output<typeof sourceSchema>;
