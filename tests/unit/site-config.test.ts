/** The build's settings from its environment: where it may write, and its address. */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteConfig } from '../../src/integrations/site-config.ts';
import { copyStory } from '../support/fixtures.ts';

/** A project folder with a story's content in content/. */
function project() {
  const content = copyStory('one');
  return { root: path.dirname(content), content };
}

describe('OUT_DIR', () => {
  test.each([
    ['the content folder', 'content'],
    ['a folder inside it', 'content/events'],
    ['the source', 'src'],
    ['the project itself', '.'],
    ['a folder that holds the project', '..'],
  ])('is refused when it is %s, and Astro is never told it', (_what, outDir) => {
    const { root } = project();
    const config = siteConfig({ OUT_DIR: outDir }, root);
    expect(config.problems).toHaveLength(1);
    expect(config.problems[0]).toMatch(
      /^OUT_DIR ".*" is(?: the project folder or holds it|, holds or lies inside)/,
    );
    expect(config.outDir).toBe(path.join(root, 'dist'));
  });

  test('inside the project it is built in place; outside, through the staging folder', () => {
    const { root } = project();
    expect(siteConfig({ OUT_DIR: 'public-site' }, root)).toMatchObject({
      outDir: path.join(root, 'public-site'),
      buildDir: path.join(root, 'public-site'),
      problems: [],
    });
    const outside = path.join(path.dirname(root), 'elsewhere');
    expect(siteConfig({ OUT_DIR: outside }, root)).toMatchObject({
      outDir: outside,
      buildDir: path.join(root, '.staging', 'site'),
    });
  });
});

describe('SITE_URL', () => {
  test('keeps its path, which becomes the base of every link', () => {
    const { root } = project();
    expect(siteConfig({ SITE_URL: 'https://host.example/explainers/tariffs' }, root)).toMatchObject(
      {
        site: 'https://host.example/explainers/tariffs/',
        base: '/explainers/tariffs/',
        problems: [],
      },
    );
  });

  test.each([
    [
      'without a scheme',
      'host.example/x',
      'SITE_URL "host.example/x" must be an absolute https URL, e.g. https://example.org/ or ' +
        'https://example.org/explainers/tariffs/',
    ],
    [
      'with javascript:',
      'javascript:alert(1)',
      'SITE_URL "javascript:alert(1)" must be an absolute https URL, e.g. https://example.org/, ' +
        'not javascript:',
    ],
  ])('is named when it is %s', (_kind, url, message) => {
    const { root } = project();
    expect(siteConfig({ SITE_URL: url }, root).problems).toEqual([message]);
  });

  test('left out, the address is site.yaml’s baseUrl', () => {
    const { root } = project();
    expect(siteConfig({}, root)).toMatchObject({
      site: 'https://test-story.example.org/',
      base: '/',
    });
  });
});
