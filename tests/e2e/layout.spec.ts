/**
 * Every page on a phone and at 400% zoom of a 1280px screen (320px): nothing
 * cut off or running off sideways unless it scrolls with a visible cue, every
 * link and button a target a finger can hit (WCAG 2.5.8), chart text legible.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import sharp from 'sharp';
import { builtHtml, builtPages } from './site.ts';

const pages = builtPages();
const WIDTHS = [390, 320] as const;
/** WCAG 2.5.8: a target is at least 24 by 24 CSS pixels, or has that much room around it. */
const TARGET = 24;

/**
 * What sticks out sideways: of the viewport, outside any scroll container,
 * or of a box that hides its overflow (cut off).
 */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const overflowX = (el: Element) => getComputedStyle(el).overflowX;
    const clippedToNothing = (el: Element | null): boolean =>
      el !== null &&
      (getComputedStyle(el).clipPath === 'inset(50%)' || clippedToNothing(el.parentElement));
    const out: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // Hidden but read aloud (clipped to nothing): nothing shows, nothing scrolls.
      if (clippedToNothing(el)) continue;
      let holder = el.parentElement;
      while (holder && holder !== document.body && overflowX(holder) === 'visible')
        holder = holder.parentElement;
      const id = el.id ? `#${el.id}` : '';
      const name = `${el.tagName.toLowerCase()}${id}.${[...el.classList].join('.')}`;
      const where = `from ${Math.round(box.left)} to ${Math.round(box.right)} px`;
      if (holder && holder !== document.body && /hidden|clip/.test(overflowX(holder))) {
        const frame = holder.getBoundingClientRect();
        if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5)
          out.push(`${name} ${where}, cut off by its box`);
        continue;
      }
      if (box.left > -0.5 && box.right < width + 0.5) continue;
      const scroller = holder && holder !== document.body ? holder : null;
      if (scroller && scroller.getBoundingClientRect().right < width + 0.5) continue;
      out.push(`${name} ${where}`);
    }
    return out;
  });
}

/** Every container on the page that scrolls sideways because its content is wider. */
async function sidewaysScrollers(page: Page): Promise<Locator[]> {
  const marked = await page.evaluate(() => {
    let n = 0;
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(el);
      if (/auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
        el.dataset.scrollsSideways = String(n++);
    }
    return n;
  });
  return Array.from({ length: marked }, (_, i) => page.locator(`[data-scrolls-sideways="${i}"]`));
}

/** How far, in RGB, the average colour of a 4px strip at one edge of an image is from a colour. */
async function edgeDistance(png: Buffer, edge: 'left' | 'right', rgb: number[]): Promise<number> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const sum = [0, 0, 0];
  let count = 0;
  const xs = edge === 'left' ? [1, 2, 3, 4] : [5, 4, 3, 2].map((d) => info.width - d);
  for (let y = Math.floor(info.height / 4); y < (info.height * 3) / 4; y += 1)
    for (const x of xs) {
      const at = (y * info.width + x) * info.channels;
      for (let c = 0; c < 3; c += 1) sum[c]! += data[at + c]!;
      count += 1;
    }
  return Math.hypot(...sum.map((s, c) => s / count - rgb[c]!));
}

/** The page's background colour, as RGB. */
async function background(page: Page): Promise<number[]> {
  const color = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  return color.match(/\d+/g)!.slice(0, 3).map(Number);
}

type Box = { x: number; y: number; width: number; height: number };

/**
 * Links, buttons and fields a pointer can hit, with the largest box of each and what it is.
 * A glossary term's words (a label) are a target in running text, which WCAG 2.5.8 exempts
 * (its size is the line's); the button they press has no width, so it is not counted either.
 */
async function targets(page: Page): Promise<{ name: string; box: Box }[]> {
  const found = await page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, summary';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.checkVisibility() && getComputedStyle(el).pointerEvents !== 'none')
      .map((el) => {
        // A link broken over two lines has a box on each; a finger can aim at the larger.
        const boxes = [...el.getClientRects()].filter((b) => b.width > 0 && b.height > 0);
        const box = boxes.sort((a, b) => b.width * b.height - a.width * a.height)[0];
        const name =
          el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 40) ?? '';
        return {
          name: `${el.tagName.toLowerCase()} "${name}"`,
          box: box && { x: box.x, y: box.y, width: box.width, height: box.height },
        };
      });
  });
  return found.filter((t): t is { name: string; box: Box } => t.box !== undefined);
}
const center = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
const distanceToBox = (p: { x: number; y: number }, b: Box) =>
  Math.hypot(
    Math.max(b.x - p.x, 0, p.x - (b.x + b.width)),
    Math.max(b.y - p.y, 0, p.y - (b.y + b.height)),
  );

