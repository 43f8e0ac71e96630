import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import { ARTICLE_PATH, builtHtml, builtPages, siteUrl } from './site.ts';

// The printable width of the narrower of A4 and US Letter (A4: 210 mm) less the page margins, in
// CSS pixels.
const A4_PRINTABLE_PX = Math.floor(((210 - 24) / 25.4) * 96);

async function pdfPages(page: Page, format: 'A4' | 'Letter', path: string): Promise<number> {
  const pdf = await page.pdf({ format, path, printBackground: true });
  return (await PDFDocument.load(pdf)).getPageCount();
}

/**
 * How far down each printed page its content reaches: 0 for none, 1 for the whole page. The
 * top and bottom lines of text on each page are the page-margin boxes (title and "as of"
 * date; address and page number), so the space between them is the page's content area.
 */
async function contentReach(pdf: Buffer): Promise<number[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  const reach: number[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const { items } = await (await doc.getPage(n)).getTextContent();
    // PDF y grows upwards; each item's y is its baseline.
    const ys = items.flatMap((item) =>
      'str' in item && item.str.trim() ? [item.transform[5] as number] : [],
    );
    const top = Math.max(...ys);
    const bottom = Math.min(...ys);
    const content = ys.filter((y) => y < top - 1 && y > bottom + 1);
    reach.push(content.length === 0 ? 0 : (top - Math.min(...content)) / (top - bottom));
  }
  await doc.destroy();
  return reach;
}

/** Elements wider than the page in print, as "tag.class (width px)". */
async function overflowing(page: Page): Promise<string[]> {
  await page.setViewportSize({ width: A4_PRINTABLE_PX, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  return page.evaluate((limit) => {
    const wide: string[] = [];
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > limit + 1)
        wide.push(
          `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} ` +
            `(${Math.round(box.right)} px)`,
        );
    }
    if (document.documentElement.scrollWidth > limit + 1)
      wide.push(`document (${document.documentElement.scrollWidth} px)`);
    return wide;
  }, A4_PRINTABLE_PX);
}

/**
 * Where each outside link's text wraps, as the characters either side of each line break
 * ("/|p"), found from the boxes of its characters; and whether its text is its address.
 */
async function urlBreaks(page: Page) {
  return page.locator('main a[href^="http"]').evaluateAll((links) =>
    links.map((link) => {
      const chars: { char: string; top: number }[] = [];
      const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          chars.push({ char: text[i]!, top: range.getBoundingClientRect().top });
        }
      }
      const breaks = chars.flatMap((c, i) =>
        i > 0 && c.top > chars[i - 1]!.top + 2 ? [`${chars[i - 1]!.char}|${c.char}`] : [],
      );
      const href = link.getAttribute('href') ?? '';
      return {
        href,
        showsAddress: link.textContent === href.replace(/^https?:\/\/(www\.)?/, ''),
        breaks,
      };
    }),
  );
}

