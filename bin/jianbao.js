#!/usr/bin/env node
// The `jianbao` command: runs the built CLI (out/main/cli.js) in plain Node.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  console.error(`jianbao: Node.js >= 22.13 is required (this is ${process.version}); see README.`);
  process.exit(1);
}
const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(cli)) {
  console.error('jianbao: the CLI is not built yet; run "npm run build" first.');
  process.exit(1);
}
await import(cli);
