import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bodiesFor } from '../../../shared/annotation';
import { renderWithApi } from '../test/render-with-api';
import { AnnotationEditor, type AnnotationEdit, type EditableAnnotation } from './AnnotationEditor';

afterEach(cleanup);

function annotationWith(tags: string[]): EditableAnnotation {
  return { id: 'an-1', color: 'yellow', style: 'highlight', body: bodiesFor('', tags) };
}

/** The editor of an annotation whose saves have not come back yet (the prop stays as it was). */
function renderEditor(tags: string[] = []) {
  const edits: AnnotationEdit[] = [];
  const onClose = vi.fn();
  const view = renderWithApi(
    <AnnotationEditor
      annotation={annotationWith(tags)}
      quote="政协委员"
      at={null}
      focus="tags"
      onChange={(edit) => edits.push(edit)}
      onDelete={() => undefined}
      onCopy={() => undefined}
      onClose={onClose}
    />,
  );
  const tagInput = screen.getByLabelText('添加标签（回车确认）');
  const typeTag = (text: string, keyInit: Partial<KeyboardEventInit> & { keyCode?: number } = {}) => {
    fireEvent.change(tagInput, { target: { value: text } });
    fireEvent.keyDown(tagInput, { key: 'Enter', ...keyInit });
  };
  return { ...view, edits, onClose, tagInput, typeTag };
}

describe('the annotation editor keeps every tag typed', () => {
  it('keeps both of two tags entered back to back, before the first save has come back', () => {
    const { edits, typeTag } = renderEditor();
    typeTag('常委会');
    typeTag('提案');
    expect(edits.at(-1)).toEqual({ tags: ['常委会', '提案'] });
    expect(screen.getAllByText(/^#/).map((tag) => tag.textContent)).toEqual(['#常委会×', '#提案×']);
  });

  it('removes a tag from the list as last sent', () => {
    const { edits, typeTag } = renderEditor(['旧标签']);
    typeTag('新标签');
    fireEvent.click(screen.getByRole('button', { name: '删除标签 旧标签' }));
    expect(edits.at(-1)).toEqual({ tags: ['新标签'] });
  });

  it.each([
    ['isComposing', { isComposing: true }],
    ['keyCode 229', { keyCode: 229 }],
  ])('saves no tag for Enter pressed while an input method composes (%s)', (_name, keyInit) => {
    const { edits, typeTag, tagInput } = renderEditor();
    typeTag('tian', keyInit);
    expect(edits).toEqual([]);
    expect((tagInput as HTMLInputElement).value).toBe('tian');
  });

  it('stays open on Escape pressed while an input method composes, and closes on a plain Escape', () => {
    const { onClose, tagInput } = renderEditor();
    fireEvent.keyDown(tagInput, { key: 'Escape', isComposing: true });
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.keyDown(tagInput, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
  });
});
