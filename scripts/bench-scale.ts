/**
 * npm run bench:scale: builds synthetic content sets of 10, 100 and 1,000
 * articles (with events and glossary terms in proportion, on top of the real
 * content) and reports the build time and the time per article, to show that
 * the build grows no worse than linearly: each set built with every Open Graph
 * card drawn, then again with the cards cached. Each set lives in a temporary
 * folder (content, output, caches). Figures, not pass/fail.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { builtRoutes, pageWeight } from '../src/lib/built-pages.ts';

const SIZES = (process.env.BENCH_SIZES ?? '10,100,1000').split(',').map(Number);
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number) => String(n).padStart(4, '0');

/**
 * The days of the real events: a synthetic event never shares one, as their order would be unknown.
 */
const REAL_DAYS = new Set(
  readdirSync('content/events').map(
    (file) => /^date: (\S+)/m.exec(readFileSync(`content/events/${file}`, 'utf8'))?.[1],
  ),
);

/** A day in 2020-2023 for article n, as YYYY-MM-DD, and its weekday. */
function dayOf(n: number): { iso: string; weekday: string } {
  const date = new Date(Date.UTC(2020, 0, 1 + ((n * 7) % 1400)));
  while (REAL_DAYS.has(date.toISOString().slice(0, 10))) date.setUTCDate(date.getUTCDate() + 1);
  return { iso: date.toISOString().slice(0, 10), weekday: WEEKDAYS[date.getUTCDay()]! };
}

/**
 * First names for the synthetic ministers, so the glossary spreads over the alphabet as real ones
 * do.
 */
const NAMES = (
  'Abel Bran Cora Dag Elin Fenn Gale Hana Ivo Jun Kiri Lior Mara Nils Oda Pim Quin Rhea Sami ' +
  'Tova Ugo Vera Wim Xan Yara Zeno'
).split(' ');
const minister = (n: number) => `${NAMES[n % NAMES.length]} minister ${n}`;

function article(n: number): string {
  const { iso, weekday } = dayOf(n);
  const paragraphs = Array.from({ length: 8 }, (_, p) =>
    [
      `Delegation ${n} met trade officials on ${weekday} to discuss the steel question number ` +
        `${p + 1}.`,
      `${minister(n)} said the tariff on item ${p + 1} must be lifted, according to a statement.`,
      `Officials of Section 232 desk ${n} will travel next week, government officials said.`,
    ].join(' '),
  );
  return (
    `---\nid: synthetic-${pad(n)}\ntitle: Synthetic article ${n}\ndek: A generated article ` +
    `for the scale benchmark.\npublished: ${iso}\ndateline: Tokyo\ncredit: Agencies\nlanguage: ` +
    `en\n---\n\n${paragraphs.join('\n\n')}\n`
  );
}

/** The era of the real content a synthetic day falls in. */
const eraOf = (iso: string) =>
  iso < '2021-10-01' ? 'background' : iso < '2022-01-01' ? 'the-trip' : 'what-happened-next';

function event(n: number, k: number): string {
  const { iso, weekday } = dayOf(n);
  // The second event's quote gives no date: a source gives it.
  const evidence =
    k === 0
      ? `  quote: "Delegation ${n} met trade officials on ${weekday}"\n  article: ` +
        `synthetic-${pad(n)}\n`
      : `  quote: "${minister(n)} said the tariff on item 1 must be lifted"\n  article: ` +
        `synthetic-${pad(n)}\n  sources: [crs-r45249]\n`;
  return (
    `id: synthetic-event-${pad(n)}-${k}\ndate: ${iso}\ndayOrder: ${100 + n * 2 + k}\nera: ` +
    `${eraOf(iso)}\ntitle: Synthetic event ${n}.${k}\nsummary: A generated event.\ninvolved:\n  ` +
    `- synthetic-term-${pad(n)}\nevidence:\n${evidence}`
  );
}

function term(n: number): string {
  return (
    `id: synthetic-term-${pad(n)}\nterm: ${minister(n)}\naliases:\n  - Delegation ` +
    `${n}\nkind: person\nshort: A generated person.\ndefinition: A person made up for the ` +
    `benchmark.\nevidence:\n  quote: "${minister(n)} said"\n  article: synthetic-${pad(n)}\n`
  );
}

