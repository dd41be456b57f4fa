import type { OfdPackageInfo } from '../../../../shared/import-types';
import { multiply, translate } from './matrix';
import type { OfdDocument, OfdFont } from './ofd-document';
import { folderOf, OfdPackage, resolvePartPath } from './ofd-package';
import type { Drawable } from './page-content';
import { placeDrawables, sealPictureOf, type SealPicture } from './seal';
import { signerOf } from './signer';
import { child, childText, childrenNamed, numbers, type XmlElement } from './xml';

/**
 * What an OFD package carries besides its pages (GB/T 33190): the document’s own
 * annotations (Annots) with their appearances, its signatures (Signs) with who signed and where
 * their seals are stamped, and its attachments. Signatures are read, not verified.
 */

/** A date of the package (2020-05-20, 2020-05-20T…) as YYYY-MM-DD, or null. */
export const isoDate = (value: string | null | undefined): string | null => {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
};

/** The document's annotations (Annots): listed in `info`; visible appearances returned by page ID. */
export function readAnnotations(pkg: OfdPackage, doc: XmlElement, docDir: string, pageRefs: readonly XmlElement[], info: OfdPackageInfo, warnings: string[]) {
  const appearances = new Map<string, { boundary: number[]; appearance: XmlElement }[]>();
  const loc = childText(doc, 'Annotations');
  const listPath = loc ? resolvePartPath(docDir, loc) : null;
  if (!listPath) return appearances;
  if (!pkg.has(listPath)) {
    warnings.push(`${pkg.fileName} 缺少批注列表 ${listPath} / ${pkg.fileName} lacks its annotation list ${listPath}.`);
    return appearances;
  }
  const list = pkg.xml(listPath, { zh: '批注列表', en: 'annotation list' });
  const pageNumber = new Map(pageRefs.map((p, i) => [p.attrs.ID ?? '', i + 1]));
  for (const page of childrenNamed(list, 'Page')) {
    const file = childText(page, 'FileLoc');
    const path: string | null = file ? resolvePartPath(folderOf(listPath), file) : null;
    if (!path || !pkg.has(path) || path === listPath) continue;
    const annots = pkg.xml(path, { zh: '页面批注', en: 'page annotations' });
    for (const annot of childrenNamed(annots, 'Annot')) {
      const number = pageNumber.get(page.attrs.PageID ?? '');
      info.annotations.push({
        ...(number ? { page: number } : {}),
        type: annot.attrs.Type ?? 'Unknown',
        ...(annot.attrs.Subtype ? { subtype: annot.attrs.Subtype } : {}),
        ...(annot.attrs.Creator ? { creator: annot.attrs.Creator } : {}),
        ...(isoDate(annot.attrs.LastModDate) ? { date: isoDate(annot.attrs.LastModDate)! } : {}),
        ...(childText(annot, 'Remark') ? { remark: childText(annot, 'Remark')!.slice(0, 2000) } : {}),
      });
      const appearance = child(annot, 'Appearance');
      if (appearance && annot.attrs.Visible !== 'false' && page.attrs.PageID) {
        const entry = appearances.get(page.attrs.PageID) ?? [];
        entry.push({ boundary: numbers(appearance.attrs.Boundary), appearance });
        appearances.set(page.attrs.PageID, entry);
      }
    }
  }
  return appearances;
}

/** Where a seal is stamped (StampAnnot): the page's ID, its box in mm, and the seal's picture. */
export interface Stamp {
  pageId: string;
  boundary: number[];
  picture: SealPicture | null;
  index: number;
}

