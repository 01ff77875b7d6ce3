/**
 * The median of `values` (mean of the two middle ones for an even count), or null for none, found by
 * selection in O(n) rather than by sorting: a year of a busy site's negative feedback is hundreds of
 * thousands of values, and a sort of them would hold the event loop for tens of milliseconds. Reorders
 * `values` in place.
 */
export function medianInPlace(values: Float64Array): number | null {
  const n = values.length;
  if (n === 0) return null;
  const upper = select(values, n >> 1);
  if (n % 2) return upper;
  // After selecting the upper middle, every value left of it is ≤ it: the lower middle is their maximum.
  let lower = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n >> 1; i++) lower = Math.max(lower, values[i] as number);
  return (lower + upper) / 2;
}

/** The k-th smallest value (0-based), moving it to index k with smaller ones before it (Hoare's quickselect). */
function select(values: Float64Array, k: number): number {
  let left = 0;
  let right = values.length - 1;
  while (left < right) {
    // Middle element as pivot: waits arrive roughly in time order, so the first one would be a poor pivot.
    const pivot = values[(left + right) >> 1] as number;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k] as number;
}
