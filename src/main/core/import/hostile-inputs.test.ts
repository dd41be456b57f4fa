import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { spawnTs } from '../../../../tests/unit/child/run-ts';
import { buildHostileCorpus, type HostileInput } from '../../../../tests/unit/hostile/hostile-corpus';
import { tempDir } from '../../../../tests/unit/temp-dir';

const runner = fileURLToPath(new URL('../../../../tests/unit/child/import-runner.ts', import.meta.url));

/** The most one input may take; past it the importer is taken to hang. */
const perInputMs = 20_000;

interface Outcome {
  name: string;
  ms: number;
  files: { status: string; code?: string; message?: string }[];
  thrown: { code: string; message: string } | null;
  changed: boolean;
  unparsable: string[];
  leaked: boolean;
}

/** Runs the importer process over the corpus; stops it at the first input that takes too long. */
function importAll(archiveDir: string, corpusFile: string, inputs: readonly HostileInput[]): Promise<{ outcomes: Outcome[]; failure: string | null }> {
  return new Promise((resolve) => {
    const child = spawnTs(runner, [archiveDir, corpusFile]);
    const outcomes: Outcome[] = [];
    let buffered = '';
    let stderr = '';
    let failure: string | null = null;
    let watchdog: NodeJS.Timeout;
    const arm = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        failure = `hung: ${inputs[outcomes.length]?.name} took more than ${perInputMs} ms`;
        child.kill('SIGKILL');
      }, perInputMs);
    };
    arm();
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) outcomes.push(JSON.parse(line) as Outcome);
      arm();
    });
    child.on('exit', (code, signal) => {
      clearTimeout(watchdog);
      if (failure === null && outcomes.length < inputs.length) {
        failure = `crashed (${signal ?? code}) on ${inputs[outcomes.length]?.name}: ${stderr.slice(-2000)}`;
      }
      resolve({ outcomes, failure });
    });
  });
}

const bilingual = /[\u4e00-\u9fff].*[A-Za-z]{3}/s;

describe('importing hostile files', () => {
  it('ends every input as a clean import or a clear error, in time, leaving the archive unchanged when it fails', async () => {
    const seed = Number(process.env.JIANBAO_FUZZ_SEED ?? 20261129);
    const started = Date.now();
    const dir = await tempDir();
    const inputs = await buildHostileCorpus(dir, seed);
    const corpusFile = join(dir, 'corpus.json');
    await writeFile(corpusFile, JSON.stringify(inputs));

    const { outcomes, failure } = await importAll(join(dir, 'archive'), corpusFile, inputs);
    expect(failure, `seed ${seed}`).toBeNull();
    expect(outcomes.map((o) => o.name)).toEqual(inputs.map((i) => i.name));

    const problems: string[] = [];
    for (const [i, outcome] of outcomes.entries()) {
      const input = inputs[i]!;
      const say = (what: string) => problems.push(`${outcome.name}: ${what}`);
      if (outcome.thrown) say(`the import threw ${outcome.thrown.code}: ${outcome.thrown.message.slice(0, 300)}`);
      const failed = outcome.files.filter((f) => f.status === 'failed');
      const imported = outcome.files.filter((f) => f.status === 'imported');
      for (const f of failed) {
        if (!f.code || f.code === 'INTERNAL') say(`failed without a clear error: ${f.code} ${f.message?.slice(0, 300)}`);
        else if (!bilingual.test(f.message ?? '')) say(`its message is not in Chinese and English: ${f.message}`);
      }
      if (imported.length === 0 && outcome.changed) say('nothing was imported, yet the archive changed');
      if (imported.length > 0 && !outcome.changed) say('reported as imported, yet the archive did not change');
      if (outcome.unparsable.length > 0) say(`left files that do not parse: ${outcome.unparsable.join(', ')}`);
      if (outcome.leaked) say('script text reached the archive');
      if (input.outcome === 'refused' && (imported.length > 0 || failed.length === 0)) say(`should be refused, was ${JSON.stringify(outcome.files)}`);
      const fileName = input.file.split('/').pop()!;
      if (input.namesFile && failed.some((f) => !f.message?.includes(fileName))) say(`its error does not name ${fileName}: ${failed[0]?.message}`);
      if (input.outcome === 'imported' && imported.length === 0) say(`should import, was ${JSON.stringify(outcome.files)}`);
    }
    if (process.env.JIANBAO_FUZZ_TIMES) console.log([...outcomes].sort((a, b) => b.ms - a.ms).map((o) => `${o.ms} ${o.name} ${o.files.map((f) => f.code ?? f.status).join(",")}`).join("\n"));
    expect(problems, `seed ${seed}`).toEqual([]);
    const refused = outcomes.filter((o) => o.files.some((f) => f.status === 'failed')).length;
    const slowest = [...outcomes].sort((a, b) => b.ms - a.ms)[0]!;
    console.log(
      `hostile inputs: ${outcomes.length} (${refused} refused, ${outcomes.length - refused} imported or unchanged) in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
        `slowest ${slowest.name} ${slowest.ms} ms; seed ${seed}`,
    );
  }, 180_000);
});
