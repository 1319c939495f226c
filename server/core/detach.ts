/**
 * A copy of a string that does not keep a longer one alive. V8 makes a slice of a long text a view
 * into it, and so are the strings built from the slice: a cache key or a parsed value taken from one
 * version of a document would keep that version's whole text in memory, one more copy per edit.
 */
export function detached(part: string): string {
  return (' ' + part).slice(1);
}
