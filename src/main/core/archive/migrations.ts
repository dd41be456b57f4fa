import { annotationColors, articleUrn, bodiesFor, type Annotation } from '../../../shared/annotation';
import type { Migration } from '../storage/json-store';

/**
 * Schema 0 is the layout of the pre-release prototype (0.0.x) that wrote the first test
 * archives, before the annotation model followed the W3C Web Annotation Data Model:
 *
 * - library.json had no `documents` (standalone documents came with the import work), and an
 *   article's page was `page`, not `pageNumber` (in articles/<issue>.json too);
 * - annotations/<issue>.json held `notes`: `{ id, articleId, start, end, quote, color,
 *   comment, tags, createdAt, updatedAt }`, offsets into the article's canonical text;
 * - settings.json called the article font size `fontSize`.
 *
 * Each migration turns a file of schema 0 into schema 1 and loses nothing: a note becomes a
 * W3C annotation with both selectors (its quote and its offsets), its comment and tags as
 * bodies, its times as created/modified; a field the prototype had that schema 1 has no place
 * for is kept as it was, under its old name.
 */

type Json = Record<string, unknown>;

export const libraryMigrations: Readonly<Record<number, Migration>> = {
  0: (data) => ({
    ...data,
    documents: Array.isArray(data.documents) ? data.documents : [],
    articles: (data.articles as Json[]).map(({ page, ...article }) => ({ ...article, pageNumber: article.pageNumber ?? page })),
  }),
};

export const articlesMigrations: Readonly<Record<number, Migration>> = {
  0: (data) => ({ ...data, articles: (data.articles as Json[]).map(({ page, ...article }) => ({ ...article, pageNumber: article.pageNumber ?? page })) }),
};

export const settingsMigrations: Readonly<Record<number, Migration>> = {
  0: ({ fontSize, ...data }) => ({ ...data, articleFontSize: data.articleFontSize ?? fontSize ?? 18 }),
};

export const annotationsMigrations: Readonly<Record<number, Migration>> = {
  0: ({ notes, ...data }) => ({ ...data, annotations: (notes as Json[]).map(annotationOfNote) }),
};

function annotationOfNote(note: Json): Annotation & Json {
  const { id, articleId, start, end, quote, color, comment, tags, createdAt, updatedAt, author, ...rest } = note;
  const text = typeof comment === 'string' ? comment : '';
  const created = String(createdAt ?? updatedAt);
  return {
    ...rest,
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: String(id).startsWith('urn:') ? String(id) : `urn:uuid:${String(id)}`,
    type: 'Annotation',
    motivation: text.trim() ? 'commenting' : 'highlighting',
    created,
    modified: String(updatedAt ?? created),
    creator: { type: 'Person', name: typeof author === 'string' ? author : '' },
    body: bodiesFor(text, Array.isArray(tags) ? tags.map(String) : []),
    target: {
      source: articleUrn(String(articleId)),
      selector: [
        { type: 'TextQuoteSelector', exact: String(quote) },
        { type: 'TextPositionSelector', start: Number(start), end: Number(end) },
      ],
    },
    color: annotationColors.find((c) => c === color) ?? 'yellow',
    style: 'highlight',
  };
}
