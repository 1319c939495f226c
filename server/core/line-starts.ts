import { lastAtOrBefore } from './sorted';

/** A replacement in a text: `[start, oldEnd)` of the old text became `oldEnd - start + delta` characters. */
export interface TextChange {
  start: number;
  oldEnd: number;
  delta: number;
}

/**
 * The line starts of the text asked about last. They depend on the text only, and an open document is
 * asked twice per version: by the editor's copy of it (to place the edit) and by its parse (to place
 * findings), so the second gets the first's. Never changed once made, so they can be shared.
 */
let last: { text: string; starts: Int32Array } | undefined;

function remember(text: string, starts: Int32Array): Int32Array {
  last = { text, starts };
  return starts;
}

/** The offsets where the lines of `text` start (a CR LF is one break, a lone CR or LF one each), from 0. */
export function lineStartsOf(text: string): Int32Array {
  if (last?.text === text) return last.starts;
  return remember(text, Int32Array.from(startsBetween(text, 0, text.length, [0])));
}

/** Appends the starts of the lines that begin in `text` at `from` + 1 up to `to`. */
function startsBetween(t: string, from: number, to: number, starts: number[]): number[] {
  // A long stretch without CR: one search per line is much faster than reading every character.
  if (to - from > 1 << 16 && t.indexOf('\r', from) === -1) {
    for (let i = t.indexOf('\n', from); i !== -1 && i < to; i = t.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (t.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) starts.push(i + 1);
  }
  return starts;
}

/**
 * The line starts of an edited text from the earlier ones: those before the edit stay, those well after
 * it move by the edit's length change (one pass over a typed array), and the lines in between are
 * scanned again. The scan starts a line before the edit's: a LF typed after a CR joins their lines.
 */
export function shiftLineStarts(old: Int32Array, text: string, change: TextChange): Int32Array {
  if (last?.text === text) return last.starts;
  const { start, oldEnd, delta } = change;
  const newEnd = oldEnd + delta;
  const k = Math.max(0, lastAtOrBefore(old, start) - 1);
  const middle: number[] = [];
  const scanTo = Math.min(text.length, newEnd + 2);
  for (let i = old[k]!; i < scanTo; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      if (i + 1 < newEnd + 2) middle.push(i + 1);
    } else if (c === 10 && i + 1 < newEnd + 2) middle.push(i + 1);
  }
  // The first earlier start well after the edit: every start from there on only moves.
  let j = lastAtOrBefore(old, oldEnd + 1) + 1;
  const starts = new Int32Array(k + 1 + middle.length + old.length - j);
  starts.set(old.subarray(0, k + 1));
  starts.set(middle, k + 1);
  for (let o = k + 1 + middle.length; j < old.length; j++, o++) starts[o] = old[j]! + delta;
  return remember(text, starts);
}
