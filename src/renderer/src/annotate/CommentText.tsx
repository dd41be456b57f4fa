import type { ReactNode } from 'react';

/**
 * A comment written in Markdown, shown as it reads: paragraphs, lists (- or *), **bold**,
 * *emphasis* and `code`. Built from React elements only, never from HTML, so nothing in a
 * comment (or in one imported from another tool) can run or load anything; what is not one of
 * these marks shows as typed.
 */
export function CommentText({ text, className }: { text: string; className?: string }) {
  const blocks = text.trim().split(/\n\s*\n/);
  return (
    <span className={className} lang="zh-CN">
      {blocks.map((block, index) => {
        const lines = block.split('\n');
        if (lines.every((line) => /^\s*[-*]\s+/.test(line))) {
          return (
            <ul key={index} className="comment-list">
              {lines.map((line, at) => (
                <li key={at}>{inline(line.replace(/^\s*[-*]\s+/, ''))}</li>
              ))}
            </ul>
          );
        }
        return (
          <span key={index} className="comment-paragraph">
            {lines.map((line, at) => (
              <span key={at}>
                {at > 0 && <br />}
                {inline(line)}
              </span>
            ))}
          </span>
        );
      })}
    </span>
  );
}

/** The inline marks of one line: `code`, **bold**, *emphasis* or _emphasis_. */
export function inline(line: string): ReactNode[] {
  const parts: ReactNode[] = [];
  const mark = /`([^`]+)`|\*\*(.+?)\*\*|\*([^*\s][^*]*?)\*|_([^_\s][^_]*?)_/g;
  let at = 0;
  for (let match = mark.exec(line); match; match = mark.exec(line)) {
    if (match.index > at) parts.push(line.slice(at, match.index));
    const [, code, bold, em, under] = match;
    const key = parts.length;
    if (code !== undefined) parts.push(<code key={key}>{code}</code>);
    else if (bold !== undefined) parts.push(<strong key={key}>{inline(bold)}</strong>);
    else parts.push(<em key={key}>{em ?? under}</em>);
    at = match.index + match[0].length;
  }
  if (at < line.length) parts.push(line.slice(at));
  return parts;
}
