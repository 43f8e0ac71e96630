/**
 * npm run build:test-sites: builds the fixture stories of tests/fixtures/
 * stories/ (one, two and five invented articles, and one with a timeline and a
 * glossary too long for one page) into .test-sites/<story>/,
 * once, for every test that reads or serves them. One build at a time, as
 * Astro builds share the project's .astro/ folder.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { layStory, type Story } from '../tests/support/fixtures.ts';

export const TEST_SITES = path.resolve('.test-sites');
export const storySite = (story: Story) => ({
  content: path.join(TEST_SITES, story, 'content'),
  dist: path.join(TEST_SITES, story, 'dist'),
});

for (const story of ['one', 'two', 'five', 'long'] as const) {
  const site = storySite(story);
  rmSync(path.join(TEST_SITES, story), { recursive: true, force: true });
  layStory(story, site.content);
  const started = Date.now();
  const result = spawnSync('npx', ['astro', 'build', '--silent'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CONTENT_DIR: site.content,
      OUT_DIR: site.dist,
      ASTRO_CACHE_DIR: path.join(TEST_SITES, story, 'cache'),
    },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  console.log(`test site "${story}" built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
