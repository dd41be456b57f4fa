import { describe, expect, it } from 'vitest';
import { maxXmlDepth, parseXml, XmlTooLargeError } from './xml';

describe('reading OFD XML parts', () => {
  it('drops namespace prefixes and expands only the XML entities and character references', () => {
    const root = parseXml('<ofd:TextCode xmlns:ofd="http://www.ofdspec.org/2016" X="1">R&amp;W &#x4F60;<![CDATA[<好>]]></ofd:TextCode>');
    expect([root.name, root.attrs.X, root.text]).toEqual(['TextCode', '1', 'R&W 你<好>']);
  });

  it.each([
    ['a DOCTYPE with entity declarations', '<!DOCTYPE r [<!ENTITY a "aaaa">]><r>&a;</r>', /DOCTYPE/],
    ['an entity it does not know', '<r>&nbsp;</r>', /entity/i],
    ['a part that is not well formed', '<r><a></r>', /./],
    ['nesting past the limit', `${'<a>'.repeat(maxXmlDepth + 1)}${'</a>'.repeat(maxXmlDepth + 1)}`, /deeper/],
  ])('refuses %s', (_, xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
  });

  it('stops at the element limit it is given', () => {
    expect(() => parseXml(`<r>${'<p/>'.repeat(11)}</r>`, 10)).toThrow(XmlTooLargeError);
  });
});
