/**
 * JSON Schemas of the content files, made from the zod schemas, so that an
 * editor's YAML support (the YAML language server in VS Code, JetBrains,
 * Neovim) completes field names and flags mistakes as one types. The content
 * check stays the judge: these schemas know no cross-file rule.
 */
import { zodToJsonSchema } from 'zod-to-json-schema';
import { collectionSpecs, collectionNames, siteSchema } from '../schemas/index.ts';

/** The folder, under content/, where the schemas are written. */
export const SCHEMA_FOLDER = '.schemas';

/** Inputs as editors write them; every definition inline, as editors' tools read them best. */
const JSON_SCHEMA_OPTIONS = (name: string) =>
  ({ name, effectStrategy: 'input', $refStrategy: 'none' }) as const;

/** Each schema file's name and text, and the files (as globs under content/) it describes. */
export function contentJsonSchemas(): { name: string; text: string; files: string }[] {
  const schema = (name: string, zod: Parameters<typeof zodToJsonSchema>[0], files: string) => ({
    name: `${name}.schema.json`,
    text: `${JSON.stringify(zodToJsonSchema(zod, JSON_SCHEMA_OPTIONS(name)), null, 2)}\n`,
    files,
  });
  return [
    schema('site', siteSchema, 'site.yaml'),
    ...collectionNames
      .filter((name) => collectionSpecs[name].format === 'yaml')
      .map((name) =>
        schema(name, collectionSpecs[name].schema, `${collectionSpecs[name].folder}/*.yaml`),
      ),
  ];
}
