import { z } from 'astro/zod';
import {
  evidenceSchema,
  idSchema,
  oldIdsSchema,
  oneSentenceSchema,
  type ReferenceFactory,
} from './common.ts';

export const glossaryKinds = ['term', 'law', 'person', 'institution'] as const;

/** A glossary entry in content/glossary/: a term, a law, a person or an institution. */
export const glossaryEntrySchema = (reference: ReferenceFactory) =>
  z
    .object({
      /** The anchor on /glossary/. */
      id: idSchema,
      oldIds: oldIdsSchema,
      /** The name as the entry's heading shows it. */
      term: z.string().trim().min(1, 'must not be empty'),
      /** Other ways the article names it ("Washington", "the secretary"); matched without regard to case. */
      aliases: z.array(z.string().trim().min(1, 'must not be empty')).default([]),
      kind: z.enum(glossaryKinds, {
        errorMap: () => ({ message: `must be one of ${glossaryKinds.join(', ')}` }),
      }),
      /** For a person: the office held at the time of the article. */
      role: z.string().trim().min(1, 'must not be empty').optional(),
      /** One sentence, shown where the article uses the term. */
      short: oneSentenceSchema,
      /** Whether the printed briefing lists it among its key terms. */
      inBriefing: z.boolean().default(false),
      /** The full definition, as Markdown. */
      definition: z.string().trim().min(1, 'must not be empty'),
      evidence: evidenceSchema(reference),
    })
    .strict();

export type GlossaryEntryInput = z.input<ReturnType<typeof glossaryEntrySchema>>;
export type GlossaryEntryData = z.output<ReturnType<typeof glossaryEntrySchema>>;
