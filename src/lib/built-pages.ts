/**
 * The pages of a built site, as files and as the paths readers open
 * ("/", "/timeline/", "/404.html"). Used after the build, by the policy
 * step, the browser tests and the benchmarks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every HTML file below a folder, as absolute paths, sorted. */
export function htmlFilesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.resolve(dir, entry.name);
      if (entry.isDirectory()) return htmlFilesIn(full);
      return entry.name.endsWith('.html') ? [full] : [];
    })
    .sort();
}

/** The path a reader opens for a built file: ".../timeline/index.html" → "/timeline/". */
export function routeOf(dist: string, file: string): string {
  const route = `/${path.relative(dist, file).split(path.sep).join('/')}`;
  return route.endsWith('/index.html') ? route.slice(0, -'index.html'.length) : route;
}

/** The built file of a path: "/timeline/" → ".../timeline/index.html". */
export function fileOfRoute(dist: string, route: string): string {
  return path.join(dist, route.endsWith('/') ? `${route}index.html` : route);
}

/** Every page of a built site, as the paths readers open, sorted. */
export function builtRoutes(dist: string): string[] {
  return htmlFilesIn(dist)
    .map((file) => routeOf(dist, file))
    .sort();
}

const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * What a page makes the browser fetch before it can render, and what it
 * runs, in gzip bytes: its HTML, the stylesheets it links (the site inlines
 * its CSS, so there are none), and its scripts.
 */
export function pageWeight(dist: string, route: string) {
  const file = fileOfRoute(dist, route);
  const html = readFileSync(file, 'utf8');
  const local = (href: string) => path.join(dist, href.replace(/^https?:\/\/[^/]+/, ''));
  const blockingCss = [
    ...html.matchAll(/<link[^>]+rel="stylesheet"(?![^>]*media="print")[^>]*href="([^"]+)"/g),
  ];
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)];
  const htmlGzip = gzipBytes(file);
  const blockingCssGzip = blockingCss.reduce((sum, m) => sum + gzipBytes(local(m[1] ?? '')), 0);
  return {
    htmlGzip,
    blockingCssGzip,
    firstRoundTrip: htmlGzip + blockingCssGzip,
    jsGzip: scripts.reduce((sum, m) => sum + gzipBytes(local(m[1] ?? '')), 0),
  };
}
