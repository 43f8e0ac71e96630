/**
 * npm run bench: measures each built page against the budgets of design.md
 * and prints a table (also written to bench-results/bench.json):
 *   - first round trip: the HTML plus render-blocking CSS, gzip (budget 14 KB)
 *   - JavaScript, gzip (budget 2 KB; none where nothing is interactive)
 *   - requests made while loading, and all bytes loaded; any request off the site
 *   - elements in the page, and the main thread's style and layout time (trace): as the clock
 *     runs, the thread's own CPU time (which a loaded machine disturbs less), and how much of
 *     the clock time goes to setting up fonts; then the same with the page opened a second time
 *     in its tab, whose renderer has set up its fonts (their part should be about 0): the work
 *     of its elements and style alone
 *   - Lighthouse (mobile) scores in its four categories (budget 100 each)
 * Figures, not pass/fail: this machine is noisy. Run `npm run build` first.
 * BENCH_BEFORE=other/dist traces another build's pages in turn with these; BENCH_ROUTES and
 * BENCH_TRACE_RUNS pick pages and the number of traces.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { builtRoutes, pageWeight } from '../src/lib/built-pages.ts';

const DIST = path.resolve(process.env.OUT_DIR ?? 'dist');
// Another build to compare with (BENCH_BEFORE=path/to/its/dist): its style and layout are traced
// in turn with this one's, page by page, so that both meet the same load.
const BEFORE = process.env.BENCH_BEFORE ? path.resolve(process.env.BENCH_BEFORE) : undefined;
const PORT = 4329;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const BEFORE_ORIGIN = `http://127.0.0.1:${PORT + 1}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function serve(dist: string, origin: string) {
  const port = new URL(origin).port;
  const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', port], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: dist },
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`${origin}/`)).ok) return server;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error('the preview server did not start');
}

/** The pages to measure, if not all (BENCH_ROUTES=/,/glossary/). */
const ONLY = process.env.BENCH_ROUTES?.split(',');

/** Runs of the trace per page: the median is reported (BENCH_TRACE_RUNS for more). */
const TRACE_RUNS = Number(process.env.BENCH_TRACE_RUNS ?? 5);
if (!Number.isInteger(TRACE_RUNS) || TRACE_RUNS < 1)
  throw new Error(
    `BENCH_TRACE_RUNS must be a whole number of runs, not "${process.env.BENCH_TRACE_RUNS}"`,
  );

interface Timing {
  wall: number;
  cpu: number;
  /** Of the clock time, setting up fonts: a face and size shown for the first time. */
  fonts: number;
}

/** A span of a trace, in microseconds. */
type TraceEvent = {
  name: string;
  ph: string;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
};

/** Microseconds that events cover, counting once what several cover (a call within a call). */
function covered(events: TraceEvent[]): number {
  let total = 0;
  let reached = -Infinity;
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    const end = e.ts + (e.dur ?? 0);
    if (end > reached) total += end - Math.max(e.ts, reached);
    reached = Math.max(reached, end);
  }
  return total;
}

/**
 * Milliseconds the browser's main thread spends on style and layout while a
 * page loads (UpdateLayoutTree and Layout in a Chromium performance trace):
 * by the clock (what a reader waits, font set-up in the browser process
 * included), the thread's own CPU time, and the part of the clock time that
 * goes to fonts. `again`: the second time the tab opens the page.
 */
async function styleAndLayout(browser: Browser, url: string, again = false): Promise<Timing> {
  const page = await browser.newPage();
  // Opened before in the same tab, the page finds its renderer's fonts set up.
  if (again) await page.goto(url, { waitUntil: 'load' });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'fonts'] });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))),
  );
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  await page.close();
  const events = trace.traceEvents.filter(
    (e) => e.ph === 'X' && (e.name === 'UpdateLayoutTree' || e.name === 'Layout'),
  );
  const within = (e: TraceEvent) =>
    events.some((l) => l.tid === e.tid && e.ts >= l.ts && e.ts < l.ts + (l.dur ?? 0));
  const fonts = trace.traceEvents.filter(
    (e) => e.ph === 'X' && e.name === 'FontCache::GetFontPlatformData' && within(e),
  );
  return {
    wall: events.reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0),
    cpu: events.reduce((sum, e) => sum + (e.tdur ?? 0) / 1000, 0),
    fonts: covered(fonts) / 1000,
  };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const medians = (timings: Timing[]): Timing => ({
  wall: median(timings.map((t) => t.wall)),
  cpu: median(timings.map((t) => t.cpu)),
  fonts: median(timings.map((t) => t.fonts)),
});

