import { z } from 'astro/zod';
import { idSchema, textSchema } from './common.ts';

/** A chapter of the timeline, in content/eras/. */
export const eraSchema = z
  .object({
    /** Its anchor on /timeline/, in the same id space as the events. */
    id: idSchema,
    title: textSchema,
    /** Where the era stands on the timeline: 1 first. */
    order: z.number().int().positive('must be 1 or more'),
    /** A line under the era's heading. */
    summary: textSchema,
  })
  .strict();

export type EraData = z.output<typeof eraSchema>;
