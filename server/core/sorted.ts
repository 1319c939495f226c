/*
 * The last index `i` of a sorted list with key(i) <= x (0 when none is): the line of an offset among
 * line starts, the element of a list that may hold an offset. Lists have at least one entry.
 */

/** Over numbers (line starts): no key function, as `positionAt` runs for every finding. */
export function lastAtOrBefore(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Over nodes or lines, by their offset. */
export function lastStartingAtOrBefore(items: ReadonlyArray<{ offset: number }>, x: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (items[mid].offset <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
