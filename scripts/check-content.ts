/**
 * npm run check:content: checks the content folder (CONTENT_DIR, else content/)
 * as the build does, and lists every problem in every file in one pass, one a
 * line, without a stack trace. Exits 1 when there is any, 0 when there is none.
 */
import { loadContent } from '../src/check/load.ts';
import { formatProblem } from '../src/check/problems.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const { problems, files } = loadContent(contentDir);
if (problems.length === 0) {
  console.log(`${contentDir}: ${files.length} files checked, no problem`);
} else {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  console.error(
    `${contentDir} has ${count}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
  );
  process.exitCode = 1;
}
