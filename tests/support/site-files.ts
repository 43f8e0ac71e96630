/**
 * What an address on the site names in its build: the built file, and whether
 * its #fragment is an id there. The validators use it to check that the feed
 * and the structured data point at pages and anchors that exist.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The built file an absolute address on the site names, or undefined if it is not on the site. */
export function fileOfUrl(dist: string, baseUrl: string, url: string): string | undefined {
  if (!url.startsWith(baseUrl)) return undefined;
  const rest = decodeURIComponent(new URL(url).pathname).slice(new URL(baseUrl).pathname.length);
  const file = path.join(dist, rest);
  return rest === '' || rest.endsWith('/') ? path.join(file, 'index.html') : file;
}

const htmlCache = new Map<string, string>();
const htmlOf = (file: string) => {
  let html = htmlCache.get(file);
  if (html === undefined) htmlCache.set(file, (html = readFileSync(file, 'utf8')));
  return html;
};

/** Whether an HTML file has an element with this id. */
export const hasId = (file: string, id: string) =>
  new RegExp(`\\sid=(["']?)${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1[\\s>/]`).test(
    htmlOf(file),
  );

/**
 * What is wrong with an address that should name a page of the site (and, with
 * a #fragment, an element on it); null when nothing is.
 */
export function siteUrlProblem(
  dist: string,
  baseUrl: string,
  url: string,
  { fragmentIsId = true } = {},
): string | null {
  const file = fileOfUrl(dist, baseUrl, url);
  if (!file) return `${url} is not an address on the site (${baseUrl})`;
  if (!existsSync(file) || !statSync(file).isFile()) return `${url} names no built file`;
  const fragment = decodeURIComponent(new URL(url).hash.slice(1));
  if (fragment && fragmentIsId && file.endsWith('.html') && !hasId(file, fragment))
    return `${url}: no element has the id "${fragment}"`;
  return null;
}
