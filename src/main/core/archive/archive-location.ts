import { join } from 'node:path';

/** The name Electron derives the user-data folder from (package.json productName). */
export const productName = '剪报 Jianbao';

export interface LocationInputs {
  /** `--archive DIR` */
  flag?: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  homeDir: string;
}

/**
 * Where the archive lives: `--archive DIR`, else `JIANBAO_ARCHIVE`, else `archive/` in the
 * app's user-data folder, computed as Electron computes `app.getPath('userData')` so the app
 * and the CLI open the same archive.
 */
export function resolveArchiveDir(inputs: LocationInputs): string {
  if (inputs.flag) return inputs.flag;
  if (inputs.env.JIANBAO_ARCHIVE) return inputs.env.JIANBAO_ARCHIVE;
  return join(userDataDir(inputs), 'archive');
}

function userDataDir({ env, platform, homeDir }: LocationInputs): string {
  switch (platform) {
    case 'win32':
      return join(env.APPDATA ?? join(homeDir, 'AppData', 'Roaming'), productName);
    case 'darwin':
      return join(homeDir, 'Library', 'Application Support', productName);
    default:
      return join(env.XDG_CONFIG_HOME ?? join(homeDir, '.config'), productName);
  }
}
