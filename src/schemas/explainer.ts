import { z } from 'astro/zod';
import {
  evidenceSchema,
  idSchema,
  markdownSchema,
  numberSchema,
  oldIdsSchema,
  textSchema,
} from './common.ts';

/** What the page computes from the measures and shows after a section's text. */
export const explainerFigures = [
  'rates-then-and-now',
  'rate-chart',
  'quota-arrangements',
  'worked-example',
  'rate-history',
] as const;

/** A section of the Section 232 explainer (/tariffs/), in content/explainer/. */
export const explainerSectionSchema = z
  .object({
    /** The section's anchor, e.g. "who-pays". */
    id: idSchema,
    oldIds: oldIdsSchema,
    /** Where it stands on the page: 1 first. */
    order: z.number().int().positive('must be 1 or more'),
    title: textSchema,
    /** The section's text, as Markdown. */
    body: markdownSchema,
    /** Figures computed from content/measures/ to show after the text, in order. */
    figures: z.array(z.enum(explainerFigures)).default([]),
    /** For the worked example: the customs value of the shipment, in US dollars. */
    exampleValue: numberSchema('must be a number of US dollars, e.g. 1000000')
      .refine((value) => value > 0, 'must be more than 0')
      .optional(),
    evidence: evidenceSchema,
  })
  .strict()
  .refine(
    (section) => !section.figures.includes('worked-example') || section.exampleValue !== undefined,
    {
      message: 'is needed by the worked-example figure',
      path: ['exampleValue'],
    },
  );

export type ExplainerSectionData = z.output<typeof explainerSectionSchema>;
