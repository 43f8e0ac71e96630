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

export type Story = 'one' | 'two' | 'five' | 'long';

/** A layer of a story: a folder of tests/fixtures/stories/, or files written by a function. */
type Layer = string | ((dir: string) => void);

/** The layers a story is made of, in the order they are laid. */
export const LAYERS: Record<Story, Layer[]> = {
  one: ['one'],
  two: ['one', 'two'],
  five: ['one', 'two', 'five'],
  long: ['one', writeLongLayer],
};

/** Lays a story's layers into `dir` (made if need be), and returns it. */
export function layStory(story: Story, dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const layer of LAYERS[story]) {
    if (typeof layer === 'function') layer(dir);
    else cpSync(path.join(STORIES, layer), dir, { recursive: true });
  }
  return dir;
}

/** How many events and glossary entries the long story adds: more than one page of each holds. */
export const LONG_STORY = { events2020: 8, events2022: 30, entries: 36 } as const;

/**
 * The long story: the story of one report, with more events and glossary
 * entries than one page holds (30 of its events in 2022, so that year is cut
 * by month), each from the test notes; every entry is involved in an event.
 */
function writeLongLayer(dir: string) {
  const letters = 'ABCDEFGHIJKLMNOPQR';
  const pad = (n: number) => String(n).padStart(2, '0');
  const files: Record<string, string> = {};
  const entryId = (n: number) => `test-office-${pad(n)}`;
  for (let n = 1; n <= LONG_STORY.entries; n += 1) {
    const letter = letters[n % letters.length];
    files[`glossary/${entryId(n)}.yaml`] = [
      `id: ${entryId(n)}`,
      `term: ${letter}ordan test office ${n}`,
      'kind: institution',
      'short: An office made up for the long test story.',
      'definition: It exists only in the tests.',
      'evidence:',
      '  sources: [test-notes]',
      '',
    ].join('\n');
  }
  const event = (id: string, date: string, n: number) =>
    [
      `id: ${id}`,
      `date: ${date}`,
      'era: before',
      'place: Testville',
      `title: Test office ${n} meets`,
      `summary: A meeting made up for the long test story (test event ${n}).`,
      'involved:',
      `  - ${entryId(((n - 1) % LONG_STORY.entries) + 1)}`,
      'evidence:',
      '  sources: [test-notes]',
      '',
    ].join('\n');
  for (let n = 1; n <= LONG_STORY.events2020; n += 1)
    files[`events/long-2020-${pad(n)}.yaml`] = event(`long-2020-${pad(n)}`, `2020-${pad(n)}-10`, n);
  for (let n = 1; n <= LONG_STORY.events2022; n += 1) {
    // Two or three a month, on days no other event has.
    const month = Math.ceil((n * 12) / LONG_STORY.events2022);
    files[`events/long-2022-${pad(n)}.yaml`] = event(
      `long-2022-${pad(n)}`,
      `2022-${pad(month)}-${pad(n)}`,
      LONG_STORY.events2020 + n,
    );
  }
  writeFiles(dir, files);
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

/**
 * The problems the content check finds in a story after some files were written, as editors read
 * them.
 */
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
