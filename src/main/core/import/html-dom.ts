import { parse, type DefaultTreeAdapterMap } from 'parse5';

/**
 * The few DOM walks the HTML importer needs, over parse5's tree. The page is parsed, never
 * rendered or run: scripts are just elements whose text nobody reads.
 */

export type HtmlElement = DefaultTreeAdapterMap['element'];
type HtmlNode = DefaultTreeAdapterMap['node'];
type HtmlChild = DefaultTreeAdapterMap['childNode'];

/** Elements whose text is never article text. */
export const skippedTags = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'form', 'button', 'select', 'textarea', 'input', 'nav', 'ins', 'head']);

/** Elements that start a new line of text. */
export const blockTags = new Set(['p', 'div', 'section', 'article', 'blockquote', 'center', 'figure', 'figcaption', 'ul', 'ol', 'li', 'table', 'tbody', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'main', 'header', 'footer', 'aside', 'dl', 'dt', 'dd']);

/**
 * How deep elements may nest before what is below is read as plain text. News pages nest a
 * few dozen levels; the walks below recurse, and some look at a subtree once per ancestor, so
 * a page of 200,000 nested <div>s would overflow the stack or run for hours.
 */
export const maxNestingDepth = 200;

/** Parses a page into its document element's tree, nesting past {@link maxNestingDepth} flattened. */
export function parseHtml(text: string): HtmlElement {
  const document = parse(text);
  const html = document.childNodes.find((n): n is HtmlElement => 'tagName' in n && n.tagName === 'html');
  if (!html) throw new Error('parse5 always makes an <html> element');
  flattenDeepNesting(html, maxNestingDepth);
  return html;
}

/**
 * Replaces the children of each element at `maxDepth` by one text node holding the text
 * below it (skipped elements left out), without recursion: parse5 builds trees of any depth.
 */
function flattenDeepNesting(root: HtmlElement, maxDepth: number): void {
  const stack: [HtmlElement, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (depth < maxDepth) {
      for (const child of children(element)) if (isElement(child)) stack.push([child, depth + 1]);
      continue;
    }
    const texts: string[] = [];
    const below: HtmlChild[] = [...children(element)].reverse();
    while (below.length > 0) {
      const node = below.pop()!;
      if (isText(node)) texts.push(node.value);
      else if (isElement(node) && !skippedTags.has(node.tagName)) below.push(...[...children(node)].reverse());
    }
    element.childNodes = texts.length > 0 ? [{ nodeName: '#text', value: texts.join(''), parentNode: element }] : [];
  }
}

/** True for an element node. */
export function isElement(node: HtmlNode | HtmlChild): node is HtmlElement {
  return 'tagName' in node;
}

/** True for a text node. */
export function isText(node: HtmlNode | HtmlChild): node is DefaultTreeAdapterMap['textNode'] {
  return node.nodeName === '#text';
}

/** The value of an attribute, or undefined. */
export function attr(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** The element's class and id, for matching against what sites call their boxes. */
export function classAndId(element: HtmlElement): string {
  return `${attr(element, 'class') ?? ''} ${attr(element, 'id') ?? ''}`.toLowerCase();
}

/** An element's child nodes (a template's content is not walked). */
export function children(element: HtmlElement): HtmlChild[] {
  return element.tagName === 'template' ? [] : element.childNodes;
}

/** Every element under `root` (itself included) that `match` accepts, in document order. */
export function findAll(root: HtmlElement, match: (element: HtmlElement) => boolean): HtmlElement[] {
  const found: HtmlElement[] = [];
  const walk = (element: HtmlElement): void => {
    if (match(element)) found.push(element);
    for (const child of children(element)) if (isElement(child)) walk(child);
  };
  walk(root);
  return found;
}

/** The first element under `root` that `match` accepts, or null. */
export function findFirst(root: HtmlElement, match: (element: HtmlElement) => boolean): HtmlElement | null {
  return findAll(root, match)[0] ?? null;
}

/** The text of an element, skipped elements left out; `<br>` and block elements break lines. */
export function textOf(element: HtmlElement, options: { skipLinks?: boolean } = {}): string {
  let out = '';
  const walk = (node: HtmlChild): void => {
    if (isText(node)) out += node.value;
    else if (isElement(node)) {
      if (skippedTags.has(node.tagName)) return;
      if (node.tagName === 'br') out += '\n';
      else if (!(options.skipLinks && node.tagName === 'a')) {
        const isBlock = blockTags.has(node.tagName);
        if (isBlock) out += '\n';
        for (const child of children(node)) walk(child);
        if (isBlock) out += '\n';
      }
    }
  };
  for (const child of children(element)) walk(child);
  return out;
}

/** The length of the text inside links under `element`. */
export function linkTextLength(element: HtmlElement): number {
  return findAll(element, (e) => e.tagName === 'a').reduce((sum, a) => sum + textOf(a).trim().length, 0);
}

/** The text of `root` as {@link textOf} reads it, with where each element's text starts and ends in it. */
export interface PositionedText {
  text: string;
  spans: Map<HtmlElement, { start: number; end: number }>;
}

/**
 * What {@link positionedText} puts between blocks: a paragraph separator, then a line break.
 * A line break alone is also what a page's source may hold inside one element (责任编辑：↵尹世杰),
 * so the separator tells a label's value on the next line apart from the next block's text.
 */
export const blockBreak = '\u2029\n';

/** {@link textOf} with each element's span in the text: to tell what is near what on the page. */
export function positionedText(root: HtmlElement): PositionedText {
  let text = '';
  const spans = new Map<HtmlElement, { start: number; end: number }>();
  const walk = (node: HtmlChild): void => {
    if (isText(node)) text += node.value;
    else if (isElement(node)) {
      if (skippedTags.has(node.tagName)) return;
      if (node.tagName === 'br') text += '\n';
      else {
        const isBlock = blockTags.has(node.tagName);
        if (isBlock) text += blockBreak;
        const start = text.length;
        for (const child of children(node)) walk(child);
        spans.set(node, { start, end: text.length });
        if (isBlock) text += blockBreak;
      }
    }
  };
  for (const child of children(root)) walk(child);
  return { text, spans };
}
