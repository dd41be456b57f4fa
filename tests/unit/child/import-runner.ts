// The importer side of the hostile-input run (src/main/core/import/hostile-inputs.test.ts):
// imports each input of the corpus file, one after the other, into one archive, and prints a
// line of JSON per input as soon as it is done, so the test can tell a hang (no line in time)
// or a crash (the process gone) and name the input. The archive is compared before and after.
import { readFile } from 'node:fs/promises';
import { JianbaoError } from '../../../src/shared/errors';
import { Archive } from '../../../src/main/core/archive/archive';
import { importPaths } from '../../../src/main/core/import/import-paths';
import { archiveSnapshot } from '../archive-snapshot';
import type { HostileInput } from '../hostile/hostile-corpus';

const [dir, corpusFile] = process.argv.slice(2) as [string, string];
const inputs = JSON.parse(await readFile(corpusFile, 'utf8')) as HostileInput[];
const archive = await Archive.open(dir);

/** The JSON files of record that do not parse, and whether any holds `marker`. */
async function inspect(snapshot: readonly string[], marker?: string): Promise<{ unparsable: string[]; leaked: boolean }> {
  const unparsable: string[] = [];
  let leaked = false;
  for (const entry of snapshot) {
    const path = entry.split(' ')[0]!;
    if (!path.endsWith('.json')) continue;
    const text = await readFile(`${dir}/${path}`, 'utf8');
    if (marker && text.includes(marker)) leaked = true;
    try {
      JSON.parse(text);
    } catch {
      unparsable.push(path);
    }
  }
  return { unparsable, leaked };
}

for (const input of inputs) {
  const before = await archiveSnapshot(dir, ['backups', 'index']);
  const started = performance.now();
  let files: { status: string; code?: string; message?: string }[] = [];
  let thrown: { code: string; message: string } | null = null;
  try {
    const report = await importPaths(archive, [input.file]);
    files = report.files.map((f) => ({ status: f.status, ...(f.error ? { code: f.error.code, message: f.error.message } : {}) }));
  } catch (error) {
    thrown = error instanceof JianbaoError ? { code: error.code, message: error.message } : { code: 'NOT_A_JIANBAO_ERROR', message: String((error as Error)?.stack ?? error) };
  }
  const ms = Math.round(performance.now() - started);
  const after = await archiveSnapshot(dir, ['backups', 'index']);
  const { unparsable, leaked } = await inspect(after, input.marker);
  const changed = before.join('\n') !== after.join('\n');
  process.stdout.write(`${JSON.stringify({ name: input.name, ms, files, thrown, changed, unparsable, leaked })}\n`);
}
