import { describe, expect, it, vi } from 'vitest';
import { onWillDownload } from './save-downloads';

function download(url: string) {
  return { getURL: () => url, getFilename: () => '批注.docx', setSaveDialogOptions: vi.fn(), cancel: vi.fn() };
}

describe('saving exports in the desktop app', () => {
  it("asks where to save an export through the save dialog, under the file's own name", () => {
    const item = download('blob:jianbao-app://app/1234');
    onWillDownload({} as never, item);
    expect(item.setSaveDialogOptions).toHaveBeenCalledWith({ title: '保存文件 / Save the file', defaultPath: '批注.docx' });
    expect(item.cancel).not.toHaveBeenCalled();
  });

  it('saves a page’s PDF the archive holds (下载本版 PDF) through the same dialog', () => {
    const item = download(`jianbao-app://app/originals/${'ab'.repeat(32)}.pdf`);
    onWillDownload({} as never, item);
    expect(item.setSaveDialogOptions).toHaveBeenCalled();
    expect(item.cancel).not.toHaveBeenCalled();
  });

  it.each(['https://example.com/x.docx', 'jianbao-app://app/index.html', 'jianbao-app://evil/originals/x.pdf', 'file:///etc/passwd'])('refuses a download of %s', (url) => {
    const item = download(url);
    onWillDownload({} as never, item);
    expect(item.cancel).toHaveBeenCalled();
  });
});
