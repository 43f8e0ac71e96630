/**
 * The fonts of the Open Graph cards, committed under assets/fonts/ (SIL OFL):
 * Noto Serif 700 and Noto Sans 400 and 700 for Latin text, and Noto Sans JP
 * 700 in the 120 chunks fontsource splits it into, each with its unicode
 * range (assets/fonts/fonts.json). A card loads the Latin files and only the
 * Japanese chunks its characters need. Each file is read once per process and
 * its Buffer shared: satori keeps parsed fonts per Buffer, so it parses each
 * once too.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Font } from 'satori';

/** One font file as fonts.json lists it. */
interface FontFace {
  family: string;
  weight: 400 | 700;
  /** fontsource's name for the file's part of Unicode: `latin`, `latin-ext`, `japanese`. */
  subset: string;
  /** Relative to the fonts folder. */
  file: string;
  /** As in CSS: `U+0000-00FF,U+0131,...`. */
  unicodeRange: string;
}

interface Manifest {
  source: string;
  faces: FontFace[];
}

/** A folder's fonts: the manifest, its faces' ranges sorted for lookup, a version. */
interface FontSet {
  dir: string;
  version: string;
  latin: FontFace[];
  /** [first, last, face] code point ranges of the faces loaded on demand, sorted by first. */
  ranges: [number, number, FontFace][];
  latinRanges: [number, number][];
}

const CACHE = Symbol.for('tariff-talks.og-fonts');

// On globalThis: Astro loads routes in more than one module graph, and a
// Buffer must stay the same object for satori to keep its parsed font.
interface Cache {
  sets: Map<string, FontSet>;
  files: Map<string, Buffer>;
}

function cache(): Cache {
  const holder = globalThis as { [CACHE]?: Cache };
  holder[CACHE] ??= { sets: new Map(), files: new Map() };
  return holder[CACHE];
}

export const DEFAULT_FONTS_DIR = 'assets/fonts';

/** Parses a CSS unicode-range (`U+41-5A,U+4??`) into [first, last] pairs. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      if (part.includes('?'))
        return [parseInt(part.replace(/\?/g, '0'), 16), parseInt(part.replace(/\?/g, 'f'), 16)];
      const [first = '', last = first] = part.split('-');
      return [parseInt(first, 16), parseInt(last, 16)];
    });
}

function fontSet(fontsDir: string, cwd: string): FontSet {
  const dir = path.resolve(cwd, fontsDir);
  const known = cache().sets.get(dir);
  if (known) return known;
  const text = readFileSync(path.join(dir, 'fonts.json'), 'utf8');
  const manifest = JSON.parse(text) as Manifest;
  const isLatin = (face: FontFace) => face.subset.startsWith('latin');
  const latin = manifest.faces.filter(isLatin);
  const ranges = manifest.faces
    .filter((face) => !isLatin(face))
    .flatMap((face) =>
      parseUnicodeRange(face.unicodeRange).map(([a, b]): [number, number, FontFace] => [
        a,
        b,
        face,
      ]),
    )
    .sort((x, y) => x[0] - y[0]);
  const set: FontSet = {
    dir,
    // The sizes catch a file replaced without a new manifest, at the cost of a stat each.
    version: createHash('sha256')
      .update(text)
      .update(manifest.faces.map((face) => statSync(path.join(dir, face.file)).size).join(','))
      .digest('hex')
      .slice(0, 16),
    latin,
    ranges,
    latinRanges: latin.flatMap((face) => parseUnicodeRange(face.unicodeRange)),
  };
  cache().sets.set(dir, set);
  return set;
}

function faceOf(set: FontSet, codePoint: number): FontFace | undefined {
  let low = 0;
  let high = set.ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [first, last, face] = set.ranges[mid]!;
    if (codePoint < first) high = mid - 1;
    else if (codePoint > last) low = mid + 1;
    else return face;
  }
  return undefined;
}

function fontOf(set: FontSet, face: FontFace): Font {
  const file = path.join(set.dir, face.file);
  let data = cache().files.get(file);
  if (!data) {
    data = readFileSync(file);
    cache().files.set(file, data);
  }
  // satori keeps one font per family name and falls back, glyph by glyph,
  // through the families in the order given: so each file needs a name of
  // its own (the Japanese chunks are named after their files).
  const name =
    face.subset === 'latin'
      ? face.family
      : face.subset === 'latin-ext'
        ? `${face.family} Ext`
        : path.basename(face.file, '.woff');
  return { name, data, weight: face.weight, style: 'normal' };
}

/**
 * The fonts for a card's text: the Latin files, and the Japanese chunks that hold its other
 * characters.
 */
export function ogFontsFor(
  text: string,
  fontsDir = DEFAULT_FONTS_DIR,
  cwd = process.cwd(),
): Font[] {
  const set = fontSet(fontsDir, cwd);
  const extra = new Set<FontFace>();
  for (const char of new Set(text)) {
    const codePoint = char.codePointAt(0)!;
    if (set.latinRanges.some(([a, b]) => codePoint >= a && codePoint <= b)) continue;
    const face = faceOf(set, codePoint);
    if (face) extra.add(face);
  }
  return [...set.latin, ...extra].map((face) => fontOf(set, face));
}

/** Changes when the manifest or a file's size changes: part of the cards' cache key. */
export function ogFontsVersion(fontsDir = DEFAULT_FONTS_DIR, cwd = process.cwd()): string {
  return fontSet(fontsDir, cwd).version;
}

/**
 * Font families as the template names them; satori falls back to the other fonts given, Japanese
 * last.
 */
export const SERIF = "'Noto Serif', 'Noto Serif Ext'";
export const SANS = "'Noto Sans', 'Noto Sans Ext'";
