/**
 * The real `astro build`, on copies of the fixture stories: it stops on bad
 * content or settings before touching anything, publishes only the site, keeps
 * a deployment path in every address, and reads each content file once.
 * The builds run one after another (they share the project's .astro/ folder).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtRoutes, fileOfRoute } from '../../src/lib/built-pages.ts';
import { astroBuild, copyStory, writeFiles } from '../support/fixtures.ts';

const BUILD = { timeout: 180_000 };

/** Every file under a folder, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('content with problems', () => {
  test(
    'stops the build with every problem at once, without a stack trace, and builds nothing',
    BUILD,
    () => {
      const content = copyStory('one');
      writeFiles(content, {
        'events/talks-open.yaml': readFileSync(
          path.join(content, 'events/talks-open.yaml'),
          'utf8',
        ).replace('date: 2023-03-06', 'date: 2023-03-07'),
        'glossary/ruritania.yaml': 'id: ruritania\nterm: [unclosed\n',
        'measures/x.yaml': 'id: x\n',
      });
      const outDir = path.join(path.dirname(content), 'dist');
      const build = astroBuild({ CONTENT_DIR: content, OUT_DIR: outDir });
      expect(build.status).not.toBe(0);
      expect(build.output).toContain(`${content} has 8 problems:`);
      expect(build.output).toContain(
        'events/talks-open.yaml: date 2023-03-07 disagrees with the quote: "on Monday" ' +
          '(read as past because of "agreed")',
      );
      expect(build.output).toMatch(/glossary\/ruritania\.yaml:\d+: is not valid YAML/);
      expect(build.output).toMatch(/measures\/x\.yaml: title is missing/);
      expect(build.output).toContain('Fix each file and field named above; nothing was built.');
      expect(build.output).not.toMatch(/^\s+at /m);
      expect(existsSync(outDir)).toBe(false);
    },
  );

  test(
    'content with no article fails with a clear message and leaves no output folder',
    BUILD,
    () => {
      const content = copyStory('one');
      writeFiles(content, { 'articles/widget-talks-open.md': null });
      const outDir = path.join(path.dirname(content), 'dist');
      const build = astroBuild({ CONTENT_DIR: content, OUT_DIR: outDir });
      expect(build.status).not.toBe(0);
      expect(build.output).toContain(
        'articles: holds no article: the site tells a story from at least one article (a .md file)',
      );
      expect(existsSync(outDir)).toBe(false);
    },
  );
});

describe('OUT_DIR', () => {
  test(
    'pointing at the content folder stops the build, and every content file is still there',
    BUILD,
    () => {
      const content = copyStory('one');
      const before = filesUnder(content);
      const build = astroBuild({ CONTENT_DIR: content, OUT_DIR: content });
      expect(build.status).not.toBe(0);
      expect(build.output).toContain(`OUT_DIR "${content}" is, holds or lies inside`);
      expect(filesUnder(content)).toEqual(before);
    },
  );

  test(
    'outside the project, with SITE_URL under a path: only the site is published, every address ' +
      'keeps the path, and each content file is read once',
    BUILD,
    () => {
      const content = copyStory('one');
      writeFiles(content, {
        'eras/before.yaml':
          'id: before\ntitle: Testville & "Sampleton", 2021–2022\norder: 1\nsummary: A test era.\n',
      });
      const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'published-')), 'site');
      const log = path.join(path.dirname(outDir), 'reads.log');
      writeFileSync(log, '');
      const build = astroBuild({
        CONTENT_DIR: content,
        OUT_DIR: outDir,
        SITE_URL: 'https://host.example/explainers/test/',
        NODE_OPTIONS: `--import ${path.resolve('tests/support/count-reads.mjs')}`,
        COUNT_READS_IN: content,
        COUNT_READS_LOG: log,
      });
      expect(build.status, build.output).toBe(0);

      // Only the site: no build internals (collection schemas, content modules).
      const files = filesUnder(outDir);
      // The lists' anchors, and the calculator's measures on /tariffs/, are the site's JSON.
      const siteJson = /\/(anchors|measures)\.json$/;
      const siteFile = /\.(html|png|js|xml|txt|svg)$|^_headers$|^_astro\/[\w.-]+\.css$/;
      expect(files.filter((file) => !siteFile.test(file) && !siteJson.test(file))).toEqual([]);
      expect(
        files.some((file) => file.startsWith('collections/') || file.startsWith('content-')),
      ).toBe(false);

      // The path in canonical, Open Graph, links, sitemap, robots and feed.
      const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
      expect(home).toContain('<link rel="canonical" href="https://host.example/explainers/test/">');
      expect(home).toContain(
        '<meta property="og:image" content="https://host.example/explainers/test/og/index.png">',
      );
      const hrefs = [...home.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? '');
      expect(
        hrefs.filter((href) => href.startsWith('/') && !href.startsWith('/explainers/test/')),
      ).toEqual([]);
      expect(readFileSync(path.join(outDir, 'robots.txt'), 'utf8')).toContain(
        'Sitemap: https://host.example/explainers/test/sitemap-index.xml',
      );
      expect(readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8')).toContain(
        '<loc>https://host.example/explainers/test/timeline/</loc>',
      );
      expect(readFileSync(path.join(outDir, 'rss.xml'), 'utf8')).toContain(
        '<link>https://host.example/explainers/test/articles/widget-talks-open/</link>',
      );

      // An era title with & and quotes is named as written, escaped once.
      const timeline = readFileSync(path.join(outDir, 'timeline', 'index.html'), 'utf8');
      const label = /aria-label="(Link to Testville[^"]*)"/.exec(timeline)?.[1] ?? '';
      expect(
        label.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code))),
      ).toBe('Link to Testville & "Sampleton", 2021–2022');

      const reads = readFileSync(log, 'utf8').trim().split('\n');
      const counts = new Map<string, number>();
      for (const file of reads) counts.set(file, (counts.get(file) ?? 0) + 1);
      expect(counts.size).toBe(filesUnder(content).length);
      expect([...counts].filter(([, n]) => n !== 1)).toEqual([]);
    },
  );
});

describe('what content can put in a built site', () => {
  const sites = [
    'dist',
    ...['one', 'two', 'five'].map((story) => `.test-sites/${story}/dist`),
  ].filter(existsSync);

  test.each(sites)(
    '%s holds no harmful URL, outside image, control character or stray build file',
    (dist) => {
      for (const route of builtRoutes(dist)) {
        const html = readFileSync(fileOfRoute(dist, route), 'utf8');
        const urls = [...html.matchAll(/\s(?:href|src|action|formaction|poster)="([^"]*)"/gi)].map(
          (m) => m[1] ?? '',
        );
        expect(
          urls.filter((url) => /^\s*(?:javascript|vbscript|data):/i.test(url)),
          route,
        ).toEqual([]);
        const images = [...html.matchAll(/<img\b[^>]*\ssrc="([^"]*)"/gi)].map((m) => m[1] ?? '');
        expect(
          images.filter((src) => /^(?:[a-z]+:)?\/\//i.test(src)),
          route,
        ).toEqual([]);
        // eslint-disable-next-line no-control-regex -- finding them is the point
        expect(html.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/), route).toBeNull();
      }
      expect(
        filesUnder(dist).filter(
          (file) => file.startsWith('collections/') || /^content-.*\.mjs$/.test(file),
        ),
      ).toEqual([]);
    },
  );
});
