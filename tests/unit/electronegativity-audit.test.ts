import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './temp-dir';

// The audit step of `npm test` must fail on what it exists to catch, not only pass on our code.
const script = join(process.cwd(), 'scripts/electronegativity-audit.mjs');

const leakyMain = `import { BrowserWindow } from 'electron';
export function open() {
  return new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });
}
`;

async function audit(allowList: string) {
  const dir = await tempDir('jianbao-audit-');
  await mkdir(join(dir, 'src/main'), { recursive: true });
  await writeFile(join(dir, 'src/main/index.ts'), leakyMain);
  await writeFile(join(dir, 'allow.txt'), allowList);
  const run = spawnSync(process.execPath, [script, '--input', join(dir, 'src'), '--allow', join(dir, 'allow.txt')], { encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('the electronegativity audit', () => {
  it('fails on a window with Node integration and without isolation', async () => {
    const { status, output } = await audit('');
    expect(status).toBe(1);
    expect(output).toMatch(/FAIL INFORMATIONAL NODE_INTEGRATION_JS_CHECK at main\/index\.ts:3/);
    expect(output).toMatch(/FAIL HIGH CONTEXT_ISOLATION_JS_CHECK/);
    expect(output).not.toMatch(/Could not retrieve|Fetching Electron/);
  }, 60_000);

  it('fails on an allow-list line without a reason', async () => {
    const { status, output } = await audit('NODE_INTEGRATION_JS_CHECK main/index.ts\n');
    expect(status).toBe(1);
    expect(output).toMatch(/allow\.txt:1: give the check, the file and a reason/);
  }, 60_000);

  it('fails on an allow-list line that explains nothing', async () => {
    const { status, output } = await audit('REMOTE_MODULE_JS_CHECK main/other.ts  a reason for a finding that is not there\n');
    expect(status).toBe(1);
    expect(output).toMatch(/REMOTE_MODULE_JS_CHECK main\/other\.ts matches no finding any more/);
  }, 60_000);
});
