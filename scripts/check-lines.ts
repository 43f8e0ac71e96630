/**
 * Part of npm run lint: no line of code, style or configuration is over 100
 * characters. Prettier keeps to 100 columns but leaves long strings, comments
 * and the Astro templates (which it does not format) as they are; this finds
 * them. Content, fonts' data and prose (Markdown) are left to their authors.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const WIDTH = 100;
const CHECKED = /\.(ts|mjs|js|astro|css|json|svg|yaml|yml)$|(^|\/)[^./]+$|(^|\/)\.[\w-]+$/;
const LEFT_OUT = /^(content|assets|tests\/fixtures)\/|^package-lock\.json$|__snapshots__/;

const files = execFileSync('git', ['ls-files'], { encoding: 'utf8' })
  .split('\n')
  .filter((file) => CHECKED.test(file) && !LEFT_OUT.test(file));
const long = files.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) =>
      [...line].length > WIDTH ? [`${file}:${i + 1}: ${[...line].length}`] : [],
    ),
);
if (long.length > 0) {
  console.error(`Lines over ${WIDTH} characters:\n${long.join('\n')}`);
  process.exit(1);
}
console.log(`${files.length} files, no line over ${WIDTH} characters`);
