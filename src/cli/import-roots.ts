import { readdir, realpath, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { JianbaoError } from '../shared/errors';

/**
 * The folders whose files the browser door may import by path (`serve --import-root DIR`).
 * Without one, a browser can only upload files' bytes: a path on the server would otherwise
 * let anyone holding the page read any file the serving user can.
 */
export async function resolveImportRoots(dirs: readonly string[]): Promise<string[]> {
  const roots: string[] = [];
  for (const dir of dirs) {
    try {
      roots.push(await realpath(expandHome(dir)));
    } catch {
      throw new JianbaoError('NOT_FOUND', `找不到导入目录 / --import-root: no such folder: ${dir}`);
    }
  }
  return roots;
}

/**
 * The real paths of `paths`, each checked to lie inside one of `roots` (after following
 * symbolic links, so a link cannot lead out; a folder's contents are checked too, since the
 * import walks them following links). `~/` is the serving user's home; a relative path
 * is taken inside the first root. Throws FORBIDDEN for a path outside every root, NOT_FOUND for
 * one that does not exist.
 */
export async function checkImportPaths(paths: readonly string[], roots: readonly string[]): Promise<string[]> {
  if (roots.length === 0) {
    throw new JianbaoError(
      'FORBIDDEN',
      '浏览器只能上传文件；按路径导入需用命令行、桌面版，或以 serve --import-root 目录 启动 / ' +
        'A browser can upload files; importing by path needs the CLI, the desktop app, or serve --import-root DIR',
    );
  }
  const checked: string[] = [];
  for (const path of paths) {
    const wanted = expandHome(path);
    const absolute = isAbsolute(wanted) ? wanted : resolve(roots[0] as string, wanted);
    let real: string;
    try {
      real = await realpath(absolute);
    } catch {
      throw new JianbaoError('NOT_FOUND', `无法读取 ${path}：文件不存在 / Cannot read ${path}: no such file or folder`);
    }
    if (!roots.some((root) => isInside(real, root))) throw outside(path, roots);
    await checkFolder(real, path, roots, new Set());
    checked.push(real);
  }
  return checked;
}

/** Throws when anything under `folder` (a file or folder, through links) lies outside every root. */
async function checkFolder(folder: string, named: string, roots: readonly string[], seen: Set<string>): Promise<void> {
  if (seen.has(folder) || !(await stat(folder)).isDirectory()) return;
  seen.add(folder);
  for (const name of await readdir(folder)) {
    let real: string;
    try {
      real = await realpath(join(folder, name));
    } catch {
      continue; // a broken link: the import reports it
    }
    if (!roots.some((root) => isInside(real, root))) throw outside(`${named}/${name}`, roots);
    await checkFolder(real, `${named}/${name}`, roots, seen);
  }
}

function outside(path: string, roots: readonly string[]): JianbaoError {
  return new JianbaoError(
    'FORBIDDEN',
    `${path} 不在允许导入的目录中 / ${path} is outside the folders this server may import from (${roots.join(', ')})`,
  );
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function expandHome(path: string): string {
  if (path === '~') return homedir();
  return path.startsWith('~/') ? join(homedir(), path.slice(2)) : path;
}
