import { describe, expect, it } from 'vitest';
import { useServedApp } from './harness';

const app = useServedApp();

interface AxNode {
  role?: { value: string };
  name?: { value: string };
  ignored?: boolean;
  nodeId: string;
  childIds?: string[];
}

describe('the page replica for a screen reader', () => {
  it('reads the text layer line by line, each line as printed, where the spans stay as pdf.js laid them out', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(app.served.appUrl);
    await page.locator('a.issue-card').first().click();
    await page.locator('.replica-page[data-state="painted"]').waitFor();

    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const textOf = (node: AxNode): string =>
      node.role?.value === 'StaticText' ? (node.name?.value ?? '') : (node.childIds ?? []).map((id) => byId.get(id)).map((child) => (child ? textOf(child) : '')).join('');
    const lines = nodes.filter((node) => node.role?.value === 'paragraph' && !node.ignored).map(textOf).filter((text) => text.trim() !== '');
    const layerText = await page.locator('.textLayer').evaluate((layer) => layer.textContent ?? '');
    expect(lines.length).toBeGreaterThan(20);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThan(200);
    // The page's lines come first in the tree, and together they are the whole text layer.
    const whole = layerText.replace(/\s/g, '');
    expect(lines.join('').replace(/\s/g, '').slice(0, whole.length)).toBe(whole);
    expect(await page.locator('.textLayer .text-line[role="paragraph"]').count()).toBeGreaterThan(20);

    // Each text span keeps the size pdf.js gave it: its box is as wide as the text drawn under it.
    const sized = await page.locator('.textLayer .text-line > span').evaluateAll((spans) =>
      spans.slice(0, 40).filter((span) => (span.textContent ?? '').trim().length > 3).map((span) => parseFloat(getComputedStyle(span).fontSize)),
    );
    expect(sized.length).toBeGreaterThan(5);
    expect(sized.every((size) => size > 4)).toBe(true);
    await page.close();
  });
});
