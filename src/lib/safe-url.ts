/**
 * The one allow-list for every URL content can put on a page: Markdown links,
 * source URLs, the site's own address. Outside links are `https:` or
 * `http:` to a host written in one script; inside links are site-relative
 * paths or fragments; `mailto:` where a link may be an address. Anything
 * else (`javascript:`, `data:`, `vbscript:`, a scheme-less `//host`) is
 * refused. Each function returns why a URL is refused, or null.
 */
import { domainToUnicode } from 'node:url';

/** Scripts a host's letters may come from; a host mixing two of them can pose as another. */
const SCRIPTS: [name: string, letters: RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  // Japanese mixes these three by nature: they count as one.
  ['Japanese', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
];

/** The scripts the letters of a host name use, each label read as Unicode. */
export function hostScripts(hostname: string): string[] {
  const host = domainToUnicode(hostname) || hostname;
  return SCRIPTS.filter(([, letters]) => letters.test(host)).map(([name]) => name);
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Why an outside address may not be linked, or null when it may: https/http, one script. */
export function outsideUrlProblem(url: string): string | null {
  const parsed = parse(url.trim());
  if (!parsed) return 'must be a full address starting https://';
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return `must start https:// or http://, not ${parsed.protocol}`;
  }
  if (!parsed.hostname) return 'must name a host, e.g. https://www.example.org/';
  if (parsed.username || parsed.password) return 'must not hold a user name or password';
  const scripts = hostScripts(parsed.hostname);
  if (scripts.length > 1) {
    return (
      `has a host that mixes ${scripts.join(' and ')} letters (${parsed.hostname}), as ` +
      `look-alike addresses do: type the address again`
    );
  }
  return null;
}

/**
 * Why a link in Markdown may not be published, or null when it may: an
 * outside address, a path on this site ("/glossary/"), a fragment
 * ("#p4-s2") or an e-mail address.
 */
export function linkUrlProblem(url: string): string | null {
  const trimmed = url.trim();
  if (trimmed.startsWith('#')) return null;
  if (trimmed.startsWith('/') && !trimmed.startsWith('//') && !trimmed.startsWith('/\\')) {
    return null;
  }
  const parsed = parse(trimmed);
  if (parsed?.protocol === 'mailto:') return null;
  if (!parsed)
    return 'must be a full address (https://...), a path on this site (/...) or a fragment (#...)';
  return outsideUrlProblem(trimmed);
}

/** Why an image may not be shown, or null: only images on this site, so no request leaves it. */
export function imageUrlProblem(url: string): string | null {
  const trimmed = url.trim();
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return null;
  return (
    'is an image from outside the site: pages make no outside request, so copy the image ' +
    'into public/ and give its path'
  );
}

/**
 * Why an address cannot be the site's own, or null: absolute, https (http
 * only for this machine), no query or fragment.
 */
export function siteUrlProblem(url: string): string | null {
  const parsed = parse(url.trim());
  if (!parsed)
    return (
      'must be an absolute https URL, e.g. https://example.org/ or ' +
      'https://example.org/explainers/tariffs/'
    );
  const local = parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1';
  if (parsed.protocol !== 'https:' && !(local && parsed.protocol === 'http:')) {
    return `must be an absolute https URL, e.g. https://example.org/, not ${parsed.protocol}`;
  }
  if (parsed.search || parsed.hash) return 'must not hold a query (?...) or a fragment (#...)';
  return outsideUrlProblem(url);
}

/** The site's address with one trailing slash, so paths can be joined to it. */
export function normalizeSiteUrl(url: string): string {
  const parsed = new URL(url.trim());
  if (!parsed.pathname.endsWith('/')) parsed.pathname += '/';
  return parsed.href;
}
