import { z } from 'astro/zod';
import {
  dayDateSchema,
  evidenceSchema,
  idSchema,
  referenceSchemas,
  textSchema,
  type CollectionName,
} from './common.ts';

/** The collections whose entries a correction can name, and so the pages it can touch. */
export const correctableCollections = [
  'articles',
  'events',
  'measures',
  'glossary',
  'sources',
  'keyFacts',
  'explainer',
] as const satisfies readonly CollectionName[];

const itemPattern = new RegExp(
  `^(${correctableCollections.join('|')})/([a-z0-9]+(?:-[a-z0-9]+)*)$`,
);

/** An item a correction touches, written `collection/id`: "events/eu-retaliation". */
export const correctedItemSchema = z
  .string()
  .regex(
    itemPattern,
    `must be written collection/id, with a collection among ${correctableCollections.join(', ')}`,
  )
  .transform((item) => {
    const [collection, id] = item.split('/') as [(typeof correctableCollections)[number], string];
    return { collection, id };
  });
referenceSchemas.set(
  correctedItemSchema,
  (value) => value as { collection: CollectionName; id: string },
);

/** A correction, in content/corrections/: what was wrong, what it says now, and why. */
export const correctionSchema = z
  .object({
    id: idSchema,
    /** The day the correction was made. */
    date: dayDateSchema,
    /** The items it touched; the first is where the correction shows. */
    items: z
      .array(correctedItemSchema)
      .min(1, 'must name at least one item, e.g. events/eu-retaliation'),
    /** What the site said, in short. */
    wrong: textSchema,
    /** What it says now. */
    now: textSchema,
    /** What backs what it says now; left out where the correction is about the site itself. */
    evidence: evidenceSchema.optional(),
  })
  .strict();

export type CorrectionData = z.output<typeof correctionSchema>;
