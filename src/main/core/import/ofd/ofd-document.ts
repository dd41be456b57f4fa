import type { OfdPackageInfo } from '../../../../shared/import-types';
import { maxPdfPages } from '../pdf-text';
import { identity, translate } from './matrix';
import { folderOf, ofdError, resolvePartPath, type OfdPackage } from './ofd-package';
import { collectDrawables, colorOf, type Drawable, type DrawParam } from './page-content';
import { isoDate, readAnnotations, readAttachments, readSignatures, stampDrawables } from './ofd-carried';
import { child, childText, childrenNamed, numbers, type XmlElement } from './xml';

/**
 * The document of an OFD package (GB/T 33190 §7): OFD.xml's DocInfo and DocRoot, Document.xml's
 * CommonData (page area, public and document resources, templates) and pages, each page's
 * content with its templates and the document's annotation appearances, and what the package
 * carries besides: annotations, signatures, attachments.
 */

export interface OfdFont {
  name: string;
  family: string;
  bold: boolean;
  italic: boolean;
  /** the embedded font file, where the package has it */
  file: Uint8Array | null;
}

export interface OfdPage {
  widthMm: number;
  heightMm: number;
  drawables: Drawable[];
}

export interface OfdDocument {
  title: string | null;
  author: string | null;
  creationDate: string | null;
  pages: OfdPage[];
  fonts: Map<string, OfdFont>;
  /** MultiMedia ID → its bytes (null when the package lacks the file) */
  media: Map<string, Uint8Array | null>;
  info: OfdPackageInfo;
  warnings: string[];
}


function expectRoot(pkg: OfdPackage, root: XmlElement, name: string, path: string, what: { zh: string; en: string }): XmlElement {
  if (root.name !== name) {
    throw ofdError(pkg.fileName, `${what.zh}（${path}）不是 ${name} 部件`, `its ${what.en} (${path}) is not a ${name} part (found ${root.name}).`);
  }
  return root;
}

/** The resources of one Res part: fonts, media and drawing parameters, paths resolved. */
function readRes(pkg: OfdPackage, path: string, fonts: Map<string, OfdFont>, media: Map<string, Uint8Array | null>, params: Map<string, DrawParam>): void {
  const root = expectRoot(pkg, pkg.xml(path, { zh: '资源文件', en: 'resource part' }), 'Res', path, { zh: '资源文件', en: 'resource part' });
  const base = resolvePartPath(folderOf(path), root.attrs.BaseLoc ?? '') ?? folderOf(path);
  // Under the BaseLoc folder as the standard says; producers also write paths from the Res
  // part's own folder or from the package root, so those are tried after it.
  const locate = (loc: string | null): string | null => {
    if (!loc) return null;
    const tries = [resolvePartPath(base, loc), resolvePartPath(folderOf(path), loc), resolvePartPath('', loc)];
    return tries.find((p): p is string => p !== null && pkg.has(p)) ?? tries[0] ?? null;
  };
  for (const font of childrenNamed(child(root, 'Fonts'), 'Font')) {
    if (!font.attrs.ID) continue;
    const file = locate(childText(font, 'FontFile'));
    fonts.set(font.attrs.ID, {
      name: font.attrs.FontName ?? '',
      family: font.attrs.FamilyName ?? font.attrs.FontName ?? '',
      bold: font.attrs.Bold === 'true',
      italic: font.attrs.Italic === 'true',
      file: file ? pkg.bytes(file) : null,
    });
  }
  for (const item of childrenNamed(child(root, 'MultiMedias'), 'MultiMedia')) {
    if (!item.attrs.ID) continue;
    const file = locate(childText(item, 'MediaFile'));
    media.set(item.attrs.ID, file ? pkg.bytes(file) : null);
  }
  for (const param of childrenNamed(child(root, 'DrawParams'), 'DrawParam')) {
    if (!param.attrs.ID) continue;
    const lineWidth = Number(param.attrs.LineWidth);
    const fill = colorOf(child(param, 'FillColor'));
    const stroke = colorOf(child(param, 'StrokeColor'));
    params.set(param.attrs.ID, { ...(Number.isFinite(lineWidth) ? { lineWidth } : {}), ...(fill ? { fill } : {}), ...(stroke ? { stroke } : {}) });
  }
}

