import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, withContentSecurityPolicy } from '../../src/lib/csp.ts';

describe('contentSecurityPolicy', () => {
  test('allows scripts and stylesheets from the site only, inline styles by their hash', () => {
    const css = 'body{color:red}';
    const policy = contentSecurityPolicy(
      `<html><head><style>${css}</style><style>${css}</style></head></html>`,
    );
    const sha = createHash('sha256').update(css).digest('base64');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain(`style-src 'self' 'sha256-${sha}'`);
    expect(policy.match(/sha256-/g)).toHaveLength(1);
    expect(policy).not.toContain('unsafe-inline');
  });

  test('puts the policy early in <head>, after the character set', () => {
    const bare = withContentSecurityPolicy('<html><head><title>t</title></head></html>');
    expect(bare).toMatch(
      /^<html><head><meta http-equiv="Content-Security-Policy" content="[^"]+"><title>/,
    );
    expect(bare).toContain(`content="default-src 'none'; `);
    const withCharset = withContentSecurityPolicy(
      '<html><head><meta charset="utf-8"><title>t</title></head></html>',
    );
    expect(withCharset).toMatch(
      /^<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" [^>]+><title>/,
    );
  });
});
