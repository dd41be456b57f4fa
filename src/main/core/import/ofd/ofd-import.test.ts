import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedFixture } from '../../../../../tests/unit/shared-fixtures';
import { tempDir } from '../../../../../tests/unit/temp-dir';
import { apiMethods } from '../../../../shared/api';
import { openCore } from '../../open-core';
import { extractPdfText } from '../pdf-text';
import { buildOfd, textObject } from './test/ofd-builder';

/** `bytes` as a DER OCTET STRING, the way a seal file holds its picture. */
function derOctets(bytes: Uint8Array): Uint8Array {
  return new Uint8Array([0x30, 0x84, 0, 0, 0, 0, 0x04, 0x83, (bytes.length >> 16) & 0xff, (bytes.length >> 8) & 0xff, bytes.length & 0xff, ...bytes]);
}

const fixtures: [string, string][] = [
  ['ofdrw-helloworld.ofd', '你好呀'],
  ['ofdrw-nalaizhuyi-page6.ofd', '拿来主义'],
  ['ofdrw-AddAttachment.ofd', '这是一个带有附件的OFD文件'],
  ['ofdrw-z-spec-excerpt.ofd', '字型变换'],
];

describe('importing OFD documents', () => {
  it('imports the four OFD files as documents with PDF pages, and search finds each by its text', async () => {
    const root = await tempDir();
    const folder = join(root, 'ofd');
    await mkdir(folder);
    for (const [name] of fixtures) await copyFile(sharedFixture('ofd', name), join(folder, name));
    const core = await openCore(join(root, 'A'), { installDemo: false });
    // A folder import picks up .ofd files.
    const report = await core.handlers.importFiles({ paths: [folder] });
    expect(report.files.map((f) => [f.path.split('/').pop(), f.status, f.format])).toEqual(
      fixtures.map(([name]) => [name, 'imported', 'ofd']).sort((a, b) => a[0]!.localeCompare(b[0]!)),
    );
    expect(report.documents.map((d) => d.pageCount).sort()).toEqual([1, 1, 2, 4]);
    for (const [name, term] of fixtures) {
      const results = await core.handlers.search(apiMethods.search.parse({ query: term }));
      const hit = results.hits.find((h) => h.kind === 'document');
      expect(hit, `${term} (${name})`).toBeDefined();
      const document = await core.handlers.getDocument({ documentId: hit!.articleId });
      expect(document?.replica).toBeDefined();
      // The replica is a PDF whose text layer reads the OFD's characters.
      const pdf = new Uint8Array(await readFile(core.archive.originalPath(document!.replica!.sha256, 'pdf')));
      const { pages } = await extractPdfText(pdf, name);
      expect(pages.map((p) => p.text).join('\n').replace(/\s/g, '')).toContain(term);
      // The .ofd is kept as it came.
      const original = document!.sources[0]!;
      expect(await readFile(core.archive.originalPath(original, 'ofd'))).toEqual(await readFile(sharedFixture('ofd', name)));
    }
    const spec = await core.handlers.getDocument({ documentId: report.documents.find((d) => d.pageCount === 4)!.id });
    expect(spec?.title).toBe('11.4 字型变换');
    const attached = report.documents.find((d) => d.title.includes('附件'))!;
    expect((await core.handlers.getDocument({ documentId: attached.id }))?.ofd?.attachments).toEqual([
      { name: 'Gao', format: 'jpg', size: 36494, date: '2020-05-20', isPresent: true },
    ]);
  }, 60_000);

  it('reads template pages, rotated and fragmented text, the document annotations and who signed', async () => {
    const root = await tempDir();
    // One character per TextCode, as some producers write them.
    const fragmented = [...'关于推进基层协商的提案'].map((ch, i) => textObject(10 + i, `${30 + i * 5} 40 5 5`, 5, ch, 'X="0" Y="5"')).join('');
    // A seal whose picture is an OFD of its own (a red ring and its name), as GM/T 0031 seals carry it.
    const seal = buildOfd({
      pages: [
        {
          extra: '<ofd:Area><ofd:PhysicalBox>0 0 40 40</ofd:PhysicalBox></ofd:Area>',
          content: '<ofd:PathObject ID="5" Boundary="0 0 40 40" LineWidth="1"><ofd:StrokeColor Value="220 0 0"/><ofd:AbbreviatedData>M 20 2 A 18 18 0 1 1 19.99 2 C</ofd:AbbreviatedData></ofd:PathObject>' +
            textObject(6, '5 17 30 6', 5, '提案专用章', 'X="0" Y="5" DeltaX="g 4 6"', ''),
        },
      ],
    });
    const cn = (name: string) => [0x06, 0x03, 0x55, 0x04, 0x03, 0x0c, new TextEncoder().encode(name).length, ...new TextEncoder().encode(name)];
    const file = join(root, '公文.ofd');
    await writeFile(
      file,
      buildOfd({
        commonData: '<ofd:TemplatePage ID="7" BaseLoc="Tpls/Tpl_0/Content.xml"/>',
        documentExtra: '<ofd:Annotations>Annots/Annotations.xml</ofd:Annotations>',
        bodyExtra: '<ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures>',
        pages: [
          {
            extra: '<ofd:Template TemplateID="7" ZOrder="Background"/>',
            content: fragmented + textObject(40, '20 100 5 60', 5, '竖排的批示', 'X="0" Y="5" DeltaY="g 4 6"') + textObject(41, '0 0 100 10', 4, '旋转的文字', 'X="0" Y="0" DeltaX="g 4 4"', 'CTM="0 1 -1 0 190 150"'),
          },
        ],
        files: {
          'Doc_0/Tpls/Tpl_0/Content.xml': '<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="1"><ofd:TextObject ID="90" Boundary="30 20 100 8" Font="3" Size="6"><ofd:TextCode X="0" Y="6" DeltaX="g 5 6">某某市政协办公室</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>',
          'Doc_0/Annots/Annotations.xml': '<ofd:Annotations xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Page PageID="100"><ofd:FileLoc>Page_0/Annotation.xml</ofd:FileLoc></ofd:Page></ofd:Annotations>',
          'Doc_0/Annots/Page_0/Annotation.xml':
            '<ofd:PageAnnot xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Annot ID="1" Type="Highlight" Creator="李委员" LastModDate="2024-03-06"><ofd:Remark>请核实数据</ofd:Remark><ofd:Appearance Boundary="30 60 40 10"><ofd:TextObject ID="2" Boundary="0 0 40 10" Font="3" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="g 3 5">已阅同意</ofd:TextCode></ofd:TextObject></ofd:Appearance></ofd:Annot></ofd:PageAnnot>',
          'Doc_0/Signs/Signatures.xml': '<ofd:Signatures xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Signature ID="1" Type="Seal" BaseLoc="Sign_0/Signature.xml"/></ofd:Signatures>',
          'Doc_0/Signs/Sign_0/Signature.xml':
            '<ofd:Signature xmlns:ofd="http://www.ofdspec.org/2016"><ofd:SignedInfo><ofd:Provider ProviderName="某签章系统" Company="某公司"/><ofd:SignatureMethod>1.2.156.10197.1.501</ofd:SignatureMethod><ofd:SignatureDateTime>20240306120000Z</ofd:SignatureDateTime>' +
            '<ofd:StampAnnot ID="1" PageRef="100" Boundary="120 200 40 40"/><ofd:Seal><ofd:BaseLoc>Seal.esl</ofd:BaseLoc></ofd:Seal></ofd:SignedInfo><ofd:SignedValue>SignedValue.dat</ofd:SignedValue></ofd:Signature>',
          'Doc_0/Signs/Sign_0/Seal.esl': derOctets(seal),
          'Doc_0/Signs/Sign_0/SignedValue.dat': new Uint8Array([0x30, 0x20, ...cn('某某 CA'), 0x30, 0x10, ...cn('某某市政协办公室')]),
        },
      }),
    );
    const core = await openCore(join(root, 'A'), { installDemo: false });
    const report = await core.handlers.importFiles({ paths: [file] });
    expect(report.files[0]?.error).toBeUndefined();
    const document = await core.handlers.getDocument({ documentId: report.documents[0]!.id });
    const text = document!.text.replace(/\s/g, '');
    expect(text).toContain('某某市政协办公室'); // from the template
    expect(text).toContain('关于推进基层协商的提案'); // one TextCode a character, read as one line
    expect(text).toContain('竖排的批示');
    expect(text).toContain('旋转的文字');
    expect(text).toContain('已阅同意'); // the annotation's appearance is printed on the page
    expect(text).toContain('提案专用章'); // the seal's own OFD is stamped in its box
    expect(document?.ofd?.annotations).toEqual([{ page: 1, type: 'Highlight', creator: '李委员', date: '2024-03-06', remark: '请核实数据' }]);
    expect(document?.ofd?.signatures).toEqual([{ type: 'seal', signer: '某某市政协办公室', provider: '某签章系统 · 某公司', date: '20240306120000Z', method: '1.2.156.10197.1.501' }]);
    expect(document?.ofd?.signaturesVerified).toBe(false);
    // The page text's items sit where the OFD puts them: 关 at x = 30 mm, y = 40 mm.
    const pages = await core.archive.pageTexts(document!.id).read();
    const first = pages.pages[0]!.items.find((item) => item.text.startsWith('关'))!;
    expect(Math.round(first.x)).toBe(Math.round((30 * 72) / 25.4));
    expect(Math.abs(first.y - (40 * 72) / 25.4)).toBeLessThan(5 * 2.84);
  }, 60_000);
});
