import { applyEdits, type Edit } from './edit';
import type { FixEnv } from './findings';
import { lint, type LintOptions } from './lint';

const MAX_PASSES = 10;

/**
 * Applies every safe fix (findings with exactly one fix of kind `safe`), re-linting between passes
 * until nothing changes; fixes whose edits touch each other wait for the next pass.
 */
export async function fixAll(text: string, options: LintOptions = {}, env: FixEnv = {}): Promise<{ text: string; applied: string[] }> {
  const applied: string[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { findings } = lint(text, options);
    const chosen: Edit[] = [];
    for (const f of findings) {
      if (!f.fixes) continue;
      const safe = (await f.fixes(env)).filter((x) => x.kind === 'safe');
      if (safe.length !== 1 || safe[0].edits.length === 0) continue;
      if (safe[0].edits.some((e) => chosen.some((c) => touches(c, e)))) continue;
      chosen.push(...safe[0].edits);
      applied.push(safe[0].title);
    }
    if (chosen.length === 0) break;
    text = applyEdits(text, chosen);
  }
  return { text, applied };
}

function touches(a: Edit, b: Edit): boolean {
  return a.offset <= b.offset + b.length && b.offset <= a.offset + a.length;
}
