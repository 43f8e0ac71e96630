import { z } from 'astro/zod';
import { comparePartialDates } from '../lib/dates.ts';
import {
  dayDateSchema,
  evidenceSchema,
  idSchema,
  oneSentenceSchema,
  type ReferenceFactory,
} from './common.ts';

const percentSchema = z
  .number({ invalid_type_error: 'must be a number of percent, e.g. 25' })
  .min(0, 'must be 0 or more: a percentage such as 25 (rates above 100 are allowed)');

/** A quantity that enters at the in-quota rate under a tariff-rate quota. */
export const quotaSchema = z
  .object({
    /** What the quota covers, e.g. "Steel mill products (54 categories)". */
    products: z.string().trim().min(1, 'must not be empty'),
    /** How much a year, in `unit`. */
    volume: z.number().positive('must be more than 0'),
    /** e.g. "metric tons a year". */
    unit: z.string().trim().min(1, 'must not be empty'),
  })
  .strict();

/** A Section 232 duty, or a country's tariff-rate quota under it, in content/measures/. */
export const measureSchema = (reference: ReferenceFactory) =>
  z
    .object({
      id: idSchema,
      title: z.string().trim().min(1, 'must not be empty'),
      /** A product id, e.g. "steel" or "aluminum": one line of the chart for each. */
      product: idSchema,
      /** Whose imports it covers: left out, every country's; else a name such as "Japan". */
      appliesTo: z.string().trim().min(1, 'must not be empty').optional(),
      /** The additional duty in percent of the customs value (above the quota, for a quota). */
      rate: percentSchema,
      /** Under a tariff-rate quota: the duty on what enters within the quota. */
      inQuotaRate: percentSchema.optional(),
      quotas: z.array(quotaSchema).default([]),
      /** The first day it applied. */
      inForce: dayDateSchema,
      /** The last day it applied; left out while it still does. */
      until: dayDateSchema.optional(),
      /** The legal act, e.g. "Proclamation 9705". */
      instrument: z.string().trim().min(1, 'must not be empty'),
      summary: oneSentenceSchema,
      evidence: evidenceSchema(reference),
    })
    .strict()
    // Zod runs this even when a date failed to parse; only compare two real dates.
    .refine(
      (measure) =>
        !measure.until?.iso ||
        !measure.inForce?.iso ||
        comparePartialDates(measure.until, measure.inForce) >= 0,
      {
        message: 'must not come before inForce',
        path: ['until'],
      },
    )
    .refine((measure) => (measure.inQuotaRate === undefined) === (measure.quotas.length === 0), {
      message: 'a tariff-rate quota needs both quotas and inQuotaRate; a plain duty has neither',
      path: ['quotas'],
    });

export type MeasureInput = z.input<ReturnType<typeof measureSchema>>;
export type MeasureData = z.output<ReturnType<typeof measureSchema>>;
