import { describe, expect, it } from 'vitest';
import { isDraggingFiles, pathsOfFiles } from './dropped-files';

describe('dropped files', () => {
  it('turns each dropped file into its path, leaving out files not on disk', () => {
    const bridge = { pathOf: (file: File) => (file.name === 'made.txt' ? '' : `/drop/${file.name}`) };
    const files = [new File(['x'], '01.pdf'), new File(['y'], 'made.txt'), new File(['z'], '02.pdf')];

    expect(pathsOfFiles(files, bridge)).toEqual(['/drop/01.pdf', '/drop/02.pdf']);
  });

  it('tells files being dragged from dragged text', () => {
    expect(isDraggingFiles({ dataTransfer: { types: ['Files'] } as unknown as DataTransfer })).toBe(true);
    expect(isDraggingFiles({ dataTransfer: { types: ['text/plain'] } as unknown as DataTransfer })).toBe(false);
    expect(isDraggingFiles({ dataTransfer: null })).toBe(false);
  });
});
