import { z } from 'astro/zod';
import {
  evidenceSchema,
  idSchema,
  markdownSchema,
  oldIdsSchema,
  oneSentenceSchema,
  textSchema,
} from './common.ts';

export const glossaryKinds = ['term', 'law', 'person', 'institution'] as const;

/** A glossary entry in content/glossary/: a term, a law, a person or an institution. */
export const glossaryEntrySchema = z
  .object({
    /** The anchor on /glossary/. */
    id: idSchema,
    oldIds: oldIdsSchema,
    /** The name as the entry's heading shows it. */
    term: textSchema,
    /**
     * Other ways the articles name it ("Washington", "the secretary"); matched without regard to
     * case.
     */
    aliases: z.array(textSchema).default([]),
    kind: z.enum(glossaryKinds),
    /** For a person: the office held at the time of the story. */
    role: textSchema.optional(),
    /** One sentence, shown where an article uses the term. */
    short: oneSentenceSchema,
    /** Whether the printed briefing lists it among its key terms. */
    inBriefing: z.boolean().default(false),
    /** The full definition, as Markdown. */
    definition: markdownSchema,
    evidence: evidenceSchema,
  })
  .strict();

export type GlossaryEntryData = z.output<typeof glossaryEntrySchema>;
