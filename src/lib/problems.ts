/** Something wrong in content/, said so that an editor can find and fix it. */
export interface ContentProblem {
  /** The file, relative to the working folder, e.g. "content/events/hagiuda-meeting.yaml". */
  file: string;
  /** The field, as a path: "evidence.quote", "involved[1]"; left out for the file as a whole. */
  field?: string;
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  return problem.field
    ? `${problem.file}: ${problem.field} ${problem.message}`
    : `${problem.file}: ${problem.message}`;
}

/** A field path as editors write it: `evidence.sources[1]`. */
export function formatFieldPath(path: readonly (string | number)[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}
