// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { contentSecurityPolicy } from './src/integrations/content-security-policy.ts';
import { publish } from './src/integrations/publish.ts';
import { siteConfig } from './src/integrations/site-config.ts';

// Content folder, output folder and address, from the environment and content/site.yaml.
const config = siteConfig(process.env);

export default defineConfig({
  site: config.site,
  base: config.base,
  outDir: config.outDir,
  // Builds of other content sets (tests, benchmarks) keep their own cache of the content layer.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // The CSS is small: inlined, the page renders after its first round trip.
  build: { inlineStylesheets: 'always' },
  // Scripts stay files, so the Content-Security-Policy can forbid inline script.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    contentCheck(config),
    contentSecurityPolicy(),
    sitemap({ filter: (page) => !/\/404(?:\/|\.html)$/.test(page) }),
    // Last, so that it moves the finished site.
    publish(config),
  ],
});
