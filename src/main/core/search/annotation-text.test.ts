import { describe, expect, it } from 'vitest';
import type { StoredAnnotation } from '../archive/archive-files';
import { annotationText, isSourceOf, notesByArticle } from './annotation-text';

const note = (fields: Record<string, unknown>): StoredAnnotation => ({ id: 'n', modified: '2026-11-29T00:00:00Z', ...fields });

describe('the searchable text of an annotation', () => {
  it('reads a W3C annotation: comment and tags from its bodies, the article from its target', () => {
    const annotation = note({
      target: { source: 'urn:jianbao:article:a-1', selector: [] },
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: '跟进双循环', format: 'text/markdown' },
        { type: 'TextualBody', purpose: 'tagging', value: '提案' },
      ],
    });
    expect(annotationText(annotation)).toEqual({ sources: ['urn:jianbao:article:a-1'], comments: ['跟进双循环'], tags: ['提案'] });
  });

  it('tolerates what is missing or of another shape', () => {
    expect(annotationText(note({}))).toEqual({ sources: [], comments: [], tags: [] });
    expect(annotationText(note({ target: 'a-1', bodyValue: '短评', body: ['http://x', { value: 3 }, { value: '无用途' }] }))).toEqual({
      sources: ['a-1'],
      comments: ['短评', '无用途'],
      tags: [],
    });
  });

  it('knows an article by its id alone or at the end of an IRI', () => {
    expect(isSourceOf('a-1', 'a-1')).toBe(true);
    expect(isSourceOf('urn:jianbao:article:a-1', 'a-1')).toBe(true);
    expect(isSourceOf('https://x/articles/a-1', 'a-1')).toBe(true);
    expect(isSourceOf('urn:jianbao:article:xa-1', 'a-1')).toBe(false);
  });

  it('gathers comments and tags per article, one per line', () => {
    const annotations = [
      note({ target: { source: 'a-1' }, body: [{ value: '第一条', purpose: 'commenting' }] }),
      note({ target: [{ source: 'a-2' }, { source: 'a-1' }], body: [{ value: '标签', purpose: 'tagging' }] }),
      note({ target: { source: 'page-3' }, body: [{ value: '版面上的' }] }),
    ];
    expect(notesByArticle(annotations, ['a-1', 'a-2'])).toEqual(new Map([['a-1', '第一条\n标签'], ['a-2', '标签']]));
  });
});
