import { describe, expect, it } from 'vitest';
import { localizeMessage } from './localize-message';

describe('a bilingual message in the UI shows the half of its language', () => {
  it.each([
    ['找不到这一期 x / No issue x in this archive.', '找不到这一期 x', 'No issue x in this archive.'],
    [
      '无法读取 /home/读者/a.pdf：文件不存在 / no such file / Cannot read /home/读者/a.pdf: 文件不存在 / no such file. Check the path and that you may read the file.',
      '无法读取 /home/读者/a.pdf：文件不存在',
      'Cannot read /home/读者/a.pdf: no such file. Check the path and that you may read the file.',
    ],
    [
      '导入 a.txt 时出错 / Importing a.txt failed: 参数无效 / Invalid arguments for x',
      '导入 a.txt 时出错',
      'Importing a.txt failed: Invalid arguments for x',
    ],
    ['/p/第2版.pdf: 不是 PDF 文件 / Not a PDF file: 第2版.pdf', '/p/第2版.pdf: 不是 PDF 文件', 'Not a PDF file: 第2版.pdf'],
    ['内部错误 / Internal error: boom', '内部错误', 'Internal error: boom'],
  ])('%s', (message, zh, en) => {
    expect(localizeMessage(message, 'zh-CN')).toBe(zh);
    expect(localizeMessage(message, 'en')).toBe(en);
  });

  it.each(['Failed to fetch', '保存失败', 'a / b'])('leaves a message in one language as it is: %s', (message) => {
    expect(localizeMessage(message, 'zh-CN')).toBe(message);
    expect(localizeMessage(message, 'en')).toBe(message);
  });
});
