/**
 * Drawn Open Graph cards kept on disk, keyed by a hash of what a card shows
 * and of a version (template, fonts, drawing libraries): a build draws only
 * the cards whose content or drawing changed, which matters at 1,000
 * articles. Each version has its own folder; the first use of a version in a
 * process removes the folders of the other versions, so the cache does not
 * grow with every change of template.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const DEFAULT_OG_CACHE_DIR = 'node_modules/.cache/og-cards';

export interface OgCache {
  /** The folder, relative to the working directory or absolute. */
  dir: string;
  /** Anything the drawing depends on besides the content. */
  version: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** JSON with keys sorted, so the same content always gives the same text. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The file name of a content's entry: the hash of the content as stable JSON. */
export function contentKey(content: unknown): string {
  return sha256(stableJson(content));
}

const pruned = new Set<string>();

async function pruneOtherVersions(root: string, keep: string): Promise<void> {
  if (pruned.has(`${root}\n${keep}`)) return;
  pruned.add(`${root}\n${keep}`);
  const names = await readdir(root).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name !== keep)
      .map((name) => rm(path.join(root, name), { recursive: true, force: true })),
  );
}

/**
 * The bytes drawn for a content: read from the cache, or drawn and then
 * stored. The cache never fails a build: an entry that cannot be read is
 * drawn again, one that cannot be written is left out. Writes go through a
 * temporary file and a rename, so a reader never sees half a file.
 */
export async function cachedDrawing(
  cache: OgCache,
  content: unknown,
  draw: () => Promise<Uint8Array<ArrayBuffer>>,
): Promise<Uint8Array<ArrayBuffer>> {
  const root = path.resolve(cache.dir);
  const version = sha256(cache.version).slice(0, 16);
  await pruneOtherVersions(root, version);
  const dir = path.join(root, version);
  const file = path.join(dir, `${contentKey(content)}.png`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return new Uint8Array(cached);
  const bytes = await draw();
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined);
  }
  return bytes;
}
