import { crc32 } from 'node:zlib';

/** One entry of a hand-made zip: its name, the bytes stored, and what the headers claim. */
export interface RawZipEntry {
  name: string;
  /** the bytes as stored (already deflated when `method` is 8) */
  data: Uint8Array;
  method: 0 | 8;
  /** what the headers declare the entry unpacks to */
  size: number;
  crc: number;
}

/**
 * Lays out a zip file from entries whose headers may lie (sizes, names): what zip bombs and
 * path-traversal archives are made of, and what zipSync will not write. Test use only.
 */
export function rawZip(entries: readonly RawZipEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x0800, true); // UTF-8 names
    local.setUint16(8, entry.method, true);
    local.setUint32(14, entry.crc >>> 0, true);
    local.setUint32(18, entry.data.length, true);
    local.setUint32(22, Math.min(entry.size, 0xfffffffe), true);
    local.setUint16(26, name.length, true);
    parts.push(new Uint8Array(local.buffer), name, entry.data);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, 20, true);
    dir.setUint16(6, 20, true);
    dir.setUint16(8, 0x0800, true);
    dir.setUint16(10, entry.method, true);
    dir.setUint32(16, entry.crc >>> 0, true);
    dir.setUint32(20, entry.data.length, true);
    dir.setUint32(24, Math.min(entry.size, 0xfffffffe), true);
    dir.setUint16(28, name.length, true);
    dir.setUint32(42, offset, true);
    central.push(new Uint8Array(dir.buffer), name);
    offset += 30 + name.length + entry.data.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const all = [...parts, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of all) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A stored (uncompressed) entry with true headers. */
export function storedEntry(name: string, data: Uint8Array): RawZipEntry {
  return { name, data, method: 0, size: data.length, crc: crc32(data) };
}
