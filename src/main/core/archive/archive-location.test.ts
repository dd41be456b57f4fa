import { describe, expect, it } from 'vitest';
import { resolveArchiveDir } from './archive-location';

describe('resolveArchiveDir', () => {
  const base = { env: {}, platform: 'linux' as const, homeDir: '/home/lin' };

  it.each([
    ['--archive wins over everything', { ...base, flag: '/a', env: { JIANBAO_ARCHIVE: '/b' } }, '/a'],
    ['JIANBAO_ARCHIVE comes next', { ...base, env: { JIANBAO_ARCHIVE: '/b' } }, '/b'],
    ['Linux uses the config folder', base, '/home/lin/.config/剪报 Jianbao/archive'],
    ['Linux honours XDG_CONFIG_HOME', { ...base, env: { XDG_CONFIG_HOME: '/x' } }, '/x/剪报 Jianbao/archive'],
    ['macOS uses Application Support', { ...base, platform: 'darwin' as const }, '/home/lin/Library/Application Support/剪报 Jianbao/archive'],
  ])('%s', (_name, inputs, expected) => {
    expect(resolveArchiveDir(inputs)).toBe(expected);
  });
});
