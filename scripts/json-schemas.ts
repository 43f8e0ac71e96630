/**
 * npm run schemas: writes the JSON Schemas of the content files into
 * content/.schemas/ and maps them to their files in .vscode/settings.json.
 * A unit test fails when the committed schemas fall behind the zod schemas.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentJsonSchemas, SCHEMA_FOLDER } from '../src/check/json-schemas.ts';

const folder = path.join('content', SCHEMA_FOLDER);
mkdirSync(folder, { recursive: true });
const mapping: Record<string, string> = {};
for (const { name, text, files } of contentJsonSchemas()) {
  writeFileSync(path.join(folder, name), text);
  mapping[`./${folder}/${name}`] = `content/${files}`;
}
mkdirSync('.vscode', { recursive: true });
writeFileSync('.vscode/settings.json', `${JSON.stringify({ 'yaml.schemas': mapping }, null, 2)}\n`);
console.log(`${Object.keys(mapping).length} schemas written to ${folder}`);
