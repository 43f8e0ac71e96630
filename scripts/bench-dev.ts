/**
 * npm run bench:dev: the editor's loop, measured. Starts `astro dev` on a
 * copy of the content, then edits an event's title, adds an event, and breaks
 * and mends a file, timing each until the page shows it. Figures, not a test:
 * this machine is noisy. Results go to bench-results/dev.json.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PORT = 4510;
const PAGE = `http://127.0.0.1:${PORT}/timeline/`;
const EDITS = 7;
// Inside the project: on this machine Vite's watcher hears nothing from a folder under /tmp.
mkdirSync('bench-results', { recursive: true });
const root = mkdtempSync(path.resolve('bench-results', 'dev-'));
const content = path.join(root, 'content');
cpSync('content', content, { recursive: true });

const server = spawn('npx', ['astro', 'dev', '--port', String(PORT), '--host', '127.0.0.1'], {
  env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
let log = '';
server.stdout.on('data', (chunk) => (log += String(chunk)));
server.stderr.on('data', (chunk) => (log += String(chunk)));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function page(url = PAGE): Promise<{ status: number; text: string }> {
  try {
    const response = await fetch(url);
    return { status: response.status, text: await response.text() };
  } catch {
    return { status: 0, text: '' };
  }
}
/**
 * The page of the timeline that holds an event, as its anchor map says: the timeline itself, or
 * the part the added event lands on once it makes too many for one page (the real timeline is at
 * its limit).
 */
async function pageOfEvent(id: string): Promise<{ status: number; text: string }> {
  const map = await page(new URL('anchors.json', PAGE).href);
  const href = map.status === 200 ? (JSON.parse(map.text) as Record<string, string>)[id] : null;
  return href ? page(new URL(href, PAGE).href) : { status: map.status, text: '' };
}
/** Seconds until the page passes the test, polling every 50 ms; fails after 60 s. */
async function until(
  test: (page: { status: number; text: string }) => boolean,
  read: () => Promise<{ status: number; text: string }> = page,
): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < 60_000) {
    if (test(await read())) return (performance.now() - started) / 1000;
    await sleep(50);
  }
  const last = await read();
  throw new Error(
    `the page did not change within 60 s (last: ${last.status})\n${log.slice(-1500)}`,
  );
}
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

try {
  const startup = await until((p) => p.status === 200);
  const event = path.join(content, 'events', 'raimondo-arrives-in-tokyo.yaml');
  const original = readFileSync(event, 'utf8');
  const edits: number[] = [];
  for (let i = 1; i <= EDITS; i += 1) {
    const title = `Bench edit ${i} of the title`;
    writeFileSync(event, original.replace(/^title: .*$/m, `title: ${title}`));
    edits.push(await until((p) => p.text.includes(title)));
  }
  const added = path.join(content, 'events', 'bench-added-event.yaml');
  writeFileSync(
    added,
    'id: bench-added-event\ndate: 2021-11-13\nera: the-trip\ntitle: An event added by the ' +
      'benchmark\nsummary: A new file, added while the server runs.\nevidence:\n  sources: ' +
      '[jiji-2021-11-13]\n',
  );
  const newFile = await until(
    (p) => p.text.includes('An event added by the benchmark'),
    () => pageOfEvent('bench-added-event'),
  );
  writeFileSync(added, 'id: bench-added-event\ndate: 2021-11-13\n');
  // The page answers 500; the browser's overlay gets the problems through the dev server's socket.
  const error = await until((p) => p.status === 500);
  // An editor takes a moment between saves; the watcher reports each save on its own.
  await sleep(500);
  rmSync(added);
  const mended = await until(
    (p) => p.status === 200 && !p.text.includes('An event added by the benchmark'),
  );
  const restarts = (log.match(/server restarted|restarting/gi) ?? []).length;
  const result = { startup, edits, editMedian: median(edits), newFile, error, mended, restarts };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/dev.json', `${JSON.stringify(result, null, 2)}\n`);
  const s = (n: number) => `${n.toFixed(2)} s`;
  console.log(`astro dev ready after ${s(startup)}
edit of an event's title shown after: median ${s(result.editMedian)} (${edits.map(s).join(', ')})
a new event file shown after ${s(newFile)}
a broken file shown as an error after ${s(error)}, the page back after ${s(mended)}
server restarts: ${restarts}`);
} finally {
  if (server.pid) process.kill(-server.pid);
  rmSync(root, { recursive: true, force: true });
}
