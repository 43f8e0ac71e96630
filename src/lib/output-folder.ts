/**
 * Where a build may write. Astro empties its output folder before it builds,
 * so an output folder that is, holds or lies inside the content, the source
 * or the project itself would lose them; such a folder is refused before
 * anything is touched.
 */
import path from 'node:path';

export interface ProjectFolders {
  /** The project's root. */
  root: string;
  /** The content folder. */
  content: string;
  /** Folders of the project's own making that a build must never empty: src/, tests/, public/... */
  protectedFolders: string[];
}

const isInside = (child: string, parent: string) => {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/** Why a build may not write to `outDir` (absolute), or null when it may. */
export function outputFolderProblem(outDir: string, folders: ProjectFolders): string | null {
  const out = path.resolve(outDir);
  const name = (folder: string) => path.relative(folders.root, folder) || '.';
  if (isInside(folders.root, out)) {
    return (
      `OUT_DIR "${outDir}" is the project folder or holds it: the build empties its output ` +
      `folder first, so it would delete the project. Choose a folder of its own, e.g. dist`
    );
  }
  for (const folder of [folders.content, ...folders.protectedFolders]) {
    if (isInside(out, folder) || isInside(folder, out)) {
      return (
        `OUT_DIR "${outDir}" is, holds or lies inside ${name(folder)}/: the build empties ` +
        `its output folder first, so it would delete ${name(folder)}/. Choose a folder of its ` +
        `own, e.g. dist`
      );
    }
  }
  return null;
}

/**
 * Whether a folder lies inside the project: Astro builds only there without leaving its own files
 * behind.
 */
export const isInsideProject = (folder: string, root: string) =>
  isInside(path.resolve(folder), root);
