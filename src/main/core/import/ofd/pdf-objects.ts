import { zlibSync } from 'fflate';

/**
 * A PDF file built object by object, with binary streams (embedded fonts, images) and
 * Flate-compressed content. Object bodies are ASCII; a stream's data may be any bytes.
 */
export class PdfObjects {
  private readonly bodies: (Uint8Array[] | null)[] = [];
  private readonly encoder = new TextEncoder();

  /** Reserves an object number, to fill in later with {@link set}. */
  reserve(): number {
    this.bodies.push(null);
    return this.bodies.length;
  }

  /** Adds an object whose body is `body`; returns its number. */
  add(body: string): number {
    const n = this.reserve();
    this.set(n, body);
    return n;
  }

  set(n: number, body: string): void {
    this.bodies[n - 1] = [this.encoder.encode(body)];
  }

  /** Adds a stream; `compress` deflates it (FlateDecode). `dict` holds the other entries, without << >>. */
  stream(data: Uint8Array | string, dict = '', compress = true): number {
    const raw = typeof data === 'string' ? this.encoder.encode(data) : data;
    const bytes = compress ? zlibSync(raw, { level: 6 }) : raw;
    const filter = compress ? ' /Filter /FlateDecode' : '';
    const n = this.reserve();
    this.bodies[n - 1] = [this.encoder.encode(`<< /Length ${bytes.length}${filter} ${dict} >>\nstream\n`), bytes, this.encoder.encode('\nendstream')];
    return n;
  }

  /** The file: header, objects, cross-reference table, trailer with `root` and an /Info dictionary. */
  finish(root: number, info: number | null): Uint8Array {
    const chunks: Uint8Array[] = [this.encoder.encode('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n'.replace(/[\u0080-\u00ff]/g, 'a'))];
    let length = chunks[0]!.length;
    const offsets: number[] = [];
    this.bodies.forEach((body, i) => {
      offsets.push(length);
      for (const part of [this.encoder.encode(`${i + 1} 0 obj\n`), ...(body ?? [this.encoder.encode('null')]), this.encoder.encode('\nendobj\n')]) {
        chunks.push(part);
        length += part.length;
      }
    });
    let tail = `xref\n0 ${this.bodies.length + 1}\n0000000000 65535 f\r\n`;
    for (const off of offsets) tail += `${String(off).padStart(10, '0')} 00000 n\r\n`;
    tail += `trailer\n<< /Size ${this.bodies.length + 1} /Root ${root} 0 R${info ? ` /Info ${info} 0 R` : ''} >>\nstartxref\n${length}\n%%EOF\n`;
    chunks.push(this.encoder.encode(tail));
    const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/** A number as PDF writes it: at most 4 decimals, no exponent. */
export function pdfNumber(n: number): string {
  if (!Number.isFinite(n)) return '0';
  const r = Math.round(n * 10_000) / 10_000;
  return Object.is(r, -0) ? '0' : String(r);
}

/** A PDF text string in UTF-16BE hex, for /Info entries. */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}
