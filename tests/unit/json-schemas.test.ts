/** The JSON Schemas editors use are the zod schemas' own, and are kept up to date. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentJsonSchemas, SCHEMA_FOLDER } from '../../src/check/json-schemas.ts';

describe('contentJsonSchemas', () => {
  test.each(contentJsonSchemas().map((schema) => [schema.name, schema]))(
    'content/.schemas/%s is what the zod schema gives (run npm run schemas after changing a ' +
      'schema)',
    (_name, schema) => {
      expect(readFileSync(path.join('content', SCHEMA_FOLDER, schema.name), 'utf8')).toBe(
        schema.text,
      );
    },
  );

  test('an event’s schema knows its fields and refuses unknown ones', () => {
    const events = JSON.parse(
      contentJsonSchemas().find((s) => s.name === 'events.schema.json')?.text ?? '{}',
    );
    const event = events.definitions.events;
    expect(event.additionalProperties).toBe(false);
    expect(event.required).toEqual(
      expect.arrayContaining(['id', 'date', 'era', 'title', 'summary', 'evidence']),
    );
    expect(event.properties.era.description).toBe('the id of an entry in eras');
  });
});
