import { describe, expect, it } from 'vitest';
import { appendPaths, parsePathList } from './path-list';

describe('parsePathList', () => {
  it.each([
    ['one path', '/a/b.txt', ['/a/b.txt']],
    ['one path a line, blank lines and spaces dropped', '  /a.pdf \n\n/b.pdf\r\n', ['/a.pdf', '/b.pdf']],
    ['each path once', '/a.pdf\n/a.pdf', ['/a.pdf']],
    ['quotes around a whole path taken off', '"/x/一 版.pdf"\n\'/y.txt\'', ['/x/一 版.pdf', '/y.txt']],
    ['nothing in only blanks', ' \n \n', []],
  ])('reads %s', (_name, text, paths) => {
    expect(parsePathList(text)).toEqual(paths);
  });
});

describe('appendPaths', () => {
  it('adds dropped paths under the typed ones, each once', () => {
    expect(appendPaths('/a.pdf\n', ['/a.pdf', '/b.pdf'])).toBe('/a.pdf\n/b.pdf');
  });

  it('starts the list when nothing was typed', () => {
    expect(appendPaths('', ['/b.pdf'])).toBe('/b.pdf');
  });
});
