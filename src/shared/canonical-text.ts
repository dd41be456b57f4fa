import type { Block } from './model';

/**
 * The canonical plain text of an article: its blocks' text joined with "\n", NFC-normalised.
 * Every offset (annotations, search hits) refers to this string, in UTF-16 code units.
 */
export function canonicalText(blocks: readonly Block[]): string {
  return blocks.map((block) => block.text.normalize('NFC')).join('\n');
}
