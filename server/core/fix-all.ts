import { applyEdits, type Edit } from './edit';
import { fixAllChoice, keepsUserValues } from './fix-all-policy';
import type { FixEnv } from './findings';
import { lint, type LintOptions } from './lint';

const MAX_PASSES = 10;

/**
 * Applies the fixes fix-all may apply (see fix-all-policy.ts), re-linting between passes until
 * nothing changes; fixes whose edits touch each other wait for the next pass. Only findings the user
 * saw in the given text count: a finding that a first fix brings up waits for the user.
 */
export async function fixAll(text: string, options: LintOptions = {}, env: FixEnv = {}): Promise<{ text: string; applied: string[] }> {
  const applied: string[] = [];
  let visible: Set<string> | undefined;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { findings } = lint(text, options);
    visible ??= new Set(findings.map(seenAs));
    const chosen: Edit[] = [];
    for (const f of findings) {
      if (!f.fixes || !visible.has(seenAs(f))) continue;
      const fix = fixAllChoice(await f.fixes(env));
      if (!fix || !keepsUserValues(text, f, fix)) continue;
      if (fix.edits.some((e) => chosen.some((c) => touches(c, e)))) continue;
      chosen.push(...fix.edits);
      applied.push(fix.title);
    }
    if (chosen.length === 0) break;
    text = applyEdits(text, chosen);
  }
  return { text, applied };
}

/** A finding as the user saw it, stable while other parts of the document are fixed. */
function seenAs(f: { id: string; pointer: string; message: string }): string {
  return `${f.id} ${f.pointer} ${f.message}`;
}

function touches(a: Edit, b: Edit): boolean {
  return a.offset <= b.offset + b.length && b.offset <= a.offset + a.length;
}
