/** Where each row starts, from row heights; one more entry than rows: the last is the total. */
export function rowOffsets(heights: readonly number[]): number[] {
  const offsets = new Array<number>(heights.length + 1);
  offsets[0] = 0;
  for (let index = 0; index < heights.length; index += 1) offsets[index + 1] = (offsets[index] ?? 0) + (heights[index] ?? 0);
  return offsets;
}

/** The row under the scroll position `top` (binary search over the offsets). */
export function firstVisible(offsets: readonly number[], top: number): number {
  let low = 0;
  let high = Math.max(0, offsets.length - 2);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((offsets[mid] ?? 0) <= top) low = mid;
    else high = mid - 1;
  }
  return low;
}
