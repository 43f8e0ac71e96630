/**
 * The fixture stories of tests/fixtures/stories/, laid into a fresh folder
 * (one/, then two/, then five/), changed by a test if it likes, and checked
 * or built there.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadContent, type LoadResult } from '../../src/check/load.ts';
import { formatProblem } from '../../src/check/problems.ts';

const STORIES = path.resolve('tests/fixtures/stories');

export type Story = 'one' | 'two' | 'five';

/** The layers a story is made of, in the order they are laid. */
export const LAYERS: Record<Story, string[]> = {
  one: ['one'],
  two: ['one', 'two'],
  five: ['one', 'two', 'five'],
};

/** Lays a story's layers into `dir` (made if need be), and returns it. */
export function layStory(story: Story, dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const layer of LAYERS[story]) cpSync(path.join(STORIES, layer), dir, { recursive: true });
  return dir;
}

/** A fresh copy of a story's content in a temporary folder. */
export function copyStory(story: Story = 'one'): string {
  return layStory(story, path.join(mkdtempSync(path.join(tmpdir(), 'story-')), 'content'));
}

/** Writes files into a content folder: `{ 'events/x.yaml': '...' }`; `null` deletes one. */
export function writeFiles(contentDir: string, files: Record<string, string | null>) {
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(contentDir, name);
    if (text === null) rmSync(file, { recursive: true, force: true });
    else {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
}

/** The problems the content check finds in a story after some files were written, as editors read them. */
export function problemsOf(story: Story, files: Record<string, string | null> = {}): string[] {
  const dir = copyStory(story);
  writeFiles(dir, files);
  // Named as the folder is named in the messages: "content/events/x.yaml".
  return loadContent('content', path.dirname(dir)).problems.map(formatProblem);
}

/** Checks a story after some files were written. */
export function checkStory(story: Story, files: Record<string, string | null> = {}): LoadResult {
  const dir = copyStory(story);
  writeFiles(dir, files);
  return loadContent('content', path.dirname(dir));
}

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs the real `astro build` with the given environment (CONTENT_DIR, OUT_DIR, SITE_URL...). */
export function astroBuild(env: Record<string, string>): BuildResult {
  // Vitest sets Vite's own variables (BASE_URL, MODE...) in process.env; Astro would take them.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE'].includes(key),
    ),
  );
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
