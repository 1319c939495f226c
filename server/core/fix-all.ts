import { applyEdits, type Edit } from './edit';
import type { FixEnv } from './findings';
import { lint, type LintOptions, type LintResult } from './lint';
import { ObjectCache } from './object-cache';
import { RULES } from './rules';

const MAX_PASSES = 10;

interface Candidate {
  title: string;
  edits: Edit[];
  start: number;
  end: number;
}

/**
 * Applies every safe fix (findings with exactly one fix of kind `safe`). Each pass computes the fixes
 * of one lint, keeps those that touch no other (in document order), and applies them at once; the
 * next pass, on the fixed text, re-runs the rules of the changed objects only. `first` is a lint of
 * `text` already made (an editor has one), so the first pass does not lint again.
 */
export async function fixAll(text: string, options: LintOptions = {}, env: FixEnv = {}, first?: LintResult): Promise<{ text: string; applied: string[] }> {
  const applied: string[] = [];
  const cache = new ObjectCache();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { findings } = pass === 0 && first?.text === text ? first : lint(text, options, RULES, cache);
    const candidates: Candidate[] = [];
    for (const f of findings) {
      if (!f.fixes) continue;
      const safe = (await f.fixes(env)).filter((x) => x.kind === 'safe');
      if (safe.length !== 1 || safe[0].edits.length === 0) continue;
      const { edits, title } = safe[0];
      candidates.push({ title, edits, start: Math.min(...edits.map((e) => e.offset)), end: Math.max(...edits.map((e) => e.offset + e.length)) });
    }
    const chosen = nonOverlapping(candidates);
    if (chosen.length === 0) break;
    for (const c of chosen) applied.push(c.title);
    text = applyEdits(text, chosen.flatMap((c) => c.edits));
  }
  return { text, applied };
}

/** The fixes that touch no fix before them, in document order: one sort, one sweep. */
function nonOverlapping(candidates: Candidate[]): Candidate[] {
  const sorted = candidates.map((c, i) => ({ c, i })).sort((a, b) => a.c.start - b.c.start || a.i - b.i);
  const kept: Candidate[] = [];
  let reach = -1;
  for (const { c } of sorted) {
    if (c.start <= reach) continue;
    kept.push(c);
    reach = c.end;
  }
  return kept;
}
