import type { Block } from '../../../shared/model';
import { citationOf, type Citation } from './pdf-document';

/**
 * A compilation: one PDF of many articles, each with a line citing where it was printed,
 * `《人民日报》（2025年10月20日 第 06 版）`, as databases and press offices export a day's
 * coverage. The citation sits either at the head of each piece (after its title and byline)
 * or at its foot; the pieces are cut at their citations, and each piece's title, 引题, 副题
 * and byline are read from the short lines around its head.
 */

/** One article of a compilation, with the citation of where it was printed. */
export interface CompilationPiece {
  citation: Citation;
  kicker?: string;
  title: string;
  subtitle?: string;
  byline?: string;
  blocks: Block[];
}

/** The fewest citation lines that make a document a compilation. */
const minPieces = 2;
/** A head line (title, 引题, 副题, byline) is short; a body paragraph is not. */
const headLineMax = 60;
const bylineLine = /^(?:□\s*)?(?:本报记者|记者|通讯员|作者|文\s*[/／]|[\p{Script=Han}·]{2,4}(?:[\s、，,]+[\p{Script=Han}·]{2,4}){0,3}$)/u;
const subtitleLine = /^(?:——|──|--|—)/;

const isShort = (block: Block): boolean => block.text.length <= headLineMax;

/** Title, kicker, subtitle and byline from a piece's head lines (in order), and what is left of them. */
function readHead(head: readonly Block[]): Omit<CompilationPiece, 'citation' | 'blocks'> & { rest: Block[] } {
  const headingAt = head.findIndex((b) => b.kind === 'heading');
  const at = headingAt >= 0 ? headingAt : head.findIndex((b) => !bylineLine.test(b.text) && !subtitleLine.test(b.text));
  const titleAt = at >= 0 ? at : 0;
  const title = head[titleAt]?.text ?? '';
  const before = head.slice(0, titleAt);
  const after = head.slice(titleAt + 1);
  const subtitle = after.find((b) => subtitleLine.test(b.text));
  const byline = after.find((b) => b !== subtitle && bylineLine.test(b.text));
  const rest = after.filter((b) => b !== subtitle && b !== byline);
  return {
    ...(before.length > 0 ? { kicker: before.map((b) => b.text).join(' ') } : {}),
    title,
    ...(subtitle ? { subtitle: subtitle.text } : {}),
    ...(byline ? { byline: byline.text } : {}),
    rest,
  };
}

/** The run of short blocks just before `end` (back to `floor`), at most `max`: a piece's head. */
function headRunBefore(blocks: readonly Block[], end: number, floor: number, max = 4): number {
  let start = end;
  while (start > floor && end - start < max && isShort(blocks[start - 1]!)) start -= 1;
  // Short lines above a heading are the previous piece's last lines more often than a 引题.
  const heading = blocks.slice(start, end).findIndex((b) => b.kind === 'heading');
  return heading > 0 ? start + heading : start;
}

/**
 * The pieces of a compilation, in order; null when the blocks cite fewer than two printings.
 * Blocks before the first piece's head go to the first piece; nothing is dropped but the
 * citation lines, which become each piece's citation.
 */
export function splitCompilation(blocks: readonly Block[]): CompilationPiece[] | null {
  const cited = blocks.flatMap((block, index) => {
    const found = citationOf(block.text);
    return found ? [{ index, citation: found }] : [];
  });
  if (cited.length < minPieces) return null;
  const pieces: CompilationPiece[] = [];
  // At the head when the first citation comes before any long paragraph.
  const isAtHead = blocks.slice(0, cited[0]!.index).every(isShort);
  if (isAtHead) {
    const starts = cited.map(({ index }, i) => headRunBefore(blocks, index, i === 0 ? 0 : cited[i - 1]!.index + 1));
    cited.forEach(({ index, citation }, i) => {
      const head = readHead(blocks.slice(starts[i], index));
      const end = i + 1 < cited.length ? starts[i + 1]! : blocks.length;
      const preamble = i === 0 ? blocks.slice(0, starts[0]) : [];
      pieces.push({ citation, ...withoutRest(head), blocks: [...preamble, ...head.rest, ...blocks.slice(index + 1, end)] });
    });
  } else {
    cited.forEach(({ index, citation }, i) => {
      const from = i === 0 ? 0 : cited[i - 1]!.index + 1;
      const body = blocks.slice(from, index);
      let headEnd = 0;
      while (headEnd < Math.min(body.length - 1, 4) && isShort(body[headEnd]!)) headEnd += 1;
      const head = readHead(body.slice(0, Math.max(1, headEnd)));
      pieces.push({ citation, ...withoutRest(head), blocks: [...head.rest, ...body.slice(Math.max(1, headEnd))] });
    });
  }
  return pieces.filter((piece) => piece.title !== '');
}

function withoutRest(head: ReturnType<typeof readHead>): Omit<CompilationPiece, 'citation' | 'blocks'> {
  const { rest: _rest, ...fields } = head;
  return fields;
}
