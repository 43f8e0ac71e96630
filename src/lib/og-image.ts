/**
 * The Open Graph card of a page (1200 x 630), drawn at build time with no
 * outside service: satori lays the card out and turns its text into SVG
 * paths with the bundled fonts (src/lib/og-fonts.ts), so the SVG needs no
 * system font; sharp turns it into PNG. One visual identity for every card:
 * cream paper, a red bar at the left edge, a red sans kicker, a serif title,
 * a line of detail or (for /tariffs/) a chart, a rule, the site title and the
 * "as of" date.
 */
import satori from 'satori';
import satoriPackage from 'satori/package.json' with { type: 'json' };
import { createElement, type JSXElement, type JSXNode } from 'satori/jsx';
import sharp from 'sharp';
import { ogFontsFor, ogFontsVersion, SANS, SERIF } from './og-fonts.ts';
import { formatPercent } from './tariffs.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Bump when the drawing changes, so that cached cards are drawn again. */
export const OG_TEMPLATE_VERSION = 1;

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

const COLOR = {
  paper: '#fbfaf7',
  red: '#a4161a',
  ink: '#1c1b19',
  muted: '#575550',
  rule: '#d9d4c8',
  then: '#a9a396',
};

/** The card's text column: everything but the red bar sits between these. */
export const OG_MARGIN = 80;
const WIDTH = OG_WIDTH - 2 * OG_MARGIN;
/** Kicker, title and detail or chart are centred in this band, above the rule. */
const BODY = { top: 44, bottom: 494 };
/** The rule above the site title and date: nothing of the body may reach it. */
export const OG_RULE_TOP = 516;
/** Title sizes tried, largest first; below the last, the title is cut to fit. */
const TITLE_SIZES = [76, 70, 64, 58, 54, 50, 46, 42, 38, 35, 32, 29];
/** A chart needs room, so its title starts smaller. */
const TITLE_SIZE_WITH_CHART = 58;
const BAR = { labelWidth: 200, dateWidth: 156, valueWidth: 100, height: 26 };

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A drawn card and where its parts went, for tests and for checking the fit. */
export interface OgLayout {
  svg: string;
  titleFontSize: number;
  /** Lines the title was cut to when even the smallest size did not fit, else undefined. */
  titleLineClamp: number | undefined;
  /**
   * The boxes of the named parts: body, group, kicker, title, detail, chart, bar-<row>-then|now.
   */
  boxes: Record<string, Box>;
  /** Characters no bundled font has (drawn as nothing or as a box). */
  missingGlyphs: string[];
}

interface TitleFit {
  fontSize: number;
  lineClamp?: number | undefined;
}

interface Props {
  key?: string;
  lang?: string;
  style: Record<string, string | number | undefined>;
}

/** satori's createElement, typed so that elements nest (its generic props do not). */
const h = (type: 'div', props: Props, ...children: JSXNode[]): JSXElement =>
  createElement(type, props, ...children) as JSXElement;

const hasCjk = (text: string) => /[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]/u.test(text);

function chart(bars: NonNullable<OgCard['bars']>): JSXNode {
  const largest = Math.max(0, ...bars.rows.flatMap((row) => [row.then, row.now]));
  const barMax = WIDTH - BAR.labelWidth - BAR.dateWidth - BAR.valueWidth;
  const bar = (key: string, date: string, rate: number, color: string) =>
    h(
      'div',
      { style: { display: 'flex', alignItems: 'center', height: 40 } },
      h(
        'div',
        { style: { width: BAR.dateWidth, fontFamily: SANS, fontSize: 22, color: COLOR.muted } },
        date,
      ),
      h('div', {
        key,
        style: {
          width: largest > 0 ? Math.round((barMax * rate) / largest) : 0,
          height: BAR.height,
          backgroundColor: color,
        },
      }),
      h(
        'div',
        {
          style: {
            marginLeft: 12,
            fontFamily: SANS,
            fontWeight: 700,
            fontSize: 26,
            color: COLOR.ink,
          },
        },
        formatPercent(rate),
      ),
    );
  return h(
    'div',
    { key: 'chart', style: { display: 'flex', flexDirection: 'column', width: WIDTH } },
    ...bars.rows.map((row, i) =>
      h(
        'div',
        { style: { display: 'flex', alignItems: 'center', marginTop: i === 0 ? 0 : 14 } },
        h(
          'div',
          {
            style: {
              width: BAR.labelWidth,
              fontFamily: SERIF,
              fontWeight: 700,
              fontSize: 30,
              color: COLOR.ink,
              lineClamp: 2,
            },
          },
          row.label,
        ),
        h(
          'div',
          { style: { display: 'flex', flexDirection: 'column' } },
          bar(`bar-${i}-then`, bars.thenLabel, row.then, COLOR.then),
          bar(`bar-${i}-now`, bars.nowLabel, row.now, COLOR.red),
        ),
      ),
    ),
  );
}

