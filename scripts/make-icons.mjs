#!/usr/bin/env node
// Makes the app's icons from resources/icon.svg: PNGs rendered by Debian's Chromium (through
// playwright-core, already a devDependency), and the Windows .ico and macOS .icns assembled
// from those PNGs here (both formats may hold PNG images as they are). The results are
// committed: packaging and CI never run this; run it after changing the SVG.
//
//   node scripts/make-icons.mjs        (needs /usr/bin/chromium or CHROMIUM_PATH)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const resources = resolve(import.meta.dirname, '../resources');
const svg = await readFile(join(resources, 'icon.svg'), 'utf8');

/** Linux wants a folder of NxN.png; .ico and .icns are built from the same renderings. */
const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const icoSizes = [16, 24, 32, 48, 64, 128, 256];
/** .icns entry types holding PNGs, by pixel size (the @2x types reuse the larger renderings). */
const icnsTypes = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

async function renderPngs() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const pngs = new Map();
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
      );
      pngs.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    }
    return pngs;
  } finally {
    await browser.close();
  }
}

/** An .ico whose images are PNGs (Windows Vista and later), little-endian throughout. */
function ico(pngs) {
  const header = Buffer.alloc(6 + 16 * icoSizes.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(icoSizes.length, 4);
  let offset = header.length;
  icoSizes.forEach((size, index) => {
    const entry = 6 + 16 * index;
    const png = pngs.get(size);
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...icoSizes.map((size) => pngs.get(size))]);
}

/** An .icns of PNG entries: 'icns', total length, then type + length + data, big-endian. */
function icns(pngs) {
  const entries = icnsTypes.map(([type, size]) => {
    const png = pngs.get(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(entries);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

const pngs = await renderPngs();
await mkdir(join(resources, 'icons'), { recursive: true });
for (const size of sizes) await writeFile(join(resources, 'icons', `${size}x${size}.png`), pngs.get(size));
await writeFile(join(resources, 'icon.png'), pngs.get(1024));
await writeFile(join(resources, 'icon.ico'), ico(pngs));
await writeFile(join(resources, 'icon.icns'), icns(pngs));
console.log(`icons written to ${resources}: icon.png, icon.ico, icon.icns, icons/{${sizes.join(',')}}`);
