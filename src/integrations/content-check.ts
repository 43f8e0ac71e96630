/**
 * An Astro integration that checks content/ before anything is built, so
 * that a broken file stops the build with a message naming the file, the
 * field and the problem, and nothing half-built is published.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { AstroError } from 'astro/errors';
import { checkContent } from '../lib/check-content.ts';
import { loadContent } from '../lib/load-content.ts';
import { formatProblem } from '../lib/problems.ts';

export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ logger, addWatchFile }) => {
        const content = loadContent(contentDir);
        // In `astro dev`, an edit to any content file restarts the server, and so checks again.
        for (const file of content.files) addWatchFile(path.resolve(file));
        const problems = checkContent(content);
        if (problems.length === 0) {
          logger.info(`${contentDir}: all content checked`);
          return;
        }
        const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
        throw new AstroError(
          `${contentDir} has ${count}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
          'Fix each file and field named above; nothing was built.',
        );
      },
    },
  };
}
