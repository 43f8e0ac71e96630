import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { cachedDrawing, contentKey } from '../../src/lib/og-cache.ts';
import { ogFontsFor, parseUnicodeRange } from '../../src/lib/og-fonts.ts';
import {
  OG_HEIGHT,
  OG_MARGIN,
  OG_RULE_TOP,
  OG_WIDTH,
  ogCardContent,
  ogCardPng,
  renderOgCard,
  type Box,
  type OgCard,
  type OgLayout,
} from '../../src/lib/og-image.ts';

const testCard = (fields: Partial<OgCard> = {}): OgCard => ({
  kicker: 'Test kicker',
  title: 'A test title for a test card',
  detail: 'A line of test detail',
  siteTitle: 'Test site',
  footer: 'As of 1 January 2000 (test)',
  language: 'en',
  ...fields,
});

interface Pixels {
  data: Buffer;
  width: number;
  channels: number;
}

async function draw(card: OgCard): Promise<{ layout: OgLayout; pixels: Pixels }> {
  const layout = await renderOgCard(card);
  const png = await ogCardPng(layout.svg);
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return { layout, pixels: { data, width: info.width, channels: info.channels } };
}

const rgb = ({ data, width, channels }: Pixels, x: number, y: number) => {
  const i = (y * width + x) * channels;
  return [data[i]!, data[i + 1]!, data[i + 2]!] as const;
};

/** The title's ink (#1c1b19), and nothing lighter: not the grey detail, not the red kicker. */
const isTitleInk = (pixels: Pixels, x: number, y: number) =>
  rgb(pixels, x, y).every((channel) => channel < 60);

/** How many title-ink pixels lie in a rectangle. */
function inkIn(pixels: Pixels, x0: number, y0: number, x1: number, y1: number): number {
  let count = 0;
  for (let y = Math.max(0, Math.floor(y0)); y < Math.min(OG_HEIGHT, Math.ceil(y1)); y++)
    for (let x = Math.max(0, Math.floor(x0)); x < Math.min(OG_WIDTH, Math.ceil(x1)); x++)
      if (isTitleInk(pixels, x, y)) count++;
  return count;
}

/** Title ink outside the text column, or between the body and the rule: none allowed. */
function inkOutsideColumn(pixels: Pixels): number {
  return (
    inkIn(pixels, OG_WIDTH - OG_MARGIN, 0, OG_WIDTH, OG_RULE_TOP) +
    inkIn(pixels, 24, 0, OG_MARGIN, OG_RULE_TOP) +
    inkIn(pixels, 0, OG_RULE_TOP - 12, OG_WIDTH, OG_RULE_TOP + 3)
  );
}

const bottom = (box: Box | undefined) => (box ? box.top + box.height : Infinity);

describe('renderOgCard and ogCardPng', () => {
  test('draw a 1200 x 630 PNG', async () => {
    const png = await ogCardPng((await renderOgCard(testCard())).svg);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', OG_WIDTH, OG_HEIGHT]);
  });

  test('draw the text as paths, so the SVG needs no font installed', async () => {
    const { svg } = await renderOgCard(testCard({ title: 'A <test> & "title"' }));
    expect(svg).toContain('<path');
    expect(svg).not.toContain('<text');
  });

  test(
    'draw a Japanese title with the bundled ' + 'Japanese font, every character from a font',
    async () => {
      const title = 'これはテスト用の日本語の見出しです';
      const { layout, pixels } = await draw(testCard({ title, language: 'ja' }));
      expect(layout.missingGlyphs).toEqual([]);
      const chunks = ogFontsFor(title).filter((font) => font.name.startsWith('noto-sans-jp-'));
      expect(chunks.length).toBeGreaterThan(0);
      const box = layout.boxes.title!;
      const ink = inkIn(pixels, box.left, box.top, box.left + box.width, box.top + box.height);
      expect(ink).toBeGreaterThan(box.width * box.height * 0.05);
    },
  );

  test(
    'report the characters that no bundled ' + 'font has, which would be drawn as boxes',
    async () => {
      const { missingGlyphs } = await renderOgCard(testCard({ title: 'Test \uE000\uE001' }));
      expect(missingGlyphs).toEqual(['\uE000', '\uE001']);
    },
  );

  test('shrink a single 60-letter word to fit the width, without cutting it', async () => {
    const title = 'Testword'.repeat(8).slice(0, 60);
    const { layout, pixels } = await draw(testCard({ title, detail: undefined }));
    expect(layout.titleFontSize).toBeLessThan(50);
    expect(layout.titleLineClamp).toBeUndefined();
    expect(inkIn(pixels, 0, 0, OG_WIDTH, OG_RULE_TOP)).toBeGreaterThan(1000);
    expect(inkOutsideColumn(pixels)).toBe(0);
  });

  test.each([
    ['a 200-character title', 'This test title goes on and on. '.repeat(7).slice(0, 200)],
    ['a long Japanese title with no spaces', 'テスト用の長い見出しです'.repeat(10)],
    ['a 400-letter word', 'test'.repeat(100)],
  ])('keep %s inside the margins and above the rule', async (_name, title) => {
    const { layout, pixels } = await draw(testCard({ title }));
    expect(inkIn(pixels, 0, 0, OG_WIDTH, OG_RULE_TOP)).toBeGreaterThan(1000);
    expect(inkOutsideColumn(pixels)).toBe(0);
    expect(bottom(layout.boxes.group)).toBeLessThan(OG_RULE_TOP);
    expect(layout.boxes.group!.top).toBeGreaterThanOrEqual(0);
  });

  test('give a short title the largest size', async () => {
    const { titleFontSize } = await renderOgCard(testCard({ title: 'Test' }));
    const { titleFontSize: smaller } = await renderOgCard(
      testCard({ title: 'A test title that is long enough to need a smaller size. '.repeat(3) }),
    );
    expect(smaller).toBeLessThan(titleFontSize);
  });

  test('draw the bars of a rate chart in proportion to the rates', async () => {
    const { layout, pixels } = await draw(
      testCard({
        title: 'Test rates then and now',
        bars: {
          thenLabel: 'Test then',
          nowLabel: 'Test now',
          rows: [
            { label: 'Test steel', then: 25, now: 50 },
            { label: 'Test aluminum', then: 10, now: 50 },
          ],
        },
      }),
    );
    // The length of each bar as drawn: the run of its colour along its middle.
    const drawn = (key: string) => {
      const box = layout.boxes[key]!;
      const y = Math.round(box.top + box.height / 2);
      const color = rgb(pixels, Math.round(box.left) + 2, y);
      let x = Math.round(box.left);
      while (x < OG_WIDTH && rgb(pixels, x, y).every((c, i) => Math.abs(c - color[i]!) < 8)) x++;
      return x - Math.round(box.left);
    };
    const [steelThen, steelNow, aluminumThen, aluminumNow] = [
      'bar-0-then',
      'bar-0-now',
      'bar-1-then',
      'bar-1-now',
    ].map(drawn);
    expect(steelNow).toBeGreaterThan(300);
    expect(aluminumNow).toBe(steelNow);
    expect(steelThen! / steelNow!).toBeCloseTo(25 / 50, 1);
    expect(aluminumThen! / aluminumNow!).toBeCloseTo(10 / 50, 1);
    expect(layout.boxes['bar-0-then']!.left + steelNow!).toBeLessThanOrEqual(OG_WIDTH - OG_MARGIN);
    expect(bottom(layout.boxes.chart)).toBeLessThan(OG_RULE_TOP);
    expect(inkOutsideColumn(pixels)).toBe(0);
  });
});

