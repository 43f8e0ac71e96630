import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { builtHtml, builtPages } from './site.ts';

// The printable width of the narrower of A4 and US Letter (A4: 210 mm) less the page margins, in CSS pixels.
const A4_PRINTABLE_PX = Math.floor(((210 - 24) / 25.4) * 96);

async function pdfPages(page: Page, format: 'A4' | 'Letter', path: string): Promise<number> {
  const pdf = await page.pdf({ format, path, printBackground: true });
  return (await PDFDocument.load(pdf)).getPageCount();
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
          `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} (${Math.round(box.right)} px)`,
        );
    }
    if (document.documentElement.scrollWidth > limit + 1)
      wide.push(`document (${document.documentElement.scrollWidth} px)`);
    return wide;
  }, A4_PRINTABLE_PX);
}

test.describe('the briefing', () => {
  test('prints on at most two pages, on A4 and on US Letter', async ({ page }, testInfo) => {
    await page.goto('/briefing/');
    expect(await pdfPages(page, 'A4', testInfo.outputPath('briefing-a4.pdf'))).toBeLessThanOrEqual(
      2,
    );
    expect(
      await pdfPages(page, 'Letter', testInfo.outputPath('briefing-letter.pdf')),
    ).toBeLessThanOrEqual(2);
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

  test('links print where they go, but not links within the page', async ({ page }) => {
    await page.goto('/timeline/');
    await page.emulateMedia({ media: 'print' });
    const after = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el, '::after').content);
    expect(await after('.evidence a.citation')).toMatch(/\(\/sources\/#[a-z0-9-]+\)/);
    expect(await after('a.anchor')).toBe('none');
  });
});
