import { resolve } from 'node:path';
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
    plugins: [react(), devInlineScripts()],
    build: {
      minify: true,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') },
      },
    },
  },
});