/**
 * The targets that fail WCAG 2.5.8: smaller than 24px in a direction, and a
 * 24px circle on their centre reaches another target or another small
 * target's circle.
 */
function tooSmallAndCrowded(all: { name: string; box: Box }[]): string[] {
  const small = (b: Box) => b.width < TARGET - 0.5 || b.height < TARGET - 0.5;
  const failing: string[] = [];
  all.forEach((target, i) => {
    if (!small(target.box)) return;
    const c = center(target.box);
    const crowded = all.find((other, j) => {
      if (j === i) return false;
      if (distanceToBox(c, other.box) < TARGET / 2) return true;
      return (
        small(other.box) &&
        Math.hypot(c.x - center(other.box).x, c.y - center(other.box).y) < TARGET
      );
    });
    if (crowded) {
      const { width, height } = target.box;
      failing.push(
        `${target.name} (${Math.round(width)}x${Math.round(height)}) crowds ${crowded.name}`,
      );
    }
  });
  return failing;
}

for (const width of WIDTHS) {
  test.describe(`at ${width}px wide, on a touch screen`, () => {
    test.use({ viewport: { width, height: 800 }, hasTouch: true });

    for (const pagePath of pages) {
      // One load a page for both checks: each load costs more than the checks.
      test(`${pagePath}: nothing cut off or off sideways; every target 24px or apart`, async ({
        page,
      }) => {
        await page.goto(pagePath);
        expect(await overflowing(page), 'cut off, or running off sideways').toEqual([]);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
          'the page itself scrolls sideways',
        ).toBeLessThanOrEqual(width);
        const all = await targets(page);
        expect(all.length).toBeGreaterThan(5);
        expect(tooSmallAndCrowded(all), 'links and buttons under 24px, crowded').toEqual([]);
      });
    }

    for (const scheme of ['light', 'dark'] as const) {
      test(
        `in the ${scheme} scheme, a box that scrolls sideways shows a shadow at the side ` +
          `with more`,
        async ({ page }) => {
          await page.emulateMedia({ colorScheme: scheme });
          const showsCue = async (pagePath: string, scroller: Locator) => {
            const bg = await background(page);
            // The cue alone: the content hidden, the box's own background shows.
            await scroller.evaluate((el) =>
              el.querySelectorAll<HTMLElement>('*').forEach((c) => (c.style.visibility = 'hidden')),
            );
            const label =
              `${pagePath} ` + `${await scroller.evaluate((el) => el.outerHTML.slice(0, 80))}`;
            let shot = await scroller.screenshot();
            expect(
              await edgeDistance(shot, 'right', bg),
              `${label}: a shadow at the right`,
            ).toBeGreaterThan(20);
            expect(await edgeDistance(shot, 'left', bg), `${label}: none at the left`).toBeLessThan(
              6,
            );
            await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth));
            shot = await scroller.screenshot();
            expect(
              await edgeDistance(shot, 'left', bg),
              `${label}: scrolled, at the left`,
            ).toBeGreaterThan(20);
            expect(await edgeDistance(shot, 'right', bg), `${label}: none at the end`).toBeLessThan(
              6,
            );
          };
          for (const pagePath of pages) {
            await page.goto(pagePath);
            for (const scroller of await sidewaysScrollers(page))
              await showsCue(pagePath, scroller);
          }
          // Every table fits at this width; one made wider, as longer content would make it.
          await page.goto('/tariffs/');
          await page.locator('figure.rate-chart + .table-wrap table').evaluate((table) => {
            table.style.minWidth = '150%';
          });
          const [widened] = await sidewaysScrollers(page);
          expect(widened, 'the widened table scrolls').toBeDefined();
          await showsCue('/tariffs/', widened!);
        },
      );
    }
  });
}

test.describe('chart text', () => {
  const withCharts = pages.filter((p) => /<svg[^>]*role="img"[\s\S]*?<text/.test(builtHtml(p)));

  test('there is a chart to measure', () => {
    expect(withCharts).toContain('/tariffs/');
  });

  for (const width of [320, 390, 639, 640, 1280]) {
    test(`is at least 12px at ${width}px wide`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const pagePath of withCharts) {
        await page.goto(pagePath);
        const sizes = await page.locator('svg[role="img"] text').evaluateAll((texts) =>
          (texts as SVGTextElement[])
            .filter((t) => t.checkVisibility())
            .map((t) => ({
              label: t.textContent,
              px: parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 0),
            })),
        );
        expect(sizes.length, pagePath).toBeGreaterThan(5);
        for (const { label, px } of sizes)
          expect(px, `${pagePath} "${label}"`).toBeGreaterThanOrEqual(12);
      }
    });
  }
});
