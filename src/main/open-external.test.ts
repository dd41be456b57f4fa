import { describe, expect, it } from 'vitest';
import { confirmOpenDialogOptions, externalWebLink, isOpenConfirmed, openExternalSafely } from './open-external';

function recorder(answer: boolean) {
  const asked: string[] = [];
  const opened: string[] = [];
  return {
    asked,
    opened,
    confirm: async (url: string) => {
      asked.push(url);
      return answer;
    },
    open: async (url: string) => {
      opened.push(url);
    },
  };
}

describe('opening a link outside the app', () => {
  it.each([
    ['an https link', 'https://www.cppcc.gov.cn/zxww/newcppcc/', 'https://www.cppcc.gov.cn/zxww/newcppcc/'],
    ['an http link', 'http://example.org/a?b=1#c', 'http://example.org/a?b=1#c'],
    ['an upper-case scheme, as the browser will read it', 'HTTPS://Example.org/报', 'https://example.org/%E6%8A%A5'],
  ])('opens %s once the user confirms it', async (_name, url, opened) => {
    const user = recorder(true);
    expect(await openExternalSafely(url, user.confirm, user.open)).toBe('opened');
    expect(user.asked).toEqual([opened]);
    expect(user.opened).toEqual([opened]);
  });

  it('opens nothing when the user declines', async () => {
    const user = recorder(false);
    expect(await openExternalSafely('https://example.org/', user.confirm, user.open)).toBe('declined');
    expect(user.asked).toEqual(['https://example.org/']);
    expect(user.opened).toEqual([]);
  });

  it.each([
    ['a local file', 'file:///etc/passwd'],
    ['a Windows share', 'file://attacker/share/run.exe'],
    ['an SMB link', 'smb://attacker/share'],
    ['script', 'javascript:alert(1)'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['a program-starting scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['a mail link', 'mailto:someone@example.org'],
    ['our own protocol', 'jianbao-app://app/index.html'],
    ['credentials that disguise the host', 'https://www.cppcc.gov.cn@evil.example/'],
    ['not a URL at all', 'www.example.org'],
  ])('refuses %s without asking', async (_name, url) => {
    const user = recorder(true);
    expect(await openExternalSafely(url, user.confirm, user.open)).toBe('refused');
    expect(user.asked).toEqual([]);
    expect(user.opened).toEqual([]);
    expect(externalWebLink(url)).toBeNull();
  });

  it('asks with Cancel as the default answer, showing the exact URL', () => {
    const options = confirmOpenDialogOptions('https://example.org/x');
    expect(options.detail).toBe('https://example.org/x');
    expect(options.defaultId).toBe(options.cancelId);
    expect(isOpenConfirmed(options.defaultId ?? -1)).toBe(false);
    expect(options.buttons?.[1]).toMatch(/Open/);
    expect(isOpenConfirmed(1)).toBe(true);
  });
});
