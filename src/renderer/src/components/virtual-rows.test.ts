import { describe, expect, it } from 'vitest';
import { firstVisible, rowOffsets } from './virtual-rows';

describe('virtual list rows', () => {
  it('places each row after the ones before it', () => {
    expect(rowOffsets([40, 70, 70])).toEqual([0, 40, 110, 180]);
    expect(rowOffsets([])).toEqual([0]);
  });

  it.each([
    [0, 0],
    [39, 0],
    [40, 1],
    [150, 2],
    [10_000, 2],
  ])('finds the row under scroll position %i', (top, row) => {
    expect(firstVisible(rowOffsets([40, 70, 70]), top)).toBe(row);
  });

  it('finds a row among 10,000 without walking them all', () => {
    const offsets = rowOffsets(Array.from({ length: 10_000 }, () => 72));
    expect(firstVisible(offsets, 72 * 5_000 + 1)).toBe(5_000);
  });
});
