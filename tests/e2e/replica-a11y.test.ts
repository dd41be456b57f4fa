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
    // The paragraphs inside the text layer, in the order the tree gives them.
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
    const { nodeId: layerId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.replica-page .textLayer' })) as { nodeId: number };
    const { nodes: inLayer } = (await cdp.send('Accessibility.queryAXTree', { nodeId: layerId, role: 'paragraph' })) as { nodes: AxNode[] };
    const lines = inLayer
      .filter((node) => !node.ignored)
      .map((node) => textOf(byId.get(node.nodeId) ?? node))
      .filter((text) => text.trim() !== '');
    const layerText = await page.locator('.textLayer').evaluate((layer) => layer.textContent ?? '');
    expect(lines.length).toBeGreaterThan(20);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThan(200);
    // Together the lines are the whole text layer, in its order.
    expect(lines.join('').replace(/\s/g, '')).toBe(layerText.replace(/\s/g, ''));
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
