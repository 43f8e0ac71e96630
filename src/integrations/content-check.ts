/**
 * Checks the settings and content/ before anything is built, so that a
 * broken file stops the build with a message naming the file, the field and
 * the problem, every problem at once, and nothing is built. In `astro dev`
 * problems are logged and shown in the page instead, and the server keeps
 * serving.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkedContent } from '../check/cache.ts';
import { formatProblem } from '../check/problems.ts';
import type { SiteConfig } from './site-config.ts';

/** Every problem, one a line, under a count: "content has 2 problems:". */
export function problemReport(contentDir: string, problems: string[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `${contentDir} has ${count}:\n${problems.map((p) => `  ${p}`).join('\n')}`;
}

export function contentCheck(config: SiteConfig): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview') return;
        const { problems, files } = checkedContent(config.contentDir);
        const all = [...config.problems, ...problems.map(formatProblem)];
        if (all.length === 0) {
          logger.info(`${config.contentDir}: ${files.length} files checked, no problem`);
          return;
        }
        if (command === 'dev') {
          logger.error(problemReport(config.contentDir, all));
          return;
        }
        const error = new AstroError(
          problemReport(config.contentDir, all),
          'Fix each file and field named above; nothing was built.',
        );
        // The message says all there is: where Astro would print a stack trace, there is none.
        error.stack = '';
        throw error;
      },
    },
  };
}
