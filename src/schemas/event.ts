import { z } from 'astro/zod';
import {
  endsAfter,
  evidenceSchema,
  idSchema,
  oldIdsSchema,
  oneSentenceSchema,
  partialDateSchema,
  reference,
  textSchema,
} from './common.ts';

/** One event of the timeline, in content/events/. */
export const eventSchema = z
  .object({
    /** The anchor on /timeline/, set by the editor and never derived from the title. */
    id: idSchema,
    oldIds: oldIdsSchema,
    /** When it happened, to the day, month or year known. */
    date: partialDateSchema,
    /** The last day of an event that lasted several days. */
    end: partialDateSchema.optional(),
    /** Orders events of the same day, lower first: needed where a day has two events or more. */
    dayOrder: z.number().int('must be a whole number').optional(),
    /** The era it belongs to, an id in content/eras/. */
    era: reference('eras'),
    title: textSchema,
    /** Where it happened, e.g. "Tokyo", as a place name readers and search engines know. */
    place: textSchema.optional(),
    summary: oneSentenceSchema,
    /** People and bodies involved: ids in content/glossary/. */
    involved: z.array(reference('glossary')).default([]),
    evidence: evidenceSchema,
  })
  .strict()
  .refine((event) => endsAfter(event.date, event.end), {
    message: 'must come after date',
    path: ['end'],
  });

export type EventData = z.output<typeof eventSchema>;
