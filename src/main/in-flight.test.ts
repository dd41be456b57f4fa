import { describe, expect, it } from 'vitest';
import type { WireResult } from '../shared/errors';
import { trackInFlight } from './in-flight';

describe('the calls under way when the app quits', () => {
  it('waits for a save under way before letting the app quit', async () => {
    let finishSave!: () => void;
    const tracked = trackInFlight(
      () => new Promise<WireResult>((resolve) => (finishSave = () => resolve({ ok: true, value: null }))),
    );
    const saving = tracked.dispatch('updateAnnotation', {});
    expect(tracked.count).toBe(1);
    let isSettled = false;
    const settled = tracked.settled(5_000).then(() => (isSettled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(isSettled).toBe(false);

    finishSave();
    await saving;
    await settled;
    expect(tracked.count).toBe(0);
  });

  it('lets the app quit after the timeout if a call never ends, and at once when none is under way', async () => {
    const tracked = trackInFlight(() => new Promise<WireResult>(() => undefined));
    const started = Date.now();
    await tracked.settled(0);
    void tracked.dispatch('search', {});
    await tracked.settled(50);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });
});
