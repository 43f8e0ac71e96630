/** Runs the real `astro build` on a content set made of tests/fixtures/content/base with overlays laid over it. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const FIXTURES = path.resolve('tests/fixtures/content');

export interface FixtureBuild {
  contentDir: string;
  outDir: string;
  status: number | null;
  output: string;
}

/** Copies base/ and then each named overlay into a fresh folder; `edit` may change files there before the build. */
export function buildFixture(
  overlays: string[],
  edit?: (contentDir: string) => void,
): FixtureBuild {
  const root = mkdtempSync(path.join(tmpdir(), 'fixture-'));
  const contentDir = path.join(root, 'content');
  for (const folder of ['base', ...overlays])
    cpSync(path.join(FIXTURES, folder), contentDir, { recursive: true });
  edit?.(contentDir);
  const outDir = path.join(root, 'dist');
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: path.join(root, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  return {
    contentDir,
    outDir,
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`,
  };
}
