/** Something wrong in content/, said so that an editor can find and fix it. */
export interface ContentProblem {
  /** The file, relative to the working folder, e.g. "content/events/hagiuda-meeting.yaml". */
  file: string;
  /** The line of the file, where one line is at fault. */
  line?: number;
  /** The field, as a path: "evidence.quote", "involved[1]"; left out for the file as a whole. */
  field?: string;
  message: string;
}

/** "content/events/x.yaml: date ..." or, with a line, "content/articles/x.md:12: body ...". */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return problem.field
    ? `${where}: ${problem.field} ${problem.message}`
    : `${where}: ${problem.message}`;
}

/** A field path as editors write it: `evidence.sources[1]`. */
export function formatFieldPath(path: readonly (string | number)[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

/** Problems in the order editors read them: by file, then line. */
export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
