import type { Page } from 'playwright-core';

/** The texts a CSS Custom Highlight (`jianbao-highlight-green` …) paints now, range by range. */
export function paintedTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  }, name);
}

/** Drags the mouse over `text` in the article body, as a reader selects it. */
export async function dragOver(page: Page, text: string): Promise<void> {
  const box = await page.evaluate((wanted) => {
    for (const block of document.querySelectorAll('.article-body [data-text-start]')) {
      const node = block.firstChild as Text | null;
      const at = node?.data.indexOf(wanted) ?? -1;
      if (!node || at === -1) continue;
      const rectOf = (offset: number) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect();
      };
      const first = rectOf(at);
      const last = rectOf(at + wanted.length - 1);
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    return null;
  }, text);
  if (!box) throw new Error(`"${text}" is not in the article body`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}
