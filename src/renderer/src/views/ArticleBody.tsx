import { forwardRef, useMemo } from 'react';
import type { Block } from '../../../shared/model';
import { textStartAttribute } from '../annotate/text-offsets';

/**
 * The body of an article or a document: one element per block, its text as the canonical text
 * has it (NFC), each marked with where it starts there, which is what annotations and their
 * offsets refer to.
 */
export const ArticleBody = forwardRef<HTMLDivElement, { blocks: readonly Block[] }>(function ArticleBody({ blocks }, ref) {
  const starts = useMemo(() => textStarts(blocks), [blocks]);
  return (
    <div className="article-body" ref={ref}>
      {blocks.map((block, index) => (
        <BlockView key={index} block={block} textStart={starts[index] ?? 0} />
      ))}
    </div>
  );
});

function BlockView({ block, textStart }: { block: Block; textStart: number }) {
  const text = block.text.normalize('NFC');
  const mark = { [textStartAttribute]: textStart };
  switch (block.kind) {
    case 'heading':
      return <h2 className="block-heading" {...mark}>{text}</h2>;
    case 'caption':
      return <p className="block-caption" {...mark}>{text}</p>;
    default:
      return <p className="block-paragraph" {...mark}>{text}</p>;
  }
}

/** Where each block's text starts in the canonical text (blocks joined with "\n"). */
function textStarts(blocks: readonly Block[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const block of blocks) {
    starts.push(at);
    at += block.text.normalize('NFC').length + 1;
  }
  return starts;
}