/** The most glyphs and shapes one page may paint (a dense broadsheet page has some 20,000 characters). */
export const maxPageWeight = 250_000;
/** The most glyphs and shapes one file may paint, all pages together. */
export const maxDocumentWeight = 5_000_000;

/** How much a page paints: its glyphs, and one for each shape or image. */
function weightOf(drawables: readonly Drawable[]): number {
  let weight = 0;
  for (const d of drawables) weight += d.kind === 'text' ? d.runs.reduce((sum, run) => sum + run.slots.length, 0) : 1;
  return weight;
}

/** Reads the first document of the package; throws UNREADABLE_FILE / TOO_LARGE naming the file. `depth` > 0 reads a seal's own OFD (its seals are not stamped again). */
export function readOfdDocument(pkg: OfdPackage, depth = 0): OfdDocument {
  const warnings: string[] = [];
  const entry = expectRoot(pkg, pkg.xml('OFD.xml', { zh: '入口文件', en: 'entry file' }), 'OFD', 'OFD.xml', { zh: '入口文件', en: 'entry file' });
  const body = child(entry, 'DocBody');
  const docRootLoc = childText(body, 'DocRoot');
  const docPath = docRootLoc ? resolvePartPath('', docRootLoc) : null;
  if (!body || !docPath) throw ofdError(pkg.fileName, 'OFD.xml 未指明文档（DocRoot）', 'OFD.xml names no document (DocRoot).');
  if (docPath.toLowerCase() === 'ofd.xml') throw ofdError(pkg.fileName, 'DocRoot 指回 OFD.xml 自身（循环引用）', 'its DocRoot points back at OFD.xml (a circular reference).');
  const docInfo = child(body, 'DocInfo');
  const docWhat = { zh: '文档文件', en: 'document part' };
  // A document lists its pages, resources and outline: a few elements per page at most.
  const doc = expectRoot(pkg, pkg.xml(docPath, docWhat, 20 * maxPdfPages + 100_000), 'Document', docPath, docWhat);
  const docDir = folderOf(docPath);
  const common = child(doc, 'CommonData');
  const defaultBox = numbers(childText(child(common, 'PageArea'), 'PhysicalBox'));

  const fonts = new Map<string, OfdFont>();
  const media = new Map<string, Uint8Array | null>();
  const params = new Map<string, DrawParam>();
  const seenRes = new Set<string>();
  const loadRes = (dir: string, loc: string): void => {
    const path = resolvePartPath(dir, loc);
    if (!path || seenRes.has(path)) return;
    seenRes.add(path);
    if (!pkg.has(path)) {
      warnings.push(`${pkg.fileName} 缺少资源文件 ${path} / ${pkg.fileName} lacks its resource part ${path}; fonts or images it names are left out.`);
      return;
    }
    readRes(pkg, path, fonts, media, params);
  };
  for (const res of [...childrenNamed(common, 'PublicRes'), ...childrenNamed(common, 'DocumentRes')]) loadRes(docDir, res.text);
  const resources = { drawParam: (id: string | undefined) => (id ? (params.get(id) ?? null) : null) };

  const templates = new Map<string, string>();
  for (const t of childrenNamed(common, 'TemplatePage')) {
    const path = t.attrs.BaseLoc ? resolvePartPath(docDir, t.attrs.BaseLoc) : null;
    if (t.attrs.ID && path) templates.set(t.attrs.ID, path);
  }

  const pageRefs = childrenNamed(child(doc, 'Pages'), 'Page');
  if (pageRefs.length === 0) throw ofdError(pkg.fileName, '文档没有页面', 'its document has no pages.');
  if (pageRefs.length > maxPdfPages) {
    throw ofdError(pkg.fileName, `有 ${pageRefs.length} 页，超过每个文件 ${maxPdfPages} 页的上限，请拆分后导入`, `it has ${pageRefs.length} pages, more than the ${maxPdfPages} one file may have: split it and import the parts.`, 'TOO_LARGE');
  }

  const info: OfdPackageInfo = { annotations: [], signatures: [], attachments: [], signaturesVerified: false };
  const appearances = readAnnotations(pkg, doc, docDir, pageRefs, info, warnings);
  const stamps = readSignatures(pkg, body, info, warnings);
  readAttachments(pkg, doc, docDir, info);

  const pageWhat = { zh: '页面内容', en: 'page content' };
  let painted = 0;
  const pages = pageRefs.map((ref, index): OfdPage => {
    const path = ref.attrs.BaseLoc ? resolvePartPath(docDir, ref.attrs.BaseLoc) : null;
    if (!path) throw ofdError(pkg.fileName, `第 ${index + 1} 页未指明内容文件`, `page ${index + 1} names no content part.`);
    if (path === docPath || path.toLowerCase() === 'ofd.xml') throw ofdError(pkg.fileName, `第 ${index + 1} 页的内容指回文档自身（循环引用）`, `page ${index + 1} points back at the document (a circular reference).`);
    const page = expectRoot(pkg, pkg.xml(path, pageWhat), 'Page', path, pageWhat);
    for (const res of childrenNamed(page, 'PageRes')) loadRes(folderOf(path), res.text);
    const box = numbers(childText(child(page, 'Area'), 'PhysicalBox'));
    const [, , widthMm = 210, heightMm = 297] = box.length === 4 ? box : defaultBox.length === 4 ? defaultBox : [0, 0, 210, 297];
    const layers = (root: XmlElement | null): XmlElement[] => {
      const all = childrenNamed(child(root, 'Content'), 'Layer');
      const order = (l: XmlElement): number => (l.attrs.Type === 'Background' ? 0 : l.attrs.Type === 'Foreground' ? 2 : 1);
      return [...all].sort((a, b) => order(a) - order(b));
    };
    const templateDrawables = (z: 'Background' | 'Foreground'): Drawable[] =>
      childrenNamed(page, 'Template')
        .filter((t) => (t.attrs.ZOrder ?? 'Background') === z)
        .flatMap((t) => {
          const tPath = t.attrs.TemplateID ? templates.get(t.attrs.TemplateID) : undefined;
          if (!tPath || tPath === path) return [];
          const template = pkg.xml(tPath, { zh: '模板页', en: 'template page' });
          return layers(template).flatMap((layer) => collectDrawables({ ...layer, children: [layer] }, resources));
        });
    const own = layers(page).flatMap((layer) => collectDrawables({ ...layer, children: [layer] }, resources));
    const annots = (appearances.get(ref.attrs.ID ?? '') ?? []).flatMap(({ boundary, appearance }) =>
      collectDrawables(appearance, resources, boundary.length >= 2 ? translate(boundary[0]!, boundary[1]!) : identity),
    );
    const seals = depth > 0 ? [] : stamps.filter((s) => s.pageId === ref.attrs.ID).flatMap((stamp) => stampDrawables(pkg.fileName, stamp, fonts, media, warnings, (seal) => readOfdDocument(seal, 1)));
    const drawables = [...templateDrawables('Background'), ...own, ...templateDrawables('Foreground'), ...annots, ...seals];
    const weight = weightOf(drawables);
    painted += weight;
    if (weight > maxPageWeight || painted > maxDocumentWeight) {
      throw ofdError(
        pkg.fileName,
        `第 ${index + 1} 页的文字和图形超过${weight > maxPageWeight ? `每页 ${maxPageWeight}` : `每个文件 ${maxDocumentWeight}`} 个的上限，文件过大或已损坏，请拆分后再导入`,
        `page ${index + 1} brings its glyphs and shapes past the ${weight > maxPageWeight ? `${maxPageWeight} a page` : `${maxDocumentWeight} a file`} may have: the file is too large or damaged; split it and import the parts.`,
        'TOO_LARGE',
      );
    }
    return { widthMm: widthMm > 0 ? widthMm : 210, heightMm: heightMm > 0 ? heightMm : 297, drawables };
  });

  return {
    title: childText(docInfo, 'Title'),
    author: childText(docInfo, 'Author'),
    creationDate: isoDate(childText(docInfo, 'CreationDate')),
    pages,
    fonts,
    media,
    info,
    warnings,
  };
}
