import { applyEdits, type Edit } from './edit';
import { fixAllChoice, keepsUserValues } from './fix-all-policy';
import type { FixEnv } from './findings';
import { lint, type LintOptions, type LintResult } from './lint';
import { ObjectCache } from './object-cache';
import { topList } from './reparse';
import { lastStartingAtOrBefore } from './sorted';
import { RULES } from './rules';
import type { Node } from 'jsonc-parser';

const MAX_PASSES = 10;

interface Candidate {
  /** The finding it fixes, as the user saw it. */
  key: string;
  title: string;
  edits: Edit[];
  start: number;
  end: number;
}

/**
 * Applies the fixes fix-all may apply (see fix-all-policy.ts). Each pass computes the fixes of one
 * lint, keeps those that touch no other (in document order) and applies them at once; the next pass,
 * on the fixed text, re-runs the rules of the changed objects only. Only findings the user saw in the
 * given text count: a finding that a first fix brings up waits for the user. `first` is a lint of
 * `text` already made (an editor has one), so the first pass does not lint again.
 */
export async function fixAll(text: string, options: LintOptions = {}, env: FixEnv = {}, first?: LintResult): Promise<{ text: string; applied: string[] }> {
  const applied: string[] = [];
  const cache = new ObjectCache();
  let visible: Set<string> | undefined;
  /** Findings whose fix was turned down, in objects no fix has touched since: their fixes are the same. */
  let settled = new Set<string>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { findings, doc } = pass === 0 && first?.text === text ? first : lint(text, options, RULES, cache);
    const clean = doc?.text === text && doc.errors.length === 0 ? doc.root : undefined;
    visible ??= new Set(findings.map(seenAs));
    const candidates: Candidate[] = [];
    const turnedDown: Array<{ key: string; offset: number }> = [];
    const seen: Array<{ key: string; id: string; offset: number }> = [];
    for (const f of findings) {
      const key = seenAs(f);
      if (!visible.has(key)) continue;
      seen.push({ key, id: f.id, offset: f.offset });
      if (!f.fixes) continue;
      if (settled.has(key)) {
        turnedDown.push({ key, offset: f.offset });
        continue;
      }
      const fix = fixAllChoice(await f.fixes({ ...env, safeOnly: true }));
      if (!fix || !keepsUserValues(text, f, fix, options.path, clean)) {
        if (!READS_OTHERS.has(f.id)) turnedDown.push({ key, offset: f.offset });
        continue;
      }
      const { edits, title } = fix;
      candidates.push({ key, title, edits, start: Math.min(...edits.map((e) => e.offset)), end: Math.max(...edits.map((e) => e.offset + e.length)) });
    }
    const chosen = nonOverlapping(candidates);
    if (chosen.length === 0) break;
    for (const c of chosen) applied.push(c.title);
    const items = doc?.root && topList(doc.root)?.children;
    settled = untouched(turnedDown, chosen, items);
    text = applyEdits(text, chosen.flatMap((c) => c.edits));
    // Another pass finds nothing new when every finding still waiting lies in an object no fix touched
    // and reads no other object: its rules give the same fixes (or none) on the fixed text.
    const fixed = new Set(chosen.map((c) => c.key));
    if (seen.every((f) => fixed.has(f.key) || (!READS_OTHERS.has(f.id) && inUntouched(items, chosen, f.offset)))) break;
  }
  return { text, applied };
}

/** Ids of the rules that read other objects: their fixes may change when another object does. */
const READS_OTHERS = new Set(RULES.filter((r) => r.scope === 'document').flatMap((r) => r.reports as string[]));

/**
 * The turned-down findings that lie in an element of the top-level list no chosen fix touches: the
 * rules of that element give the same fixes on the fixed text (see object-cache.ts), so they are not
 * asked again. In a document that is not a list, every finding is asked again.
 */
function untouched(turnedDown: Array<{ key: string; offset: number }>, chosen: Candidate[], items: Node[] | undefined): Set<string> {
  return new Set(turnedDown.filter((t) => inUntouched(items, chosen, t.offset)).map((t) => t.key));
}

/** Whether `offset` lies in an element of the top-level list that no chosen fix touches. */
function inUntouched(items: Node[] | undefined, chosen: Candidate[], offset: number): boolean {
  const el = items?.length ? elementAt(items, offset) : undefined;
  return el !== undefined && !chosen.some((c) => c.start <= el.offset + el.length && el.offset <= c.end);
}

/** The element of a list (sorted by offset) that holds `offset`, if any. */
function elementAt(items: Node[], offset: number): Node | undefined {
  const e = items[lastStartingAtOrBefore(items, offset)];
  return e.offset <= offset && offset < e.offset + e.length ? e : undefined;
}

/** A finding as the user saw it, stable while other parts of the document are fixed. */
function seenAs(f: { id: string; pointer: string; message: string }): string {
  return `${f.id} ${f.pointer} ${f.message}`;
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
