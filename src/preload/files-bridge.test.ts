import { describe, expect, it } from 'vitest';
import { createFilesBridge } from './files-bridge';

describe('the files bridge', () => {
  it('asks Electron for the path of a dropped file', () => {
    const asked: unknown[] = [];
    const bridge = createFilesBridge({
      getPathForFile: (file) => {
        asked.push(file);
        return '/home/reader/2025-01-15/01.pdf';
      },
    });
    const file = { name: '01.pdf' } as unknown as File;

    expect(bridge.pathOf(file)).toBe('/home/reader/2025-01-15/01.pdf');
    expect(asked).toEqual([file]);
  });
});
