import { z } from 'astro/zod';
import { idSchema } from './common.ts';

/** A chapter of the timeline, in content/eras/. */
export const eraSchema = () =>
  z
    .object({
      id: idSchema,
      title: z.string().trim().min(1, 'must not be empty'),
      /** Where the era stands on the timeline: 1 first. */
      order: z.number().int().positive('must be 1 or more'),
      /** A line under the era's heading. */
      summary: z.string().trim().min(1, 'must not be empty'),
    })
    .strict();

export type EraData = z.output<ReturnType<typeof eraSchema>>;
