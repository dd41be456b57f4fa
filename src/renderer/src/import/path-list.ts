/**
 * The paths the reader typed, one a line: blank lines and surrounding spaces dropped, each
 * path once, in the order first given. Quotes around a whole path (as a file manager copies
 * it) are taken off.
 */
export function parsePathList(text: string): string[] {
  const seen = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const path = unquote(line.trim());
    if (path !== '') seen.add(path);
  }
  return [...seen];
}

/** Adds `paths` under the lines already in `text`, leaving out those it already holds. */
export function appendPaths(text: string, paths: readonly string[]): string {
  const known = new Set(parsePathList(text));
  const added = paths.filter((path) => path !== '' && !known.has(path));
  if (added.length === 0) return text;
  const base = text.replace(/\s+$/, '');
  return [base, ...added].filter((line) => line !== '').join('\n');
}

function unquote(path: string): string {
  const match = /^(['"])(.*)\1$/.exec(path);
  return match ? (match[2] ?? '').trim() : path;
}
