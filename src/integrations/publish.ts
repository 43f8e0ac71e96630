/**
 * Publishes a site built for an output folder outside the project. Astro
 * builds outside its project by way of its own `.astro/` folder and copies
 * that folder's internals (collection schemas, content modules) into the
 * output; so the site is built in the project's staging folder and only the
 * finished site is moved into place, after every other step has run.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteConfig } from './site-config.ts';

export function publish(config: SiteConfig): AstroIntegration {
  const staged = config.buildDir !== config.outDir;
  return {
    name: 'publish',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (staged && command === 'build')
          updateConfig({ outDir: pathToFileURL(`${config.buildDir}/`) });
      },
      'astro:build:done': ({ logger }) => {
        if (!staged) return;
        rmSync(config.outDir, { recursive: true, force: true });
        mkdirSync(config.outDir, { recursive: true });
        cpSync(config.buildDir, config.outDir, { recursive: true });
        rmSync(config.buildDir, { recursive: true, force: true });
        logger.info(`site published to ${config.outDir}`);
      },
    },
  };
}
