import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { pdfImageOf } from './images';

/** A 2×2 bitmap, bottom-up, 24 bits: bottom row red, blue; top row green, white. */
function bmp(): Uint8Array {
  const stride = 8;
  const bytes = new Uint8Array(54 + stride * 2);
  const view = new DataView(bytes.buffer);
  bytes.set([0x42, 0x4d]);
  view.setUint32(2, bytes.length, true);
  view.setUint32(10, 54, true);
  view.setUint32(14, 40, true);
  view.setInt32(18, 2, true);
  view.setInt32(22, 2, true);
  view.setUint16(26, 1, true);
  view.setUint16(28, 24, true);
  bytes.set([0, 0, 255, 255, 0, 0], 54); // BGR: red, blue
  bytes.set([0, 255, 0, 255, 255, 255], 54 + stride); // green, white
  return bytes;
}

/** A 1×2 RGBA PNG: an opaque red pixel, and below it the same again through the Up filter. */
function png(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    new DataView(out.buffer).setUint32(0, data.length);
    out.set([...type].map((c) => c.charCodeAt(0)), 4);
    out.set(data, 8);
    return out;
  };
  const header = new Uint8Array(13);
  new DataView(header.buffer).setUint32(0, 1);
  new DataView(header.buffer).setUint32(4, 2);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = new Uint8Array([0, 255, 0, 0, 255, 2, 0, 0, 0, 0]); // filter 0, then filter 2 (up)
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlibSync(rows)), chunk('IEND', new Uint8Array())];
  return new Uint8Array(parts.flatMap((p) => [...p]));
}

describe('images of an OFD package for its PDF', () => {
  it('turns a bottom-up BMP into RGB rows from the top', () => {
    const image = pdfImageOf(bmp())!;
    expect([image.width, image.height]).toEqual([2, 2]);
    expect([...image.data]).toEqual([0, 255, 0, 255, 255, 255, 255, 0, 0, 0, 0, 255]);
  });

  it('splits a PNG’s alpha into a soft mask, undoing the row filters', () => {
    const image = pdfImageOf(png())!;
    expect([...image.data]).toEqual([255, 0, 0, 255, 0, 0]);
    expect([...image.alpha!]).toEqual([255, 255]);
  });

  it('passes a JPEG through with its size, and declines what it cannot read', () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xc0, 0, 17, 8, 0, 3, 0, 5, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xd9]);
    expect(pdfImageOf(jpeg)).toMatchObject({ width: 5, height: 3, compress: false });
    expect(pdfImageOf(new TextEncoder().encode('GIF89a…'))).toBeNull();
  });
});
