/**
 * Finds the references an entry holds by walking its schema beside its data:
 * a value is a reference because its field's schema is one (see `reference`
 * in src/schemas/common.ts), whatever it looks like.
 */
import { z } from 'astro/zod';
import { referenceSchemas, type EntryReference } from '../schemas/common.ts';

export interface FoundReference extends EntryReference {
  path: (string | number)[];
}

export function referencesIn(
  schema: z.ZodTypeAny,
  value: unknown,
  path: (string | number)[] = [],
): FoundReference[] {
  const read = referenceSchemas.get(schema);
  if (read) return value === undefined ? [] : [{ ...read(value), path }];
  if (schema instanceof z.ZodEffects) return referencesIn(schema.innerType(), value, path);
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    return value == null ? [] : referencesIn(schema.unwrap(), value, path);
  }
  if (schema instanceof z.ZodDefault) return referencesIn(schema.removeDefault(), value, path);
  if (schema instanceof z.ZodArray && Array.isArray(value)) {
    return value.flatMap((item, i) => referencesIn(schema.element, item, [...path, i]));
  }
  if (schema instanceof z.ZodObject && value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.entries(schema.shape as Record<string, z.ZodTypeAny>).flatMap(([key, field]) =>
      referencesIn(field, record[key], [...path, key]),
    );
  }
  return [];
}
