import { describe, expect, it } from 'vitest';
import { hostileOfds } from '../../../../../tests/unit/hostile/hostile-ofd';
import { JianbaoError } from '../../../../shared/errors';
import { sha256Hex } from '../../archive/ids';
import { importOfd } from './ofd-importer';

describe('hostile OFD packages', () => {
  it('refuses each with a clear error that names the file, in well under the time limit', async () => {
    const outcomes: string[] = [];
    for (const input of await hostileOfds((i) => [0.5, 0.3, 0.9, 0.7][i]!)) {
      const started = performance.now();
      let outcome: string;
      try {
        const draft = await importOfd({ path: `/in/${input.name}`, name: input.name, bytes: input.bytes, sha256: sha256Hex(input.bytes), ext: 'ofd' });
        outcome = `imported ${draft.pages.length}`;
      } catch (error) {
        if (!(error instanceof JianbaoError)) throw error;
        expect(error.message, input.name).toContain(input.name);
        expect(error.message, input.name).toMatch(/[\u4e00-\u9fff].* \/ .*[A-Za-z]{3}/s);
        outcome = error.code;
      }
      const ms = performance.now() - started;
      expect(ms, input.name).toBeLessThan(10_000);
      outcomes.push(`${input.name}: ${input.refused ? (outcome.startsWith('imported') ? 'NOT REFUSED' : 'refused') : outcome}`);
    }
    expect(outcomes.filter((o) => o.includes('NOT REFUSED'))).toEqual([]);
    expect(outcomes).toContain('ofd-billion-glyph-steps.ofd: imported 1');
  }, 120_000);
});
