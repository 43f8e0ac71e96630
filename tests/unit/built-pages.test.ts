/** The pages of a built site as the paths readers open, and back. */
import { describe, expect, test } from 'vitest';
import { fileOfRoute, routeOf } from '../../src/lib/built-pages.ts';

describe('routeOf and fileOfRoute', () => {
  test('turn built files into the paths readers open, and back', () => {
    expect(routeOf('/site/dist', '/site/dist/index.html')).toBe('/');
    expect(routeOf('/site/dist', '/site/dist/timeline/index.html')).toBe('/timeline/');
    expect(routeOf('/site/dist', '/site/dist/404.html')).toBe('/404.html');
    expect(fileOfRoute('/site/dist', '/timeline/')).toBe('/site/dist/timeline/index.html');
    expect(fileOfRoute('/site/dist', '/404.html')).toBe('/site/dist/404.html');
  });
});