/** The card as satori's element tree, its title at the given size. */
function cardTree(card: OgCard, title: TitleFit, probe = false): JSXNode {
  const lineHeight = hasCjk(card.title) ? 1.28 : 1.14;
  const titleStyle = {
    fontFamily: SERIF,
    fontWeight: 700,
    fontSize: title.fontSize,
    lineHeight,
  };
  const below = card.bars
    ? chart(card.bars)
    : card.detail
      ? h(
          'div',
          {
            key: 'detail',
            style: {
              maxWidth: WIDTH,
              fontFamily: SANS,
              fontSize: 30,
              lineHeight: 1.35,
              color: COLOR.muted,
              overflowWrap: 'anywhere',
              lineClamp: 2,
            },
          },
          card.detail,
        )
      : null;
  return h(
    'div',
    {
      lang: card.language,
      style: {
        display: 'flex',
        width: OG_WIDTH,
        height: OG_HEIGHT,
        backgroundColor: COLOR.paper,
      },
    },
    h('div', {
      style: {
        position: 'absolute',
        left: 0,
        top: 0,
        width: 24,
        height: OG_HEIGHT,
        backgroundColor: COLOR.red,
      },
    }),
    h(
      'div',
      {
        key: 'body',
        style: {
          position: 'absolute',
          left: OG_MARGIN,
          top: BODY.top,
          width: WIDTH,
          height: BODY.bottom - BODY.top,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
        },
      },
      h(
        'div',
        {
          key: 'group',
          style: {
            display: 'flex',
            flexDirection: 'column',
            alignItems: 'flex-start',
            width: WIDTH,
            flexShrink: 0,
          },
        },
        h(
          'div',
          {
            key: 'kicker',
            style: {
              maxWidth: WIDTH,
              fontFamily: SANS,
              fontWeight: 700,
              fontSize: 26,
              letterSpacing: 3,
              textTransform: 'uppercase',
              color: COLOR.red,
              whiteSpace: 'nowrap',
              overflow: 'hidden',
              textOverflow: 'ellipsis',
            },
          },
          card.kicker,
        ),
        h(
          'div',
          {
            key: 'title',
            style: {
              ...titleStyle,
              marginTop: 16,
              color: COLOR.ink,
              textWrap: 'balance',
              ...(title.lineClamp
                ? { maxWidth: WIDTH, overflowWrap: 'anywhere', lineClamp: title.lineClamp }
                : {}),
            },
          },
          card.title,
        ),
        below
          ? h('div', { style: { display: 'flex', marginTop: card.bars ? 30 : 22 } }, below)
          : null,
      ),
    ),
    h('div', {
      style: {
        position: 'absolute',
        left: OG_MARGIN,
        top: OG_RULE_TOP,
        width: WIDTH,
        height: 2,
        backgroundColor: COLOR.rule,
      },
    }),
    h(
      'div',
      {
        style: {
          position: 'absolute',
          left: OG_MARGIN,
          top: OG_RULE_TOP + 24,
          width: WIDTH,
          display: 'flex',
          alignItems: 'baseline',
          justifyContent: 'space-between',
        },
      },
      h(
        'div',
        {
          style: {
            flexShrink: 1,
            minWidth: 0,
            marginRight: 32,
            fontFamily: SERIF,
            fontWeight: 700,
            fontSize: 32,
            color: COLOR.ink,
            whiteSpace: 'nowrap',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
          },
        },
        card.siteTitle,
      ),
      h(
        'div',
        {
          style: {
            flexShrink: 0,
            fontFamily: SANS,
            fontSize: 26,
            color: COLOR.muted,
            whiteSpace: 'nowrap',
          },
        },
        card.footer,
      ),
    ),
    // When fitting: the title at its narrowest, as wide as its longest unbreakable run.
    probe
      ? h(
          'div',
          {
            key: 'title-min',
            style: { ...titleStyle, position: 'absolute', left: 0, top: 0, width: 'min-content' },
          },
          card.title,
        )
      : null,
  );
}

