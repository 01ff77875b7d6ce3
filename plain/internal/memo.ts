/**
 * Memoises a per-word function: word frequencies follow Zipf's law, so a few thousand forms make up most
 * of any text. The cache is bounded and results are pure, so analysis stays deterministic.
 */
export function memo<T>(compute: (norm: string) => T, limit = 50_000): (norm: string) => T {
  let cache = new Map<string, T>();
  return (norm) => {
    const known = cache.get(norm);
    if (known !== undefined) return known;
    const value = compute(norm);
    if (cache.size >= limit) cache = new Map();
    cache.set(norm, value);
    return value;
  };
}