async function main() {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run npm run build first`);
  const server = await serve(DIST, ORIGIN);
  if (BEFORE && !existsSync(BEFORE)) throw new Error(`${BEFORE} is missing`);
  const beforeServer = BEFORE ? await serve(BEFORE, BEFORE_ORIGIN) : undefined;
  const beforeRoutes = new Set(BEFORE ? builtRoutes(BEFORE) : []);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS.slice(1) });
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  const rows = [];
  try {
    // The first page a fresh browser opens pays for its start-up: warm it before measuring.
    await styleAndLayout(browser, `${ORIGIN}/`);
    for (const route of builtRoutes(DIST).filter((r) => !ONLY || ONLY.includes(r))) {
      const page = await browser.newPage();
      const requests: { url: string; bytes: number }[] = [];
      page.on('response', async (response) => {
        requests.push({
          url: response.url(),
          bytes: (await response.body().catch(() => Buffer.alloc(0))).length,
        });
      });
      await page.goto(`${ORIGIN}${route}`, { waitUntil: 'networkidle' });
      // What style and layout work through: the same build always has the same count.
      const elements = await page.evaluate(() => document.querySelectorAll('*').length);
      await page.close();
      const result = await lighthouse(`${ORIGIN}${route}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const categories = result!.lhr.categories;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      // What cost a point: the scored audits that did not pass.
      const failing = Object.values(categories).flatMap((category) =>
        category.auditRefs
          .filter((ref) => ref.weight > 0)
          .map((ref) => result!.lhr.audits[ref.id])
          .filter((audit) => audit && audit.score !== null && audit.score < 1)
          .map((audit) => audit!.id),
      );
      const figures = pageWeight(DIST, route);
      const traces: Timing[] = [];
      const beforeTraces: Timing[] = [];
      const againTraces: Timing[] = [];
      const beforeAgainTraces: Timing[] = [];
      for (let run = 0; run < TRACE_RUNS; run += 1) {
        const traceBefore = async () => {
          if (!beforeRoutes.has(route)) return;
          beforeTraces.push(await styleAndLayout(browser, `${BEFORE_ORIGIN}${route}`));
          beforeAgainTraces.push(await styleAndLayout(browser, `${BEFORE_ORIGIN}${route}`, true));
        };
        // Each build goes first in turn: a page traced just after another can be slower.
        if (run % 2 === 0) await traceBefore();
        traces.push(await styleAndLayout(browser, `${ORIGIN}${route}`));
        againTraces.push(await styleAndLayout(browser, `${ORIGIN}${route}`, true));
        if (run % 2 === 1) await traceBefore();
      }
      rows.push({
        route,
        firstRoundTripGzip: figures.htmlGzip + figures.blockingCssGzip,
        jsGzip: figures.jsGzip,
        requests: requests.length,
        totalBytes: requests.reduce((sum, r) => sum + r.bytes, 0),
        outsideRequests: requests.filter((r) => !r.url.startsWith(ORIGIN)).map((r) => r.url),
        elements,
        styleAndLayoutMs: medians(traces),
        ...(beforeTraces.length > 0 && { styleAndLayoutBeforeMs: medians(beforeTraces) }),
        styleAndLayoutAgainMs: medians(againTraces),
        ...(beforeAgainTraces.length > 0 && {
          styleAndLayoutAgainBeforeMs: medians(beforeAgainTraces),
        }),
        totalBlockingTimeMs: Math.round(
          result!.lhr.audits['total-blocking-time']?.numericValue ?? 0,
        ),
        lighthouse: {
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          failing,
        },
      });
    }
  } finally {
    await browser.close();
    chrome.kill();
    process.kill(-server.pid!);
    if (beforeServer) process.kill(-beforeServer.pid!);
  }

  mkdirSync('bench-results', { recursive: true });
  const measured = { measuredAt: new Date().toISOString(), node: process.version, rows };
  writeFileSync('bench-results/bench.json', `${JSON.stringify(measured, null, 2)}\n`);
  console.log(
    `| page | first round trip (HTML + blocking CSS, gzip) | JS (gzip) | requests | total bytes ` +
      `| outside requests | elements ` +
      `| style and layout: clock (CPU; fonts) (trace, median of ${TRACE_RUNS}` +
      `${BEFORE ? ', before → now' : ''}) ` +
      `| the same, opened again in its tab ` +
      `| Lighthouse TBT ` +
      `| Lighthouse perf / a11y / best practices / SEO |`,
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const row of rows) {
    const lh = row.lighthouse;
    const failing = lh.failing.length ? ` (${lh.failing.join(', ')})` : '';
    const timing = (t: Timing) =>
      `${t.wall.toFixed(1)} (${t.cpu.toFixed(1)}; ${t.fonts.toFixed(1)})`;
    const before = row.styleAndLayoutBeforeMs && timing(row.styleAndLayoutBeforeMs);
    const againBefore = row.styleAndLayoutAgainBeforeMs && timing(row.styleAndLayoutAgainBeforeMs);
    console.log(
      `| ${row.route} | ${kb(row.firstRoundTripGzip)} KB | ` +
        `${row.jsGzip ? `${kb(row.jsGzip)} KB` : '0'} | ${row.requests} | ${kb(row.totalBytes)} ` +
        `KB | ${row.outsideRequests.length} | ${row.elements} | ` +
        `${before === undefined ? '' : `${before} → `}${timing(row.styleAndLayoutMs)} ms | ` +
        `${againBefore === undefined ? '' : `${againBefore} → `}` +
        `${timing(row.styleAndLayoutAgainMs)} ms | ` +
        `${row.totalBlockingTimeMs} ms | ${lh.performance} / ${lh.accessibility} / ` +
        `${lh.bestPractices} / ${lh.seo}${failing} |`,
    );
  }
  const over = rows.filter(
    (r) => r.firstRoundTripGzip > 14 * 1024 || r.jsGzip > 2 * 1024 || r.outsideRequests.length > 0,
  );
  console.log(
    over.length
      ? `\nOver budget: ${over.map((r) => r.route).join(', ')}`
      : '\nEvery page is within the byte and request budgets.',
  );
}

await main();