/** The signatures (Signs): who signed (from the signature's certificate), by which provider, when, and where their seals are stamped. Not verified. */
export function readSignatures(pkg: OfdPackage, body: XmlElement, info: OfdPackageInfo, warnings: string[]): Stamp[] {
  const stamps: Stamp[] = [];
  const loc = childText(body, 'Signatures');
  const listPath = loc ? resolvePartPath('', loc) : null;
  if (!listPath) return stamps;
  if (!pkg.has(listPath)) {
    warnings.push(`${pkg.fileName} 缺少签名列表 ${listPath} / ${pkg.fileName} lacks its signature list ${listPath}.`);
    return stamps;
  }
  const list = pkg.xml(listPath, { zh: '签名列表', en: 'signature list' });
  for (const sign of childrenNamed(list, 'Signature')) {
    const path: string | null = sign.attrs.BaseLoc ? resolvePartPath(folderOf(listPath), sign.attrs.BaseLoc) : null;
    const part = path && path !== listPath && pkg.has(path) ? pkg.xml(path, { zh: '签名', en: 'signature' }) : null;
    const signed = child(part, 'SignedInfo');
    const provider = child(signed, 'Provider');
    const valueLoc = childText(part, 'SignedValue');
    const valuePath = valueLoc && path ? resolvePartPath(folderOf(path), valueLoc) : null;
    const value = valuePath ? pkg.bytes(valuePath) : null;
    const signer = value ? signerOf(value) : null;
    const sealLoc = childText(child(signed, 'Seal'), 'BaseLoc');
    const sealPath = sealLoc && path ? resolvePartPath(folderOf(path), sealLoc) : null;
    const sealBytes = sealPath ? pkg.bytes(sealPath) : null;
    const picture = (sealBytes ? sealPictureOf(sealBytes) : null) ?? (value ? sealPictureOf(value) : null);
    for (const stamp of childrenNamed(signed, 'StampAnnot')) {
      const boundary = numbers(stamp.attrs.Boundary);
      if (stamp.attrs.PageRef && boundary.length === 4) stamps.push({ pageId: stamp.attrs.PageRef, boundary, picture, index: stamps.length });
    }
    info.signatures.push({
      type: sign.attrs.Type === 'Sign' ? 'sign' : 'seal',
      ...(signer ? { signer } : {}),
      ...(provider?.attrs.ProviderName ? { provider: [provider.attrs.ProviderName, provider.attrs.Company].filter(Boolean).join(' · ') } : {}),
      ...(childText(signed, 'SignatureDateTime') ? { date: childText(signed, 'SignatureDateTime')!.slice(0, 40) } : {}),
      ...(childText(signed, 'SignatureMethod') ? { method: childText(signed, 'SignatureMethod')!.slice(0, 80) } : {}),
    });
  }
  return stamps;
}

/** The most a seal's own OFD package may unpack to. */
const maxSealBytes = 16 * 1024 ** 2;

/**
 * A seal's picture stamped in its box: an image, or the first page of the seal's own OFD (read
 * by `readSeal`), scaled into the box; its fonts and images join `fonts` and `media`.
 */
export function stampDrawables(
  fileName: string,
  stamp: Stamp,
  fonts: Map<string, OfdFont>,
  media: Map<string, Uint8Array | null>,
  warnings: string[],
  readSeal: (pkg: OfdPackage) => OfdDocument,
): Drawable[] {
  const [x, y, w, h] = stamp.boundary as [number, number, number, number];
  if (!stamp.picture || !(w > 0 && h > 0)) return [];
  const prefix = `seal${stamp.index}:`;
  if (stamp.picture.kind === 'image') {
    media.set(`${prefix}image`, stamp.picture.bytes);
    return [{ kind: 'image', resource: `${prefix}image`, matrix: multiply([1, 0, 0, -1, 0, 1], [w, 0, 0, h, x, y]) }];
  }
  try {
    const seal = readSeal(OfdPackage.open(fileName, stamp.picture.bytes, maxSealBytes));
    const page = seal.pages[0];
    if (!page) return [];
    for (const [id, font] of seal.fonts) fonts.set(prefix + id, font);
    for (const [id, bytes] of seal.media) media.set(prefix + id, bytes);
    return placeDrawables(page.drawables, multiply([w / page.widthMm, 0, 0, h / page.heightMm, 0, 0], translate(x, y)), (id) => prefix + id);
  } catch {
    warnings.push(`${fileName} 中的印章图像无法读取，已略去 / ${fileName}: a seal's picture cannot be read; it is left out.`);
    return [];
  }
}

/** The attachments the document lists. */
export function readAttachments(pkg: OfdPackage, doc: XmlElement, docDir: string, info: OfdPackageInfo): void {
  const loc = childText(doc, 'Attachments');
  const path = loc ? resolvePartPath(docDir, loc) : null;
  if (!path || !pkg.has(path)) return;
  const list = pkg.xml(path, { zh: '附件列表', en: 'attachment list' });
  for (const item of childrenNamed(list, 'Attachment')) {
    const fileLoc = childText(item, 'FileLoc');
    const filePath = fileLoc ? resolvePartPath(folderOf(path), fileLoc) : null;
    const bytes = filePath ? pkg.bytes(filePath) : null;
    info.attachments.push({
      name: item.attrs.Name ?? filePath?.split('/').pop() ?? '',
      ...(item.attrs.Format ? { format: item.attrs.Format } : filePath?.includes('.') ? { format: filePath.split('.').pop()! } : {}),
      ...(bytes ? { size: bytes.length } : {}),
      ...(isoDate(item.attrs.CreationDate) ? { date: isoDate(item.attrs.CreationDate)! } : {}),
      isPresent: bytes !== null,
    });
  }
}
