import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * The dev server's React refresh preamble is an inline script, which the renderer's CSP
 * (script-src 'self') refuses. Relax it while serving in development only; builds keep the
 * strict policy.
 */
function devInlineScripts(): Plugin {
  return {
    name: 'jianbao-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
  };
}

/** pdf.js's data files the app serves itself: CMaps, standard fonts, image decoders, ICC profiles. */
const pdfjsRoot = resolve(__dirname, 'node_modules/pdfjs-dist');
const pdfjsFolders = ['cmaps', 'standard_fonts', 'wasm', 'iccs'];

/**
 * Makes pdf.js's CMaps and standard fonts (and decoders) app assets under `pdfjs/`: emitted
 * into out/renderer/pdfjs/ by the build and served from node_modules in development. Chinese
 * PDFs whose fonts are not embedded show nothing without the CMaps, and the app fetches
 * nothing from the network, so both the browser door and Electron must carry them.
 */
function pdfjsAssets(): Plugin {
  return {
    name: 'jianbao-pdfjs-assets',
    configureServer(server) {
      server.middlewares.use('/pdfjs/', (request, response, next) => {
        const relative = decodeURIComponent((request.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
        const file = normalize(join(pdfjsRoot, relative));
        const inFolder = pdfjsFolders.some((folder) => file.startsWith(join(pdfjsRoot, folder) + sep));
        if (!inFolder || !statSync(file, { throwIfNoEntry: false })?.isFile()) return next();
        createReadStream(file).pipe(response);
      });
    },
    generateBundle() {
      for (const folder of pdfjsFolders) {
        for (const name of readdirSync(join(pdfjsRoot, folder))) {
          // quickjs runs PDF JavaScript, which the app never does.
          if (name.startsWith('quickjs')) continue;
          this.emitFile({ type: 'asset', fileName: `pdfjs/${folder}/${name}`, source: readFileSync(join(pdfjsRoot, folder, name)) });
        }
      }
    },
  };
}

// Main and the CLI share one build: the CLI (and `jianbao serve`) run in plain Node from
// out/main/cli.js and never import electron; out/main/index.js is the Electron entry.
export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/cli/main.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload must be CommonJS and can require nothing but electron: bundle
      // its dependencies (the contract's zod schemas) instead of leaving require() calls.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react(), devInlineScripts(), pdfjsAssets()],
    build: {
      minify: true,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') },
      },
    },
  },
});
