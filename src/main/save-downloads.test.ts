import { describe, expect, it, vi } from 'vitest';
import { onWillDownload } from './save-downloads';

function download(url: string) {
  return { getURL: () => url, getFilename: () => '批注.docx', setSaveDialogOptions: vi.fn(), cancel: vi.fn() };
}

describe('saving exports in the desktop app', () => {
  it("asks where to save an export through the save dialog, under the file's own name", () => {
    const item = download('blob:jianbao-app://app/1234');
    onWillDownload({} as never, item);
    expect(item.setSaveDialogOptions).toHaveBeenCalledWith({ title: '保存导出的文件 / Save the exported file', defaultPath: '批注.docx' });
    expect(item.cancel).not.toHaveBeenCalled();
  });

  it('refuses a download of anything but the page’s own data', () => {
    const item = download('https://example.com/x.docx');
    onWillDownload({} as never, item);
    expect(item.cancel).toHaveBeenCalled();
  });
});
