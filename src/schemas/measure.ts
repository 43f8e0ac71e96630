import { z } from 'astro/zod';
import {
  dayDateSchema,
  endsAfter,
  evidenceSchema,
  idSchema,
  numberSchema,
  oneSentenceSchema,
  percentSchema,
  textSchema,
} from './common.ts';

/** A quantity that enters at the in-quota rate under a tariff-rate quota. */
export const quotaSchema = z
  .object({
    /** What the quota covers, e.g. "Steel mill products (54 categories)". */
    products: textSchema,
    /** How much a year, in `unit`. */
    volume: numberSchema('must be a number, e.g. 1250000').refine(
      (v) => v > 0,
      'must be more than 0',
    ),
    /** e.g. "metric tons a year". */
    unit: textSchema,
  })
  .strict();

/**
 * A Section 232 duty in content/measures/: the general duty on a product, or
 * an exception to it for goods from some countries (an exemption, a
 * tariff-rate quota, a higher rate). Pages say to whom each rate applies from
 * these entries, so a general duty is "on most countries" whenever an
 * exception overlaps it.
 */
export const measureSchema = z
  .object({
    id: idSchema,
    title: textSchema,
    /** A product id, e.g. "steel" or "aluminum": one line of the chart for each. */
    product: z
      .string({ required_error: 'is missing: name the product in lower case, e.g. "steel"' })
      .regex(
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
        'must be lower-case words joined by hyphens, e.g. "steel"',
      ),
    /** Whose goods it covers, e.g. ["Japan"]; left out for the general duty on the product. */
    countries: z
      .array(textSchema)
      .min(1, 'must name at least one country, or be left out')
      .optional(),
    /** The additional duty in percent of the customs value (above the quota, for a quota). */
    rate: percentSchema.optional(),
    /** Where the rate varied and is not given here: what applied, in one sentence. */
    terms: oneSentenceSchema.optional(),
    /** Under a tariff-rate quota: the duty on what enters within the quota. */
    inQuotaRate: percentSchema.optional(),
    quotas: z.array(quotaSchema).default([]),
    /** The first day it applied. */
    inForce: dayDateSchema,
    /** The last day it applied; left out while it still does. */
    until: dayDateSchema.optional(),
    /** The legal act, e.g. "Proclamation 9705". */
    instrument: textSchema,
    summary: oneSentenceSchema,
    evidence: evidenceSchema,
  })
  .strict()
  .refine((measure) => endsAfter(measure.inForce, measure.until, true), {
    message: 'must not come before inForce',
    path: ['until'],
  })
  .refine((measure) => (measure.rate === undefined) !== (measure.terms === undefined), {
    message: 'give either a rate or, where the rate varied, terms: one of the two',
    path: ['rate'],
  })
  .refine((measure) => measure.countries !== undefined || measure.rate !== undefined, {
    message: 'is needed by a general duty (one with no countries)',
    path: ['rate'],
  })
  .refine((measure) => (measure.inQuotaRate === undefined) === (measure.quotas.length === 0), {
    message: 'a tariff-rate quota needs both quotas and inQuotaRate; a plain duty has neither',
    path: ['quotas'],
  });

export type MeasureData = z.output<typeof measureSchema>;
