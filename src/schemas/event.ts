import { z } from 'astro/zod';
import { comparePartialDates } from '../lib/dates.ts';
import {
  evidenceSchema,
  idSchema,
  oldIdsSchema,
  oneSentenceSchema,
  partialDateSchema,
  type ReferenceFactory,
} from './common.ts';

/** One event of the timeline, in content/events/. */
export const eventSchema = (reference: ReferenceFactory) =>
  z
    .object({
      /** The anchor on /timeline/, set by the editor and never derived from the title. */
      id: idSchema,
      oldIds: oldIdsSchema,
      /** When it happened, to the day, month or year known. */
      date: partialDateSchema,
      /** The last day of an event that lasted several days. */
      end: partialDateSchema.optional(),
      /** Orders events of the same day: lower first. */
      dayOrder: z.number().int().default(0),
      /** The era it belongs to, an id in content/eras/. */
      era: reference('eras'),
      title: z.string().trim().min(1, 'must not be empty'),
      summary: oneSentenceSchema,
      /** People and bodies involved: ids in content/glossary/. */
      involved: z.array(reference('glossary')).default([]),
      evidence: evidenceSchema(reference),
    })
    .strict()
    // Zod runs this even when a date failed to parse; only compare two real dates.
    .refine(
      (event) =>
        !event.end?.iso || !event.date?.iso || comparePartialDates(event.end, event.date) > 0,
      {
        message: 'must come after date',
        path: ['end'],
      },
    );

export type EventInput = z.input<ReturnType<typeof eventSchema>>;
export type EventData = z.output<ReturnType<typeof eventSchema>>;
