import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result?.messages.filter((m) => m.ruleId === 'no-restricted-imports').length ?? 0;
}

describe('the import rules of STYLE.md, as lint enforces them', () => {
  it.each([
    ['src/main/core/x.ts', "import { app } from 'electron';"],
    ['src/main/core/x.ts', "import { x } from '../../renderer/src/api';"],
    ['src/shared/x.ts', "import { readFile } from 'node:fs/promises';"],
    ['src/shared/x.ts', "import { join } from 'path';"],
    ['src/shared/x.ts', "import { openCore } from '../main/core/open-core';"],
    ['src/renderer/src/x.ts', "import { readFile } from 'fs';"],
    ['src/renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
    ['src/renderer/src/x.ts', "import { openCore } from '../../main/core/open-core';"],
    ['src/cli/x.ts', "import { registerIpc } from '../main/ipc';"],
    ['src/preload/x.ts', "import { openCore } from '../main/core/open-core';"],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await restrictedImports(file, `${code}\nexport {};\n`)).toBe(1);
  });

  it.each([
    ['src/main/core/x.ts', "import { readFile } from 'node:fs/promises';"],
    ['src/main/core/x.ts', "import { canonicalText } from '../../shared/canonical-text';"],
    ['src/main/x.ts', "import { app } from 'electron';"],
    ['src/preload/x.ts', "import { contextBridge } from 'electron';"],
    ['src/cli/x.ts', "import { openCore } from '../main/core/open-core';"],
    ['src/renderer/src/x.ts', "import { createClient } from '../../shared/client';"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await restrictedImports(file, `${code}\nexport {};\n`)).toBe(0);
  });
});
