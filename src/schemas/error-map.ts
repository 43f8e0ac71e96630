/**
 * Zod's default words, said for editors. A message a schema sets itself is
 * kept; only zod's own ("Required", "Expected string, received number") are
 * rewritten. Every schema is parsed with this map, in one place.
 */
import type { ZodErrorMap } from 'astro/zod';

const article = (type: string) =>
  type === 'array' ? 'a list' : type === 'object' ? 'a set of fields' : `a ${type}`;

export const editorErrorMap: ZodErrorMap = (issue, context) => {
  const isDefault =
    context.defaultError === 'Required' || context.defaultError.startsWith('Expected ');
  if (issue.code === 'invalid_type' && isDefault) {
    if (issue.received === 'undefined') return { message: 'is missing' };
    if (issue.received === 'null') return { message: `is empty: give ${article(issue.expected)}` };
    return { message: `must be ${article(issue.expected)}, not ${article(issue.received)}` };
  }
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    return {
      message: `has unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}: check the spelling`,
    };
  }
  if (issue.code === 'invalid_enum_value') {
    return {
      message: `must be one of ${issue.options.join(', ')}, not "${String(issue.received)}"`,
    };
  }
  return { message: context.defaultError };
};
