/**
 * The Content-Security-Policy of a built page: scripts only from the site's
 * own files (no inline script, no event handlers); stylesheets from its own
 * files, and inline styles only where their hash is listed. Computed from the
 * page itself after the build.
 */
import { createHash } from 'node:crypto';

const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

const hash = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy for one page, from the inline styles it holds. */
export function contentSecurityPolicy(html: string): string {
  const styleHashes = [...new Set([...html.matchAll(INLINE_STYLE)].map((m) => hash(m[1]!)))];
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src ${["'self'", ...styleHashes].join(' ')}`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** The page with its policy early in <head>, after the character set. */
export function withContentSecurityPolicy(html: string): string {
  const meta =
    `<meta http-equiv="Content-Security-Policy" ` + `content="${contentSecurityPolicy(html)}">`;
  const charset = /<meta charset="[^"]*">/i.exec(html);
  return charset
    ? html.replace(charset[0], `${charset[0]}${meta}`)
    : html.replace(/<head>/i, `<head>${meta}`);
}
