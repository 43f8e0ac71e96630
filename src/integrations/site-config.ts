/**
 * The settings a build takes from its environment and its content, decided
 * once before Astro starts: where the content is, where the site goes
 * (`OUT_DIR`, refused when unsafe), and its address (`SITE_URL`, else
 * site.yaml's `baseUrl`), whose path becomes Astro's `base`. What is wrong is
 * said here, naming the setting, and reported by the content check.
 */
import path from 'node:path';
import { checkedContent } from '../check/cache.ts';
import { isInsideProject, outputFolderProblem } from '../lib/output-folder.ts';
import { normalizeSiteUrl, siteUrlProblem } from '../lib/safe-url.ts';

export interface SiteConfig {
  contentDir: string;
  /** Where the site is published. */
  outDir: string;
  /**
   * Where Astro builds it: the project's own staging folder when outDir lies outside the project.
   */
  buildDir: string;
  /** The site's absolute address, with its path, ending in "/". */
  site: string | undefined;
  /** The path of the address: "/" or "/explainers/tariffs/". */
  base: string;
  /** Problems with the settings themselves, each naming its setting. */
  problems: string[];
}

export interface Environment extends Record<string, string | undefined> {
  CONTENT_DIR?: string | undefined;
  OUT_DIR?: string | undefined;
  SITE_URL?: string | undefined;
}

/** Folders of the project that a build must never write into. */
const PROTECTED = ['src', 'tests', 'public', 'scripts', 'node_modules', '.git'];

export function siteConfig(env: Environment, root = process.cwd()): SiteConfig {
  const contentDir = env.CONTENT_DIR ?? 'content';
  const problems: string[] = [];

  let outDir = path.resolve(root, env.OUT_DIR ?? 'dist');
  const outProblem = outputFolderProblem(outDir, {
    root,
    content: path.resolve(root, contentDir),
    protectedFolders: PROTECTED.map((folder) => path.join(root, folder)),
  });
  if (outProblem) {
    problems.push(outProblem);
    // Astro is never told an unsafe folder, so nothing can empty it.
    outDir = path.join(root, 'dist');
  }
  const buildDir = isInsideProject(outDir, root) ? outDir : path.join(root, '.staging', 'site');

  let site: string | undefined;
  if (env.SITE_URL !== undefined) {
    const problem = siteUrlProblem(env.SITE_URL);
    if (problem) problems.push(`SITE_URL "${env.SITE_URL}" ${problem}`);
    else site = normalizeSiteUrl(env.SITE_URL);
  } else {
    // A missing or broken site.yaml is reported by the content check, with the rest.
    site = checkedContent(contentDir, root).content?.site.baseUrl;
  }
  const base = site ? new URL(site).pathname : '/';
  return { contentDir, outDir, buildDir, site, base, problems };
}
