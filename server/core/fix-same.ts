import type { Edit } from './edit';
import { fixAllChoice } from './fix-all-policy';
import type { Finding, FixEnv } from './findings';

/** Above this many findings of one code, the quick-fix menu does not compute "Fix all <code> problems". */
const MAX_SAME = 200;

/**
 * "Fix all <code> problems in this file" (as ESLint offers per rule): the lone safe fix of every
 * finding with this id, the fix the menu prefers for each, in one edit set. A fix touching one
 * already taken waits for the next run. Undefined unless at least two findings get fixed.
 */
export async function sameCodeFixes(findings: Finding[], id: string, env: FixEnv = {}): Promise<{ edits: Edit[]; count: number } | undefined> {
  const same = findings.filter((f) => f.id === id && f.fixes);
  if (same.length < 2 || same.length > MAX_SAME) return undefined;
  const edits: Edit[] = [];
  let count = 0;
  for (const f of same) {
    const fix = fixAllChoice(await f.fixes!(env));
    if (!fix || fix.edits.some((e) => edits.some((c) => e.offset <= c.offset + c.length && c.offset <= e.offset + e.length))) continue;
    edits.push(...fix.edits);
    count++;
  }
  return count >= 2 ? { edits: edits.sort((a, b) => a.offset - b.offset), count } : undefined;
}
