// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = {
  group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads'],
  message: 'This layer runs outside Node (STYLE.md, "The house"): no Node built-ins.',
};
const electron = { group: ['electron', 'electron/*'], message: 'Only src/main (outside core) and src/preload may import electron.' };
const layer = (folders, why) => ({
  group: folders.flatMap((f) => [`**/${f}`, `**/${f}/**`]),
  message: why,
});

/** The import rules of STYLE.md: a folder imports only the folders to its right. */
const layers = [
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    ignores: ['src/shared/**/*.test.ts'],
    patterns: [nodeBuiltins, electron, layer(['main', 'preload', 'renderer', 'cli'], 'src/shared imports nothing else of ours.')],
  },
  {
    files: ['src/main/core/**/*.ts'],
    patterns: [electron, layer(['preload', 'renderer', 'cli'], 'src/main/core imports only shared/ and node:.')],
  },
  {
    files: ['src/preload/**/*.ts'],
    patterns: [nodeBuiltins, layer(['main', 'renderer', 'cli'], 'src/preload imports only shared/ and electron.')],
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    patterns: [nodeBuiltins, electron, layer(['main', 'preload', 'cli'], 'src/renderer talks to the core only through the API client.')],
  },
  {
    files: ['src/cli/**/*.ts'],
    patterns: [
      electron,
      layer(['preload', 'renderer'], 'The CLI imports only shared/ and main/core/.'),
      { regex: '^\\.\\./main/(?!core/)', message: 'The CLI imports only main/core/, never the Electron door.' },
    ],
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', '.vite/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.object.name='describe'][callee.property.name='skip'], CallExpression[callee.object.name='it'][callee.property.name='skip'], CallExpression[callee.object.name='test'][callee.property.name='skip']", message: 'No skipped tests.' }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  ...layers.map(({ files, ignores, patterns }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  })),
);
