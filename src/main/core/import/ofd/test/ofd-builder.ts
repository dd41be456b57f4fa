import { strToU8, zipSync } from 'fflate';

/** Test use only: small OFD packages of our own, written the way producers lay them out. */

const ns = 'xmlns:ofd="http://www.ofdspec.org/2016"';

export interface OfdSpec {
  /** each page's <ofd:Content> inner XML (layers) and optional extra page XML (templates, area) */
  pages: { content: string; extra?: string }[];
  title?: string;
  /** extra <ofd:CommonData> children (TemplatePage …) */
  commonData?: string;
  /** extra Document.xml children after Pages (Annotations, Attachments) */
  documentExtra?: string;
  /** extra OFD.xml DocBody children (Signatures) */
  bodyExtra?: string;
  fonts?: string;
  /** further entries of the package, by path */
  files?: Record<string, Uint8Array | string>;
}

/** One TextObject with one TextCode, in the Song font (ID 3) unless `attrs` name another. */
export function textObject(id: number, boundary: string, size: number, text: string, codeAttrs: string, attrs = ''): string {
  return `<ofd:TextObject ID="${id}" Boundary="${boundary}" Font="3" Size="${size}" ${attrs}><ofd:TextCode ${codeAttrs}>${text}</ofd:TextCode></ofd:TextObject>`;
}

/** The bytes of an .ofd package made from `spec`. */
export function buildOfd(spec: OfdSpec): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'OFD.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${ns} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>x</ofd:DocID>` +
        `${spec.title ? `<ofd:Title>${spec.title}</ofd:Title>` : ''}<ofd:CreationDate>2024-03-05</ofd:CreationDate></ofd:DocInfo>` +
        `<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>${spec.bodyExtra ?? ''}</ofd:DocBody></ofd:OFD>`,
    ),
    'Doc_0/Document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><ofd:Document ${ns}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>` +
        `<ofd:PublicRes>PublicRes.xml</ofd:PublicRes>${spec.commonData ?? ''}</ofd:CommonData><ofd:Pages>` +
        spec.pages.map((_, i) => `<ofd:Page ID="${100 + i}" BaseLoc="Pages/Page_${i}/Content.xml"/>`).join('') +
        `</ofd:Pages>${spec.documentExtra ?? ''}</ofd:Document>`,
    ),
    'Doc_0/PublicRes.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><ofd:Res ${ns} BaseLoc="Res"><ofd:Fonts><ofd:Font ID="3" FontName="宋体" FamilyName="宋体"/>${spec.fonts ?? ''}</ofd:Fonts></ofd:Res>`,
    ),
  };
  spec.pages.forEach((page, i) => {
    files[`Doc_0/Pages/Page_${i}/Content.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${ns}>${page.extra ?? ''}<ofd:Content><ofd:Layer ID="2">${page.content}</ofd:Layer></ofd:Content></ofd:Page>`,
    );
  });
  for (const [path, data] of Object.entries(spec.files ?? {})) files[path] = typeof data === 'string' ? strToU8(data) : data;
  return zipSync(files);
}