describe('ogFontsFor', () => {
  test('loads the Latin fonts, and only the Japanese chunks a text needs', () => {
    const latin = ogFontsFor('A test title');
    expect(latin.filter((font) => font.name.startsWith('noto-sans-jp-'))).toEqual([]);
    const japanese = ogFontsFor('テスト').filter((font) => font.name.startsWith('noto-sans-jp-'));
    expect(japanese.length).toBeGreaterThan(0);
    expect(japanese.length).toBeLessThan(10);
  });

  test('reads each file once and shares it', () => {
    expect(ogFontsFor('A test')[0]!.data).toBe(ogFontsFor('Another test')[0]!.data);
  });

  test('parseUnicodeRange reads single points, ranges and wildcards', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131,U+4??')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x400, 0x4ff],
    ]);
  });
});

describe('cachedDrawing', () => {
  const dirs: string[] = [];
  const tempDir = async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'og-cache-test-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  const counter = () => {
    const drawn: string[] = [];
    const drawFor = (card: OgCard) => async () => {
      drawn.push(card.title);
      return new Uint8Array(Buffer.from(`test drawing of ${card.title}`));
    };
    return { drawn, drawFor };
  };

  test('draws a card once, then reads it from disk; a changed title is drawn again', async () => {
    const cache = { dir: await tempDir(), version: 'test version 1' };
    const { drawn, drawFor } = counter();
    const card = testCard();
    const first = await cachedDrawing(cache, card, drawFor(card));
    const second = await cachedDrawing(cache, { ...card }, drawFor(card));
    expect(drawn).toEqual([card.title]);
    expect(Buffer.from(second).toString()).toBe(Buffer.from(first).toString());
    const changed = testCard({ title: 'A changed test title' });
    await cachedDrawing(cache, changed, drawFor(changed));
    expect(drawn).toEqual([card.title, changed.title]);
  });

  test('draws again under a new version, and drops the folder of the old one', async () => {
    const dir = await tempDir();
    const { drawn, drawFor } = counter();
    const card = testCard();
    await cachedDrawing({ dir, version: 'test version 1' }, card, drawFor(card));
    await cachedDrawing({ dir, version: 'test version 2' }, card, drawFor(card));
    await cachedDrawing({ dir, version: 'test version 2' }, card, drawFor(card));
    expect(drawn).toHaveLength(2);
    expect(await readdir(dir)).toHaveLength(1);
  });

  test('keys a card by what it shows, not by its page or the order of its fields', () => {
    const card = testCard();
    const reordered = Object.fromEntries(Object.entries(card).reverse()) as unknown as OgCard;
    expect(contentKey(ogCardContent({ ...card, path: '/test-a/' } as OgCard))).toBe(
      contentKey(ogCardContent(reordered)),
    );
    expect(contentKey(ogCardContent(card))).not.toBe(
      contentKey(ogCardContent({ ...card, footer: 'As of 2 January 2000 (test)' })),
    );
  });
});