function makeContent(size: number, root: string): string {
  const dir = path.join(root, 'content');
  cpSync('content', dir, { recursive: true });
  for (let n = 1; n <= size; n += 1) {
    writeFileSync(path.join(dir, 'articles', `synthetic-${pad(n)}.md`), article(n));
    for (const k of [0, 1])
      writeFileSync(path.join(dir, 'events', `synthetic-event-${pad(n)}-${k}.yaml`), event(n, k));
    writeFileSync(path.join(dir, 'glossary', `synthetic-term-${pad(n)}.yaml`), term(n));
  }
  return dir;
}

/** The kind of page a route is, to report the heaviest of each kind. */
const kindOf = (route: string) =>
  route === '/'
    ? '/'
    : route
        .replace(/^\/(articles|timeline|glossary)\/[^/]+\/$/, '/$1/<page>/')
        .replace(/^\/og\/.*/, '');

interface Row {
  articles: number;
  pages: number;
  /** The build with every card drawn. */
  seconds: number;
  /** The same build again, every card in the cache. */
  cachedSeconds: number;
  /** The heaviest first round trip (HTML and blocking CSS, gzip) of each kind of page. */
  heaviest: Record<string, number>;
}
const rows: Row[] = [];
for (const size of SIZES) {
  const root = mkdtempSync(path.join(tmpdir(), `scale-${size}-`));
  const contentDir = makeContent(size, root);
  const outDir = path.join(root, 'dist');
  // Twice: with an empty card cache, every card drawn; then again, every card taken from the cache,
  // as when an editor rebuilds after changing one article.
  const build = (label: string) => {
    const started = process.hrtime.bigint();
    const result = spawnSync('npx', ['astro', 'build'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_DIR: contentDir,
        OUT_DIR: outDir,
        ASTRO_CACHE_DIR: path.join(root, 'cache'),
        OG_CACHE_DIR: path.join(root, 'og-cards'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      maxBuffer: 256 * 1024 * 1024,
    });
    if (result.status !== 0) {
      console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
      throw new Error(`the build of ${size} articles failed`);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(`built ${size + 1} articles in ${seconds.toFixed(1)} s (${label})`);
    return seconds;
  };
  const seconds = build('every card drawn');
  const cachedSeconds = build('cards cached');
  const articles = size + 1;
  const routes = builtRoutes(outDir);
  const heaviest: Record<string, number> = {};
  for (const route of routes) {
    const kind = kindOf(route);
    heaviest[kind] = Math.max(heaviest[kind] ?? 0, pageWeight(outDir, route).firstRoundTrip);
  }
  rows.push({ articles, pages: routes.length, seconds, cachedSeconds, heaviest });
  rmSync(root, { recursive: true, force: true });
}

mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/scale.json',
  `${JSON.stringify({ measuredAt: new Date().toISOString(), rows }, null, 2)}\n`,
);
const perArticle = (seconds: number, articles: number) =>
  `${((seconds * 1000) / articles).toFixed(0)} ms`;
console.log(
  '\n| articles | pages | build, every card drawn | per article | build, cards cached ' +
    '| per article |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows)
  console.log(
    `| ${row.articles} | ${row.pages} | ${row.seconds.toFixed(1)} s | ` +
      `${perArticle(row.seconds, row.articles)} | ${row.cachedSeconds.toFixed(1)} s | ` +
      `${perArticle(row.cachedSeconds, row.articles)} |`,
  );
const kinds = [...new Set(rows.flatMap((row) => Object.keys(row.heaviest)))].sort();
console.log(
  `\n| page (heaviest of its kind) | ` +
    `${rows.map((row) => `${row.articles} articles`).join(' | ')} |`,
);
console.log(`| --- | ${rows.map(() => '---:').join(' | ')} |`);
for (const kind of kinds) {
  const cells = rows.map((row) =>
    row.heaviest[kind] ? `${(row.heaviest[kind] / 1024).toFixed(1)} KB` : '',
  );
  console.log(`| ${kind} | ${cells.join(' | ')} |`);
}
// Linear growth keeps the cost of each added article flat from one step to the next.
for (let i = 1; i < rows.length; i += 1) {
  const [a, b] = [rows[i - 1]!, rows[i]!];
  const added = (key: 'seconds' | 'cachedSeconds') =>
    `${(((b[key] - a[key]) * 1000) / (b.articles - a.articles)).toFixed(0)} ms`;
  console.log(
    `${a.articles} → ${b.articles} articles: ${added('seconds')} for each added article with its ` +
      `card drawn, ${added('cachedSeconds')} with its card cached`,
  );
}
