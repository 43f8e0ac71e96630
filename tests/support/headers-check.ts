/**
 * Checks of the `_headers` file that static hosts (Netlify, Cloudflare Pages)
 * read: its syntax, the security headers every page gets, and no obsolete
 * header or directive, which browsers ignore or warn about in the console.
 */

/** The rules of a _headers file: each path pattern with its headers (names in lower case). */
export function parseHeaders(text: string): {
  rules: Map<string, Map<string, string>>;
  problems: string[];
} {
  const rules = new Map<string, Map<string, string>>();
  const problems: string[] = [];
  let current: Map<string, string> | undefined;
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/') && !/^https?:\/\//.test(line))
        problems.push(`line ${i + 1}: a path must start with "/": ${line}`);
      current = rules.get(line.trim()) ?? new Map<string, string>();
      rules.set(line.trim(), current);
      return;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    if (!header || !current)
      problems.push(`line ${i + 1}: not "Name: value" under a path: ${line}`);
    else current.set(header[1]!.toLowerCase(), header[2]!.trim());
  });
  return { rules, problems };
}

/** Headers that browsers no longer honour: sending them only adds bytes and console warnings. */
const OBSOLETE_HEADERS: Record<string, string> = {
  'expect-ct': 'Certificate Transparency is enforced without it',
  'public-key-pins': 'HPKP was removed from browsers',
  'public-key-pins-report-only': 'HPKP was removed from browsers',
  'feature-policy': 'replaced by Permissions-Policy',
  p3p: 'no browser reads it',
};
/** Permissions-Policy features that were dropped: Chrome logs "Unrecognized feature" for each. */
const OBSOLETE_FEATURES = new Set([
  'interest-cohort', // FLoC, replaced and removed in 2022
  'vr',
  'wake-lock',
  'speaker',
  'layout-animations',
  'legacy-image-formats',
  'oversized-images',
  'unoptimized-images',
  'unsized-media',
  'document-write',
  'lazyload',
  'vertical-scroll',
]);
const OBSOLETE_CSP = new Set([
  'block-all-mixed-content',
  'plugin-types',
  'referrer',
  'reflected-xss',
  'prefetch-src',
  'navigate-to',
  'disown-opener',
]);
const REFERRER_POLICIES = new Set([
  'no-referrer',
  'same-origin',
  'strict-origin',
  'strict-origin-when-cross-origin',
  'origin',
  'origin-when-cross-origin',
]);

/** What is wrong with the headers every page gets (the "/*" rule); [] when nothing is. */
export function headersProblems(text: string): string[] {
  const { rules, problems } = parseHeaders(text);
  const all = rules.get('/*');
  if (!all) return [...problems, 'no "/*" rule gives every page its headers'];
  const want = (name: string, test: (value: string) => boolean, why: string) => {
    const value = all.get(name);
    if (value === undefined) problems.push(`/*: ${name} is missing (${why})`);
    else if (!test(value)) problems.push(`/*: ${name}: ${value} (${why})`);
  };

  want('x-content-type-options', (v) => v === 'nosniff', 'must be nosniff');
  want(
    'referrer-policy',
    (v) => REFERRER_POLICIES.has(v),
    'must not send full addresses to other sites',
  );
  want(
    'strict-transport-security',
    (v) => Number(/max-age=(\d+)/.exec(v)?.[1] ?? 0) >= 31_536_000,
    'max-age of a year or more',
  );
  want('cross-origin-opener-policy', (v) => v === 'same-origin', 'must be same-origin');
  want(
    'content-security-policy',
    (v) => /frame-ancestors '(none|self)'/.test(v) && /object-src 'none'/.test(v),
    "frame-ancestors can only be sent as a header; object-src 'none'",
  );
  want('permissions-policy', () => true, 'turns off what the site never uses');

  for (const [pattern, headers] of rules)
    for (const [name, value] of headers) {
      const where = `${pattern}: ${name}`;
      if (name in OBSOLETE_HEADERS)
        problems.push(`${where} is obsolete: ${OBSOLETE_HEADERS[name]}`);
      if (name === 'x-xss-protection' && value !== '0')
        problems.push(
          `${where}: ${value} (obsolete; the auditor it drove is gone: send 0 or nothing)`,
        );
      if (name === 'x-frame-options' && !/^(DENY|SAMEORIGIN)$/i.test(value))
        problems.push(`${where}: ${value} (must be DENY or SAMEORIGIN)`);
      if (name === 'permissions-policy')
        for (const item of value.split(',').map((s) => s.trim())) {
          const feature = /^([a-z][a-z0-9-]*)=(\*|\(\s*((self|src|\*|"[^"]+")\s*)*\))$/.exec(item);
          if (!feature) problems.push(`${where}: "${item}" is not feature=(allowlist)`);
          else if (OBSOLETE_FEATURES.has(feature[1]!))
            problems.push(`${where}: the feature ${feature[1]} is obsolete`);
        }
      if (name === 'content-security-policy')
        for (const directive of value.split(';').map((d) => d.trim().split(/\s+/)[0]!))
          if (OBSOLETE_CSP.has(directive))
            problems.push(`${where}: the directive ${directive} is obsolete`);
    }
  return problems;
}
