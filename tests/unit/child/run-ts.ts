import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const hooks = fileURLToPath(new URL('./ts-hooks.mjs', import.meta.url));

/** Starts `node` on a TypeScript file of ours, as a separate process. */
export function spawnTs(file: string, args: string[] = []) {
  return spawn(
    process.execPath,
    ['--experimental-transform-types', '--no-warnings', '--import', hooks, file, ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

/** Runs it to the end; resolves to its exit code and output. */
export function runTs(file: string, args: string[] = []): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawnTs(file, args);
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}
