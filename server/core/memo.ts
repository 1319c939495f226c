/**
 * A parser of short strings, remembered by text: a dump repeats the same protocols and origins, and
 * many rules read the same value. Results are shared, so callers never change them. Bounded: past
 * `size` texts the memory starts again.
 */
export function memoByText<T>(parse: (text: string) => T, size = 20_000): (text: string) => T {
  let memo = new Map<string, T>();
  return (text: string) => {
    let r = memo.get(text);
    if (r === undefined && !memo.has(text)) {
      r = parse(text);
      if (memo.size >= size) memo = new Map();
      memo.set(text, r);
    }
    return r as T;
  };
}
