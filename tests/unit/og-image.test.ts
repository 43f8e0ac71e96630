import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { OG_HEIGHT, OG_WIDTH, ogCardSvg, wrapText } from '../../src/lib/og-image.ts';
import { ogImagePath, textFragmentUrl } from '../../src/lib/urls.ts';
import { cssString, excerpt } from '../../src/lib/text.ts';

describe('wrapText', () => {
  test('breaks at spaces within the width', () => {
    expect(wrapText('Japan and US agree to negotiate over steel', 16, 4)).toEqual([
      'Japan and US',
      'agree to',
      'negotiate over',
      'steel',
    ]);
  });

  test('cuts to the last line with an ellipsis', () => {
    expect(wrapText('one two three four five six', 8, 2)).toEqual(['one two', 'three…']);
  });
});

describe('ogCardSvg', () => {
  test('renders to a 1200 x 630 PNG holding the escaped titles', async () => {
    const svg = ogCardSvg({
      siteTitle: 'Site & Co',
      title: 'A <title>',
      kicker: 'Timeline',
      footer: 'As of 29 November 2026',
    });
    expect(svg).toContain('Site &amp; Co');
    expect(svg).toContain('A &lt;title&gt;');
    const png = await sharp(Buffer.from(svg)).png().toBuffer();
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', OG_WIDTH, OG_HEIGHT]);
  });
});

describe('urls and text helpers', () => {
  test('ogImagePath names one image per page', () => {
    expect(ogImagePath('/')).toBe('/og/index.png');
    expect(ogImagePath('/articles/japan-us-tariff-talks/')).toBe(
      '/og/articles-japan-us-tariff-talks.png',
    );
    expect(ogImagePath('/404.html')).toBe('/og/404.png');
  });

  test('textFragmentUrl names short quotes whole and long ones by their ends', () => {
    expect(textFragmentUrl('https://x.org/a/#p1', 'on Oct. 30')).toBe(
      'https://x.org/a/#:~:text=on%20Oct.%2030',
    );
    expect(
      textFragmentUrl(
        'https://x.org/a/',
        'Japan-US cooperation in economic security that includes supply chain resilience',
      ),
    ).toBe('https://x.org/a/#:~:text=Japan%2DUS%20cooperation%20in,supply%20chain%20resilience');
  });

  test('cssString and excerpt keep text safe and short', () => {
    expect(cssString('Say "hi" </style>')).toBe('"Say \\"hi\\" \\3c /style>"');
    expect(
      excerpt('The meeting, which lasted about one hour and 20 minutes, was organized', 30),
    ).toBe('The meeting, which lasted…');
  });
});

describe('built pages', () => {
  test('routeOf and fileOfRoute turn built files into the paths readers open, and back', async () => {
    const { fileOfRoute, routeOf } = await import('../../src/lib/built-pages.ts');
    expect(routeOf('/site/dist', '/site/dist/index.html')).toBe('/');
    expect(routeOf('/site/dist', '/site/dist/timeline/index.html')).toBe('/timeline/');
    expect(routeOf('/site/dist', '/site/dist/404.html')).toBe('/404.html');
    expect(fileOfRoute('/site/dist', '/timeline/')).toBe('/site/dist/timeline/index.html');
    expect(fileOfRoute('/site/dist', '/404.html')).toBe('/site/dist/404.html');
  });
});
