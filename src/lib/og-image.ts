/**
 * The Open Graph card of a page as SVG (1200 x 630), to be turned into PNG at
 * build time: site title, page title, and the date the page is "as of".
 */
import { cssString } from './text.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgBar {
  label: string;
  /** The rate then and now, in percent. */
  then: number;
  now: number;
}

/** What a card shows: a kicker, a title, a line of detail, and for /tariffs/ a small chart. */
export interface OgCard {
  kicker: string;
  title: string;
  detail?: string | undefined;
  bars?: { thenLabel: string; nowLabel: string; rows: OgBar[] } | undefined;
  siteTitle: string;
  footer: string;
  /** The language of the title, for its line breaking and font. */
  language: string;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Breaks text into lines of at most `width` characters, at spaces; at most `maxLines`, the last ending in an ellipsis if cut. */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/[\s,.;:]+$/, '')}…`;
  return kept;
}

export function ogCardSvg(card: OgCard): string {
  const lines = wrapText(card.title, 24, 4);
  const fontSize = lines.length > 3 ? 62 : 72;
  const lineHeight = Math.round(fontSize * 1.15);
  const top = 250 - ((lines.length - 1) * lineHeight) / 2 + 20;
  const serif = cssString('DejaVu Serif, Georgia, serif').slice(1, -1);
  const sans = cssString('DejaVu Sans, Arial, sans-serif').slice(1, -1);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">
  <rect width="100%" height="100%" fill="#fbfaf7"/>
  <rect x="0" y="0" width="24" height="${OG_HEIGHT}" fill="#a4161a"/>
  <text x="80" y="92" font-family="${sans}" font-size="30" font-weight="700" letter-spacing="3" fill="#a4161a">${escapeXml(card.kicker.toUpperCase())}</text>
  ${lines.map((line, i) => `<text x="80" y="${top + i * lineHeight}" font-family="${serif}" font-size="${fontSize}" font-weight="700" fill="#1c1b19">${escapeXml(line)}</text>`).join('\n  ')}
  ${card.detail ? `<text x="80" y="470" font-family="${sans}" font-size="30" fill="#575550">${escapeXml(wrapText(card.detail, 60, 1)[0] ?? '')}</text>` : ''}
  <line x1="80" y1="520" x2="1120" y2="520" stroke="#d9d4c8" stroke-width="2"/>
  <text x="80" y="574" font-family="${serif}" font-size="34" font-weight="700" fill="#1c1b19">${escapeXml(card.siteTitle)}</text>
  <text x="1120" y="574" font-family="${sans}" font-size="28" fill="#575550" text-anchor="end">${escapeXml(card.footer)}</text>
</svg>`;
}
