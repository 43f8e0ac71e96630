import { z } from 'astro/zod';
import { evidenceSchema, idSchema, oneSentenceSchema } from './common.ts';

/** One line of "At a glance" on the front page, in content/key-facts/. */
export const keyFactSchema = z
  .object({
    id: idSchema,
    /** Where it stands in the list: 1 first. */
    order: z.number().int().positive('must be 1 or more'),
    text: oneSentenceSchema,
    evidence: evidenceSchema,
  })
  .strict();

export type KeyFactData = z.output<typeof keyFactSchema>;
