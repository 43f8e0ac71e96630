/** After the build, gives every HTML page its Content-Security-Policy (see src/lib/csp.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFilesIn } from '../lib/built-pages.ts';
import { withContentSecurityPolicy } from '../lib/csp.ts';

export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'content-security-policy',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const files = htmlFilesIn(fileURLToPath(dir));
        for (const file of files)
          writeFileSync(file, withContentSecurityPolicy(readFileSync(file, 'utf8')));
        logger.info(`policy set on ${files.length} pages`);
      },
    },
  };
}
