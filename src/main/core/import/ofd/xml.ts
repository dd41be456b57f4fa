import { SaxesParser } from 'saxes';

/**
 * The XML parts of an OFD package, read with saxes (a conforming, non-validating parser) into a
 * small element tree. saxes expands no entity but the five XML predefines and character
 * references; a part with a DOCTYPE is refused outright (OFD parts have none, and a DTD is how
 * entity-expansion attacks begin). Element names lose their namespace prefix (`ofd:Page` is
 * `Page`): producers use the prefix `ofd` with varying namespace URIs.
 */

/** One element: its local name, attributes, child elements and own text. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** the text directly inside it (CDATA included), in document order */
  text: string;
}

/** Why a part could not be read; the package reader names the file and the part. */
export class XmlPartError extends Error {}

/** A part with more elements than it may have. */
export class XmlTooLargeError extends XmlPartError {}

/** The deepest nesting a part may have (real OFD stays under 20). */
export const maxXmlDepth = 64;

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** Parses `xml`; throws XmlPartError when it is not well formed, has a DOCTYPE, nests too deep or has more than `maxElements` elements. */
export function parseXml(xml: string, maxElements = 1_000_000): XmlElement {
  const parser = new SaxesParser({ position: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let count = 0;
  let failure = null as Error | null;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('doctype', () => {
    failure ??= new XmlPartError('has a DOCTYPE (entity declarations are not allowed)');
  });
  parser.on('opentag', (tag) => {
    if (failure) return;
    if (++count > maxElements) failure = new XmlTooLargeError(`has more than ${maxElements} elements`);
    if (stack.length >= maxXmlDepth) failure = new XmlPartError(`nests deeper than ${maxXmlDepth} levels`);
    const attrs: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) attrs[localName(key)] = String(value);
    const element: XmlElement = { name: localName(tag.name), attrs, children: [], text: '' };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root ??= element;
    stack.push(element);
  });
  const addText = (text: string): void => {
    const current = stack.at(-1);
    if (current && !failure) current.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    stack.pop();
  });
  // saxes keeps going after an error it reports; stop feeding at the first one.
  const chunk = 1 << 16;
  for (let at = 0; at < xml.length && !failure; at += chunk) parser.write(xml.slice(at, at + chunk));
  if (!failure) parser.close();
  if (failure) throw failure instanceof XmlPartError ? failure : new XmlPartError((failure as Error).message);
  if (!root) throw new XmlPartError('has no root element');
  return root;
}

/** The first child element named `name`, or null. */
export function child(element: XmlElement | null | undefined, name: string): XmlElement | null {
  return element?.children.find((c) => c.name === name) ?? null;
}

/** All child elements named `name`. */
export function childrenNamed(element: XmlElement | null | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((c) => c.name === name) : [];
}

/** The trimmed text of the first child named `name`, or null. */
export function childText(element: XmlElement | null | undefined, name: string): string | null {
  const found = child(element, name);
  const text = found?.text.trim();
  return text ? text : null;
}

/** Numbers of a space-separated attribute (`Boundary="0 0 210 297"`); non-numbers are dropped. */
export function numbers(value: string | null | undefined): number[] {
  if (!value) return [];
  return value
    .trim()
    .split(/[\s,]+/)
    .map(Number)
    .filter((n) => Number.isFinite(n));
}
