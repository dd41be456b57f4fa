import { describe, expect, it } from 'vitest';
import { decodeText } from './charset';

describe('decodeText', () => {
  it('refuses bytes that are no text: zeros, and random bytes that GB18030 would read as nonsense', () => {
    const random = Uint8Array.from({ length: 2048 }, (_, i) => (i * 2654435761) % 251);
    for (const bytes of [new Uint8Array(4096), random]) {
      expect(() => decodeText(bytes, { name: 'junk.txt' })).toThrow(expect.objectContaining({ code: 'UNDECODABLE', message: expect.stringContaining('junk.txt') }));
    }
  });

  it('still reads text with a tab, line breaks and a form feed, and UTF-16 behind its mark', () => {
    expect(decodeText(new TextEncoder().encode('标题\t一\r\n正文\f第二页\n'), { name: 'a.txt' }).text).toBe('标题\t一\r\n正文\f第二页\n');
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...'提案'].map((c) => c.charCodeAt(0))).buffer)]);
    expect(decodeText(utf16, { name: 'b.txt' }).text).toBe('提案');
  });
});