test.describe('the briefing', () => {
  // The real story, and test stories of five reports and of many events.
  for (const site of ['real', 'five', 'long'] as const) {
    test(`${site}: prints on at most two pages, on A4 and on US Letter`, async ({
      page,
    }, testInfo) => {
      await page.goto(siteUrl(site, '/briefing/'));
      for (const format of ['A4', 'Letter'] as const)
        expect(
          await pdfPages(page, format, testInfo.outputPath(`briefing-${format}.pdf`)),
          format,
        ).toBeLessThanOrEqual(2);
    });
  }

  test('prints what happened since in a column of its own, under its heading', async ({ page }) => {
    await page.goto('/briefing/');
    await page.setViewportSize({ width: A4_PRINTABLE_PX, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const [reported, since] = [
      (await page.locator('#reported').boundingBox())!,
      (await page.locator('#since').boundingBox())!,
    ];
    // Side by side: the same height on the page, the second column to the right.
    expect(Math.abs(since.y - reported.y)).toBeLessThan(2);
    expect(since.x).toBeGreaterThan(reported.x + reported.width / 2);
  });

  test(
    'cites by number: every source listed is cited in its text, and every number cited is ' +
      'listed',
    async ({ page }) => {
      await page.goto('/briefing/');
      const listed = await page
        .locator('.brief-sources li')
        .evaluateAll((items) => items.map((li) => Number(li.getAttribute('value'))));
      const cited = await page
        .locator('.brief .cites a')
        .evaluateAll((links) =>
          links.map((a) => Number(a.getAttribute('href')!.replace('#cite-', ''))),
        );
      expect(listed.length).toBeGreaterThan(0);
      expect(listed).toEqual(listed.map((_, i) => i + 1));
      expect([...new Set(cited)].sort((a, b) => a - b)).toEqual(listed);
      // Each group of numbers in ascending order.
      const groups = await page
        .locator('.brief .cites')
        .evaluateAll((spans) =>
          spans.map((span) => [...span.querySelectorAll('a')].map((a) => Number(a.textContent))),
        );
      for (const group of groups) expect(group).toEqual([...group].sort((a, b) => a - b));
      // A number shows what it links to.
      for (const link of await page.locator('.brief .cites a').all())
        expect(await link.getAttribute('href')).toBe(`#cite-${await link.textContent()}`);
    },
  );

  test('prints its dates in a column of their own', async ({ page }) => {
    await page.goto('/briefing/');
    await page.setViewportSize({ width: A4_PRINTABLE_PX, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const items = await page.locator('.brief .dated > div').evaluateAll((divs) =>
      divs.map((div) => {
        const dt = div.querySelector('dt')!.getBoundingClientRect();
        const dd = div.querySelector('dd')!.getBoundingClientRect();
        return { dt: { left: dt.left, right: dt.right }, dd: { left: dd.left } };
      }),
    );
    expect(items.length).toBeGreaterThan(10);
    // Every date starts at the left edge of its column of text (two columns at most), and
    // every text starts one date column to its right, clear of the date.
    const lefts = [...new Set(items.map((i) => Math.round(i.dt.left)))];
    expect(lefts.length).toBeLessThanOrEqual(2);
    const offsets = items.map((i) => Math.round(i.dd.left - i.dt.left));
    expect(new Set(offsets).size).toBe(1);
    for (const i of items) expect(i.dt.right).toBeLessThanOrEqual(i.dd.left);
    // The timeline is one column: all its dates line up.
    const timeline = await page
      .locator('.brief-timeline dt')
      .evaluateAll((dts) => dts.map((dt) => Math.round(dt.getBoundingClientRect().left)));
    expect(new Set(timeline).size).toBe(1);
  });

  test('has nothing wider than the printable page', async ({ page }) => {
    await page.goto('/briefing/');
    expect(await overflowing(page)).toEqual([]);
  });

  test('has a print button with JavaScript, hidden in print', async ({ page }) => {
    await page.goto('/briefing/');
    const button = page.getByRole('button', { name: 'Print this briefing' });
    await expect(button).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(button).toBeHidden();
  });

  test('has a QR code that decodes to its canonical URL', async ({ page }) => {
    const html = builtHtml('/briefing/');
    const svg = /<figure class="qr"[^>]*>\s*(<svg[\s\S]*?<\/svg>)/.exec(html)![1]!;
    const { data, info } = await sharp(Buffer.from(svg), { density: 300 })
      .resize(400, 400, { kernel: 'nearest' })
      .extend({ top: 40, bottom: 40, left: 40, right: 40, background: '#ffffff' })
      .flatten({ background: '#ffffff' })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const decoded = jsQR(new Uint8ClampedArray(data), info.width, info.height);
    await page.goto('/briefing/');
    expect(decoded?.data).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
  });
});

test.describe('every page in print', () => {
  test.use({ colorScheme: 'dark' });

  for (const pagePath of builtPages()) {
    test(`${pagePath} prints without navigation, dark on white, within the page`, async ({
      page,
    }, testInfo) => {
      await page.goto(pagePath);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      await expect(page.locator('.site-nav')).toBeHidden();
      await expect(page.locator('.skip-link')).toBeHidden();
      // Nothing to press on paper, glossary terms' buttons included.
      expect(await page.locator('button:visible').count()).toBe(0);
      const [background, color] = await page.evaluate(() => [
        getComputedStyle(document.body).backgroundColor,
        getComputedStyle(document.body).color,
      ]);
      expect(background).toBe('rgb(255, 255, 255)');
      expect(color).toBe('rgb(0, 0, 0)');
      expect(await overflowing(page)).toEqual([]);
      const name = pagePath.replace(/^\/|\/$/g, '').replace(/[/.]/g, '-') || 'home';
      const pages = await pdfPages(page, 'A4', testInfo.outputPath(`${name}.pdf`));
      expect(pages).toBeGreaterThan(0);
      expect(readFileSync(testInfo.outputPath(`${name}.pdf`)).length).toBeGreaterThan(1000);
    });
  }
});

test.describe('pages of several sheets', () => {
  test('the article prints on at most two A4 pages', async ({ page }, testInfo) => {
    await page.goto(ARTICLE_PATH);
    expect(await pdfPages(page, 'A4', testInfo.outputPath('article-a4.pdf'))).toBeLessThanOrEqual(
      2,
    );
  });

  test('/tariffs/ prints on at most six A4 pages, none but the last more than half empty', async ({
    page,
  }) => {
    await page.goto('/tariffs/');
    const reach = await contentReach(await page.pdf({ format: 'A4' }));
    expect(reach.length).toBeLessThanOrEqual(6);
    const early = reach.slice(0, -1).map((r) => Math.round(r * 100) / 100);
    expect(
      early.filter((r) => r < 0.5),
      `how far down each page its content reaches: ${early}`,
    ).toEqual([]);
  });
});

test.describe('links in print', () => {
  test('in-site links print no path', async ({ page }) => {
    for (const pagePath of builtPages().filter((p) => p.endsWith('/'))) {
      await page.goto(pagePath);
      await page.emulateMedia({ media: 'print' });
      // Of the links that print at all.
      const added = await page.locator('main a').evaluateAll((links) =>
        links
          .filter((a) => a.getClientRects().length > 0)
          .flatMap((a) =>
            ['::before', '::after'].flatMap((pseudo) => {
              const content = getComputedStyle(a, pseudo).content;
              return ['none', 'normal', '""'].includes(content)
                ? []
                : [`${a.getAttribute('href')} ${pseudo} ${content}`];
            }),
          ),
      );
      expect(added, pagePath).toEqual([]);
    }
  });

  for (const pagePath of ['/briefing/', '/sources/'])
    test(`${pagePath}: outside links print a short address that wraps only after a slash`, async ({
      page,
    }) => {
      await page.goto(pagePath);
      await page.emulateMedia({ media: 'print' });
      // As printed, and in a column so narrow that the addresses have to wrap.
      for (const width of [A4_PRINTABLE_PX, 320]) {
        await page.setViewportSize({ width, height: 1000 });
        const links = await urlBreaks(page);
        expect(links.length).toBeGreaterThan(0);
        for (const link of links) {
          expect(link.showsAddress, link.href).toBe(true);
          for (const at of link.breaks)
            // After a slash, or a hyphen that is not inside a number.
            expect(at, `${link.href} at ${width} px`).toMatch(/^(\/\|.|-\|\D)$/);
        }
        if (width === 320) expect(links.some((link) => link.breaks.length > 0)).toBe(true);
      }
    });
});

test.describe('the article in print', () => {
  test('prints glossary terms as plain words, and not the screen-only hint', async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    await page.emulateMedia({ media: 'print' });
    const terms = page.locator('.article-body label.term');
    expect(await terms.count()).toBeGreaterThan(0);
    const looks = await terms.evaluateAll((labels) =>
      labels.map((label) => {
        const term = getComputedStyle(label);
        const text = getComputedStyle(label.closest('p')!);
        return {
          underline: term.textDecorationLine,
          sameFont: term.font === text.font,
          button: getComputedStyle((label as HTMLLabelElement).control!).display,
        };
      }),
    );
    for (const look of looks)
      expect(look).toEqual({ underline: 'none', sameFont: true, button: 'none' });
    await expect(page.locator('.article-tools')).toBeHidden();
    // Paper cannot open a definition, so the terms used print as a list, without their links.
    await expect(page.locator('.term-defs .term-def').first()).toBeVisible();
    await expect(page.locator('.term-defs a').first()).toBeHidden();
  });

  test("prints where to find the timeline, and 'Since this report' as wide as the report", async ({
    page,
  }) => {
    await page.goto(ARTICLE_PATH);
    const since = page.locator('section.since');
    await expect(since.locator('.print-address')).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await expect(since).toContainText(`the timeline (${new URL(canonical!).host}/timeline)`);
    const width = async (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => el.getBoundingClientRect().width);
    expect(await width('section.since')).toBe(await width('.article-body'));
  });
});
