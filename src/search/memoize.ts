/**
 * `fn` with its results kept, for the words of one index build: words repeat across entries
 * (particles, 「LINE」, 「アカウント」), so each is worked out once. The memory belongs to
 * whoever holds the function (a build), and goes with it: nothing outlives the index.
 */
export function memoize<T>(fn: (key: string) => T): (key: string) => T {
  const results = new Map<string, T>();
  return (key) => {
    let result = results.get(key);
    if (result === undefined && !results.has(key)) results.set(key, (result = fn(key)));
    return result as T;
  };
}
