/**
 * The pages of a built site, as files and as the paths readers open
 * ("/", "/timeline/", "/404.html"). Used after the build, by the policy
 * step, the browser tests and the benchmarks.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

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
