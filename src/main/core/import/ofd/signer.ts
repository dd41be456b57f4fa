/**
 * Who signed, as a signature's certificate names it: the common names (X.520 CN, OID 2.5.4.3)
 * inside the DER of a PKCS#7 or SES signature value. This reads the names only; it does not
 * check the signature, the certificate chain or the document digest.
 */

const cnOid = [0x06, 0x03, 0x55, 0x04, 0x03];
/** DER string types a name may use: UTF8, Printable, T61, IA5, BMP. */
const stringTags = new Set([0x0c, 0x13, 0x14, 0x16, 0x1e]);

function readString(bytes: Uint8Array, at: number): string | null {
  const tag = bytes[at];
  let length = bytes[at + 1] ?? 0;
  let start = at + 2;
  if (tag === undefined || !stringTags.has(tag)) return null;
  if (length & 0x80) {
    const n = length & 0x7f;
    if (n < 1 || n > 2) return null;
    length = 0;
    for (let i = 0; i < n; i++) length = (length << 8) | (bytes[start + i] ?? 0);
    start += n;
  }
  if (length === 0 || length > 256 || start + length > bytes.length) return null;
  const data = bytes.subarray(start, start + length);
  if (tag === 0x1e) {
    let out = '';
    for (let i = 0; i + 1 < data.length; i += 2) out += String.fromCharCode((data[i]! << 8) | data[i + 1]!);
    return out;
  }
  return new TextDecoder('utf-8').decode(data);
}

/** The common names in `der`, in order, each once. */
export function commonNames(der: Uint8Array): string[] {
  const names: string[] = [];
  for (let i = 0; i + cnOid.length < der.length && names.length < 50; i++) {
    if (cnOid.every((b, k) => der[i + k] === b)) {
      const name = readString(der, i + cnOid.length)?.trim();
      if (name && !names.includes(name)) names.push(name);
    }
  }
  return names;
}

/** The signer's name: the first common name that is not a certificate authority's, else the first. */
export function signerOf(der: Uint8Array): string | null {
  const names = commonNames(der);
  return names.find((n) => !/(^|\W)CA(\W|$)|Root|根|认证中心|Certificat/i.test(n)) ?? names[0] ?? null;
}
