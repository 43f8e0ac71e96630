// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import yaml from 'js-yaml';
import { contentCheck } from './src/integrations/content-check.ts';
import { contentSecurityPolicy } from './src/integrations/content-security-policy.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const siteFile = `${contentDir}/site.yaml`;
// A missing or broken settings file is reported by the content check, with the rest.
const settings = /** @type {{ baseUrl?: string } | undefined} */ (
  existsSync(siteFile)
    ? yaml.load(readFileSync(siteFile, 'utf8'), { schema: yaml.CORE_SCHEMA, json: true })
    : undefined
);

export default defineConfig({
  site: process.env.SITE_URL ?? settings?.baseUrl,
  outDir: process.env.OUT_DIR ?? 'dist',
  // Builds of other content sets (tests, benchmarks) keep their own cache of the content layer.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // The CSS is small: inlined, the page renders after its first round trip.
  build: { inlineStylesheets: 'always' },
  // Scripts stay files, so the Content-Security-Policy can forbid inline script.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    contentCheck(contentDir),
    contentSecurityPolicy(),
    sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404.html') }),
  ],
});
