import type { FieldSpec, JsonType } from './types';

export { matchesType } from './walk';

// Schema helpers shared by the schema check templates (schema/templates/) and by hovers and completion.

/** How a user would name the expected type: "a boolean", "an integer or a string". */
export function describeTypes(types: JsonType[]): string {
  const a = (t: JsonType) => (t === 'integer' || t === 'object' || t === 'array' ? 'an ' : 'a ') + t;
  return types.map(a).join(' or ');
}

/** Optimal string alignment distance (a transposition counts as one edit). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > 3) return Math.abs(m - n);
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[m][n];
}

const normalise = (s: string) => s.trim().toLowerCase().replace(/[-\s.]/g, '_');

/**
 * Field names close to a misspelt key: case, `-` for `_` and up to two edits (one for names of three
 * characters or fewer, where two edits would match almost anything). Legacy fields are never suggested.
 */
export function closeFieldNames(key: string, fields: FieldSpec[]): string[] {
  const k = normalise(key);
  const max = k.length <= 3 ? 1 : 2;
  return fields
    .filter((f) => !f.legacy)
    .map((f) => ({ name: f.name, d: editDistance(k, f.name) }))
    .filter((x) => x.d <= max)
    .sort((x, y) => x.d - y.d)
    .map((x) => x.name);
}

/** An enum value the way it is written in JSON, so `""` stays visible. */
export const quoteValue = (v: string) => JSON.stringify(v);

/**
 * A message of the API's own, quoted: in plain text (diagnostics, the terminal) a code span loses its
 * marks, and the API's words would run into the sentence around them.
 */
export const apiMessage = (text: string) => `"\`${text}\`"`;

/** A field path as users read it: `dns.type`, `origin_direct[0]`. */
export function displayPath(path: Array<string | number>): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : '.' + s)).join('');
}
