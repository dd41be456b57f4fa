#!/usr/bin/env node
// The static Electron audit of `npm test` (issue 7): @doyensec/electronegativity over src/,
// failing on any HIGH or MEDIUM finding (and any Node-integration finding) that electronegativity-allow.txt does not explain,
// on an allow-list line without a reason or matching nothing, and on a file it cannot parse.
//
// Offline and fast: electronegativity's CLI fetches translations from S3 and the list of
// Electron releases from GitHub. Here its translations are loaded from its own folder, any
// HTTP client call fails at once, the release-list check (AvailableSecurityFixesGlobalCheck,
// meaningless without the network) is left out, and the Electron version is the installed one.
//
//   node scripts/electronegativity-audit.mjs [--input DIR] [--allow FILE]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    input: { type: 'string', default: join(root, 'src') },
    allow: { type: 'string', default: join(root, 'electronegativity-allow.txt') },
  },
});
const input = resolve(values.input);

const require = createRequire(join(root, 'package.json'));
const i18nPath = require.resolve('@doyensec/electronegativity/dist/locales/i18n.js');
const fromTool = createRequire(i18nPath);

// No network: the HTTP client electronegativity uses refuses every call.
const offline = () => Promise.reject(new Error('electronegativity-audit runs offline'));
offline.head = offline;
offline.get = offline;
fromTool.cache[fromTool.resolve('got')] = { id: 'got', loaded: true, exports: offline };

// Its translations, from the JSON files it ships, without asking S3 for newer ones.
const i18n = fromTool('i18n');
const localI18n = async () => {
  i18n.configure({ locales: ['en-US'], defaultLocale: 'en-US', directory: dirname(i18nPath), updateFiles: false, objectNotation: true, retryInDefaultLocale: true, register: globalThis });
  i18n.setLocale('en-US');
};
localI18n.default = localI18n;
require.cache[i18nPath] = { id: i18nPath, filename: i18nPath, loaded: true, exports: localI18n };

const runner = require('@doyensec/electronegativity/dist/runner.js');
const run = runner.default ?? runner;
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;

/** `CHECK_ID  file  reason` lines; problems for lines without a reason. */
function readAllowList(file) {
  const entries = [];
  const problems = [];
  readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) return;
    const [check, path, ...reason] = text.split(/\s+/);
    if (!path || reason.join(' ').length < 10) problems.push(`${relative(root, file)}:${index + 1}: give the check, the file and a reason: ${text}`);
    else entries.push({ check, path, reason: reason.join(' '), line: index + 1, used: false });
  });
  return { entries, problems };
}

const started = Date.now();
const result = await run(
  {
    input,
    customScan: [],
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
    electronVersionOverride: electronVersion,
    isRelative: true,
    parserPlugins: [],
  },
  false,
);

const { entries, problems } = readAllowList(values.allow);
const failures = [...problems];
for (const error of result.errors.filter((e) => !e.tolerable)) {
  failures.push(`could not audit ${relative(root, error.file)}: ${error.message}`);
}
// Node in the renderer is never wanted here, but electronegativity rates an explicit
// `nodeIntegration: true` INFORMATIONAL (only the default is HIGH): those checks count at any severity.
const alwaysSerious = new Set(['NODE_INTEGRATION_JS_CHECK', 'NODE_INTEGRATION_HTML_CHECK', 'NODE_INTEGRATION_ATTACH_EVENT_JS_CHECK']);
const isSerious = (issue) => issue.severity.value >= 2 || alwaysSerious.has(issue.id);
const serious = result.issues.filter(isSerious);
for (const issue of serious) {
  const where = `${issue.file}:${issue.location.line}:${issue.location.column}`;
  const entry = entries.find((e) => e.check === issue.id && e.path === issue.file);
  if (entry) {
    entry.used = true;
    console.log(`  allowed  ${issue.severity.name.padEnd(6)} ${issue.id} ${where}: ${entry.reason}`);
  } else {
    failures.push(`${issue.severity.name} ${issue.id} at ${where} (${issue.confidence.name}): ${issue.description} ${issue.shortenedURL}`);
  }
}
for (const issue of result.issues.filter((i) => !isSerious(i))) {
  console.log(`  noted    ${issue.severity.name.padEnd(6)} ${issue.id} ${issue.file}:${issue.location.line}:${issue.location.column}`);
}
for (const entry of entries.filter((e) => !e.used)) {
  failures.push(`${relative(root, values.allow)}:${entry.line}: ${entry.check} ${entry.path} matches no finding any more: remove the line`);
}

const toolVersion = JSON.parse(readFileSync(require.resolve('@doyensec/electronegativity/package.json'), 'utf8')).version;
const allowed = serious.filter((issue) => entries.some((e) => e.check === issue.id && e.path === issue.file)).length;
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `electronegativity ${toolVersion} (Electron ${electronVersion}) over ${relative(root, input) || '.'}: ` +
    `${result.atomicChecks + result.globalChecks} checks, ${result.issues.length} findings, ${serious.length} high or medium, ${allowed} of them allowed, in ${seconds} s`,
);
for (const failure of failures) console.error(`  FAIL ${failure}`);
process.exit(failures.length === 0 ? 0 : 1);
