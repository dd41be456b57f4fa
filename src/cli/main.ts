import { fileURLToPath } from 'node:url';
import { runCli } from './cli';

// The `jianbao` command, built to out/main/cli.js; the renderer sits beside it in out/renderer.
const code = await runCli(process.argv.slice(2), {
  env: process.env,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  rendererDir: fileURLToPath(new URL('../renderer/', import.meta.url)),
});
process.exitCode = code;