const cardText = (card: OgCard) =>
  [
    card.kicker,
    card.kicker.toUpperCase(),
    card.title,
    card.detail ?? '',
    card.siteTitle,
    card.footer,
    ...(card.bars
      ? [
          card.bars.thenLabel,
          card.bars.nowLabel,
          ...card.bars.rows.map((r) => r.label),
          '0123456789.%',
        ]
      : []),
    '…',
  ].join('\n');

async function layout(card: OgCard, title: TitleFit, embedFont: boolean) {
  const boxes: Record<string, Box> = {};
  const missing = new Set<string>();
  // Without embedded glyphs, the layout is the same and cheaper: that is a probe.
  const svg = await satori(cardTree(card, title, !embedFont), {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: ogFontsFor(cardText(card)),
    embedFont,
    onNodeDetected: ({ key, left, top, width, height }) => {
      if (typeof key === 'string') boxes[key] = { left, top, width, height };
    },
    // Called for text that no font given has: note it and draw without it.
    loadAdditionalAsset: async (_code, segment) => {
      for (const char of segment) if (char.trim()) missing.add(char);
      return [];
    },
  });
  return { svg, boxes, missingGlyphs: [...missing] };
}

const bodyHeight = BODY.bottom - BODY.top;

/**
 * Whether everything fits: no word of the title wider than the column, the whole no taller than the
 * body.
 */
function fits(boxes: Record<string, Box>): boolean {
  return (
    (boxes['title-min']?.width ?? 0) <= WIDTH + 0.5 &&
    (boxes.group?.height ?? 0) <= bodyHeight + 0.5
  );
}

/**
 * The largest title size at which the card fits, found by laying it out
 * without drawing glyphs; below the smallest size, the title breaks anywhere
 * and is cut to the lines that fit.
 */
async function fitTitle(card: OgCard): Promise<TitleFit> {
  const sizes = TITLE_SIZES.filter((s) => !card.bars || s <= TITLE_SIZE_WITH_CHART);
  const fitsAt = async (fontSize: number) => fits((await layout(card, { fontSize }, false)).boxes);
  if (await fitsAt(sizes[0]!)) return { fontSize: sizes[0]! };
  // sizes[low] is known not to fit; find the first that does by halving.
  let low = 0;
  let high = sizes.length;
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    if (await fitsAt(sizes[mid]!)) high = mid;
    else low = mid;
  }
  if (high < sizes.length) return { fontSize: sizes[high]! };
  const fontSize = sizes.at(-1)!;
  const { boxes } = await layout(card, { fontSize, lineClamp: 99 }, false);
  const others = (boxes.group?.height ?? 0) - (boxes.title?.height ?? 0);
  const lineHeight = Math.round(fontSize * (hasCjk(card.title) ? 1.28 : 1.14));
  return { fontSize, lineClamp: Math.max(1, Math.floor((bodyHeight - others) / lineHeight)) };
}

/** Lays the card out, fitting its title, and draws it as SVG with its text as paths. */
export async function renderOgCard(card: OgCard): Promise<OgLayout> {
  const fit = await fitTitle(card);
  const drawn = await layout(card, fit, true);
  return { ...drawn, titleFontSize: fit.fontSize, titleLineClamp: fit.lineClamp };
}

/** The card as an SVG string, 1200 x 630, that needs no font to display. */
export async function ogCardSvg(card: OgCard): Promise<string> {
  return (await renderOgCard(card)).svg;
}

/** The SVG as PNG bytes; zlib level 6 takes half the time of 9 for a file about a fifth larger. */
export async function ogCardPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer());
}

/**
 * What a cached card depends on besides its content: the template, the fonts, and the drawing
 * libraries.
 */
export function ogCardVersion(): string {
  return [
    `template ${OG_TEMPLATE_VERSION}`,
    `fonts ${ogFontsVersion()}`,
    `satori ${satoriPackage.version}`,
    `sharp ${sharp.versions.sharp ?? ''} rsvg ${sharp.versions.rsvg ?? ''}`,
  ].join('; ');
}

/** Only what a card shows, so that other fields (such as its page's path) do not change its key. */
export function ogCardContent(card: OgCard): OgCard {
  const { kicker, title, detail, bars, siteTitle, footer, language } = card;
  return { kicker, title, detail, bars, siteTitle, footer, language };
}
