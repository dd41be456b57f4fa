import { randomUUID } from 'node:crypto';
import type { ApiHandlers } from '../../../shared/api';
import { JianbaoError } from '../../../shared/errors';
import type { ExportedFile, ExportFormat, ExportScope } from '../../../shared/export-api';
import type { ApiEvents } from '../../../shared/events';
import type { Archive } from '../archive/archive';
import { toMarkdown } from '../annotations/export-markdown';
import { toW3cCollection } from '../annotations/export-w3c';
import { importW3c } from '../annotations/import-w3c';
import type { CollectionBook } from '../collections/collection-book';
import { buildDigest } from './digest';
import { digestToDocx } from './export-docx';
import { annotationsInScope } from './export-scope';

const mimeTypes: Readonly<Record<ExportFormat, string>> = {
  w3c: 'application/ld+json',
  md: 'text/markdown',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
const extensions: Readonly<Record<ExportFormat, string>> = { w3c: 'jsonld', md: 'md', docx: 'docx' };

/** The bytes of an export of `scope` in `format`: the same files the CLI writes, and the Word 批注摘编. */
export async function exportFile(archive: Archive, collections: CollectionBook, scope: ExportScope, format: ExportFormat, now: Date): Promise<ExportedFile> {
  const scoped = await annotationsInScope(archive, collections, scope);
  let bytes: Uint8Array;
  if (format === 'docx') bytes = await digestToDocx(buildDigest(scoped, now));
  else {
    const text =
      format === 'md'
        ? toMarkdown(scoped.annotations, { pages: scoped.pages })
        : `${JSON.stringify(toW3cCollection(scoped.annotations, { id: `urn:jianbao:export:${randomUUID()}`, generated: now, label: scoped.title, pages: scoped.pages }), null, 2)}\n`;
    bytes = new TextEncoder().encode(text);
  }
  return {
    fileName: `${safeFileStem(scoped.fileStem)}.${extensions[format]}`,
    mimeType: mimeTypes[format],
    data: Buffer.from(bytes).toString('base64'),
    count: scoped.annotations.length + scoped.pages.length,
  };
}

/** A name every file system takes: no separators or reserved characters, not too long. */
export function safeFileStem(stem: string): string {
  const printable = [...stem].map((c) => (c.charCodeAt(0) < 0x20 ? '_' : c)).join('');
  const cleaned = printable.replace(/[\\/:*?"<>|]+/g, '_').replace(/^[.\s]+|[.\s]+$/g, '');
  return [...(cleaned || '批注')].slice(0, 60).join('');
}

/** The contract's export, digest, import and collection methods over one archive. */
export function createExportHandlers(
  archive: Archive,
  collections: CollectionBook,
  events: ApiEvents,
  now: () => Date,
): Pick<
  ApiHandlers,
  | 'exportAnnotations'
  | 'getDigest'
  | 'importAnnotationFile'
  | 'listCollections'
  | 'getCollection'
  | 'createCollection'
  | 'updateCollection'
  | 'addToCollection'
  | 'deleteCollection'
  | 'restoreCollection'
  | 'markCollectionSeen'
> {
  return {
    exportAnnotations: ({ scope, format }) => exportFile(archive, collections, scope, format, now()),
    getDigest: async ({ scope }) => buildDigest(await annotationsInScope(archive, collections, scope), now()),
    async importAnnotationFile({ name, text }) {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (error) {
        throw new JianbaoError('UNSUPPORTED_FORMAT', `${name} 不是 JSON 文件 / ${name} is not JSON: choose a W3C annotation file (.json, .jsonld) exported from Jianbao or another annotator.`, { cause: error });
      }
      const report = await importW3c(archive, data, { now });
      if (report.added + report.updated > 0) events.emit('onDidChangeAnnotations', { articleId: null });
      return report;
    },
    listCollections: () => collections.list(),
    getCollection: ({ collectionId }) => collections.detail(collectionId),
    createCollection: (args) => collections.create(args),
    updateCollection: (args) => collections.update(args),
    addToCollection: ({ collectionId, item }) => collections.add(collectionId, item),
    deleteCollection: ({ collectionId }) => collections.delete(collectionId),
    restoreCollection: ({ collection }) => collections.restore(collection),
    markCollectionSeen: ({ collectionId }) => collections.markSeen(collectionId),
  };
}
