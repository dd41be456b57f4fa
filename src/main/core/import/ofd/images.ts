import { unzlibSync } from 'fflate';

/**
 * Images of an OFD package as PDF image XObjects: a JPEG passes through (DCTDecode); a PNG is
 * decoded (any colour type and bit depth of 8, or palette/grey below 8) into RGB or grey
 * samples plus an alpha soft mask; an uncompressed BMP into RGB. Other formats (TIFF, JBIG2,
 * GIF) are left out, with a warning from the caller.
 */

/** An image ready to write: its XObject dictionary entries and data, and its soft mask. */
export interface PdfImage {
  width: number;
  height: number;
  /** dictionary entries besides /Type /Subtype /Width /Height /Length */
  dict: string;
  data: Uint8Array;
  /** whether `data` is still to be compressed with Flate */
  compress: boolean;
  alpha?: Uint8Array;
}

/** The size of a JPEG from its first SOF marker, or null. */
function jpegInfo(bytes: Uint8Array): { width: number; height: number; components: number } | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: (bytes[at + 5]! << 8) | bytes[at + 6]!, width: (bytes[at + 7]! << 8) | bytes[at + 8]!, components: bytes[at + 9]! };
    }
    at += 2 + length;
  }
  return null;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes a non-interlaced PNG; null for what it does not read. */
function decodePng(bytes: Uint8Array, maxPixels: number): PdfImage | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  let width = 0;
  let height = 0;
  let depth = 0;
  let type = 0;
  let interlace = 0;
  let palette: Uint8Array | null = null;
  let transparency: Uint8Array | null = null;
  const idat: Uint8Array[] = [];
  while (at + 8 <= bytes.length) {
    const length = view.getUint32(at);
    const kind = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (kind === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      depth = bytes[at + 16]!;
      type = bytes[at + 17]!;
      interlace = bytes[at + 20]!;
    } else if (kind === 'PLTE') palette = data;
    else if (kind === 'tRNS') transparency = data;
    else if (kind === 'IDAT') idat.push(data);
    else if (kind === 'IEND') break;
    at += 12 + length;
  }
  if (width === 0 || height === 0 || width * height > maxPixels || interlace !== 0) return null;
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[type];
  if (!channels || (depth !== 8 && !(depth < 8 && (type === 0 || type === 3)))) return null;
  const joined = new Uint8Array(idat.reduce((s, d) => s + d.length, 0));
  let o = 0;
  for (const d of idat) {
    joined.set(d, o);
    o += d.length;
  }
  const raw = unzlibSync(joined);
  const bpp = Math.max(1, (channels * depth) / 8);
  const stride = Math.ceil((width * channels * depth) / 8);
  if (raw.length < (stride + 1) * height) return null;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = pixels.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[x - bpp]! : 0;
      const b = prev[x]!;
      const c = x >= bpp ? prev[x - bpp]! : 0;
      const v = line[x]!;
      out[x] = (filter === 1 ? v + a : filter === 2 ? v + b : filter === 3 ? v + ((a + b) >> 1) : filter === 4 ? v + paeth(a, b, c) : v) & 0xff;
    }
  }
  if (type === 3) {
    if (!palette) return null;
    const entries = palette.length / 3;
    const hex = [...palette].map((v) => v.toString(16).padStart(2, '0')).join('');
    let alpha: Uint8Array | undefined;
    if (transparency) {
      alpha = new Uint8Array(width * height);
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const bit = x * depth;
          const index = (pixels[y * stride + (bit >> 3)]! >> (8 - depth - (bit & 7))) & ((1 << depth) - 1);
          alpha[y * width + x] = transparency[index] ?? 255;
        }
      }
    }
    return { width, height, dict: `/ColorSpace [/Indexed /DeviceRGB ${entries - 1} <${hex}>] /BitsPerComponent ${depth}`, data: pixels, compress: true, ...(alpha ? { alpha } : {}) };
  }
  if (type === 0) return { width, height, dict: `/ColorSpace /DeviceGray /BitsPerComponent ${depth}`, data: pixels, compress: true };
  if (type === 2) return { width, height, dict: '/ColorSpace /DeviceRGB /BitsPerComponent 8', data: pixels, compress: true };
  // Grey or RGB with alpha: split the alpha off into a soft mask.
  const colours = channels - 1;
  const colour = new Uint8Array(width * height * colours);
  const alpha = new Uint8Array(width * height);
  for (let i = 0; i < width * height; i++) {
    for (let k = 0; k < colours; k++) colour[i * colours + k] = pixels[i * channels + k]!;
    alpha[i] = pixels[i * channels + colours]!;
  }
  return { width, height, dict: `/ColorSpace /${colours === 1 ? 'DeviceGray' : 'DeviceRGB'} /BitsPerComponent 8`, data: colour, compress: true, alpha };
}

/** Decodes an uncompressed Windows bitmap (24 or 32 bits, or 8 bits with a palette); null for others. */
function decodeBmp(bytes: Uint8Array, maxPixels: number): PdfImage | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dataAt = view.getUint32(10, true);
  const headerSize = view.getUint32(14, true);
  const width = view.getInt32(18, true);
  const rawHeight = view.getInt32(22, true);
  const bits = view.getUint16(28, true);
  const compression = view.getUint32(30, true);
  const height = Math.abs(rawHeight);
  if (width <= 0 || height === 0 || width * height > maxPixels || ![8, 24, 32].includes(bits) || (compression !== 0 && !(compression === 3 && bits === 32))) return null;
  const stride = Math.ceil((width * bits) / 32) * 4;
  if (dataAt + stride * height > bytes.length) return null;
  const palette = bits === 8 ? bytes.subarray(14 + headerSize, dataAt) : null;
  const rgb = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    // Rows run bottom-up unless the height is negative.
    const row = dataAt + stride * (rawHeight > 0 ? height - 1 - y : y);
    for (let x = 0; x < width; x++) {
      const out = (y * width + x) * 3;
      const at = palette ? 4 * bytes[row + x]! : row + x * (bits / 8);
      const source = palette ?? bytes;
      rgb[out] = source[at + 2] ?? 0;
      rgb[out + 1] = source[at + 1] ?? 0;
      rgb[out + 2] = source[at] ?? 0;
    }
  }
  return { width, height, dict: '/ColorSpace /DeviceRGB /BitsPerComponent 8', data: rgb, compress: true };
}

/** The image of `bytes` (format by its magic bytes), or null when it cannot be written. */
export function pdfImageOf(bytes: Uint8Array, maxPixels = 40_000_000): PdfImage | null {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xd8) {
      const info = jpegInfo(bytes);
      if (!info || info.width * info.height > maxPixels) return null;
      const space = info.components === 1 ? 'DeviceGray' : info.components === 4 ? 'DeviceCMYK' : 'DeviceRGB';
      // Adobe CMYK JPEGs are stored inverted; the Decode array turns them back.
      const decode = info.components === 4 ? ' /Decode [1 0 1 0 1 0 1 0]' : '';
      return { width: info.width, height: info.height, dict: `/ColorSpace /${space} /BitsPerComponent 8 /Filter /DCTDecode${decode}`, data: bytes, compress: false };
    }
    if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return decodePng(bytes, maxPixels);
    if (bytes[0] === 0x42 && bytes[1] === 0x4d && bytes.length > 54) return decodeBmp(bytes, maxPixels);
    return null;
  } catch {
    return null;
  }
}
