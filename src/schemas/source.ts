import { z } from 'astro/zod';
import { idSchema, partialDateSchema } from './common.ts';

/** A published source for facts the article does not state, in content/sources/. */
export const sourceSchema = () =>
  z
    .object({
      id: idSchema,
      title: z.string().trim().min(1, 'must not be empty'),
      publisher: z.string().trim().min(1, 'must not be empty'),
      /** Left out where no stable address was checked: the citation then stands by title and date. */
      url: z.string().url('must be a full URL, starting https://').optional(),
      date: partialDateSchema,
    })
    .strict();

export type SourceData = z.output<ReturnType<typeof sourceSchema>>;
