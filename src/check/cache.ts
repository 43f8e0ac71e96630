/**
 * The checked content of a folder, shared by everything in one process that
 * asks for it: Astro's config, the build's content check and each
 * collection's loader run in separate module graphs, so the result is kept
 * on `globalThis`. It is reused while no file of the folder has changed
 * (same names, sizes and times), so a build reads each file once and the
 * dev server reads again only after an edit.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadContent, type LoadResult } from './load.ts';

const CACHE = Symbol.for('tariff-talks.checked-content');

type Cache = Map<string, { fingerprint: string; result: LoadResult }>;

function cache(): Cache {
  const holder = globalThis as { [CACHE]?: Cache };
  holder[CACHE] ??= new Map();
  return holder[CACHE];
}

/** The names, sizes and change times of every file under a folder, as one string. */
export function folderFingerprint(root: string): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const full = path.join(dir, name);
      try {
        const stat = statSync(full);
        if (stat.isDirectory()) walk(full);
        else parts.push(`${full}:${stat.size}:${stat.mtimeMs}`);
      } catch {
        parts.push(`${full}:unreadable`);
      }
    }
  };
  walk(root);
  return parts.join('\n');
}

/** The checked content of a folder, read again only when a file under it has changed. */
export function checkedContent(contentDir: string, cwd = process.cwd()): LoadResult {
  const root = path.resolve(cwd, contentDir);
  const fingerprint = folderFingerprint(root);
  const cached = cache().get(root);
  if (cached?.fingerprint === fingerprint) return cached.result;
  const result = loadContent(contentDir, cwd);
  cache().set(root, { fingerprint, result });
  return result;
}
