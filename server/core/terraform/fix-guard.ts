import type { JsonDocument } from '../document';
import { applyEdits, diff, type Edit } from '../edit';
import type { Fix, FixEnv, FixProvider } from '../findings';
import { hclSyntaxErrors } from './front-end';
import { alignAround } from './hcl-edit';
import { windowAround, type BlockWindow } from './block-window';

const IDENT = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * A rule's edit in HCL terms. Rules that edit text directly write JSON strings: in HCL a name that
 * replaces a bare name stays bare (`origin_dns`, not `"origin_dns"`), and a string that replaces a
 * quoted string gets its template sequences escaped (`${` as `$${`).
 */
function toHcl(text: string, e: Edit): Edit {
  if (!e.content.startsWith('"')) return e;
  let s: unknown;
  try {
    s = JSON.parse(e.content);
  } catch {
    return e;
  }
  if (typeof s !== 'string') return e;
  const old = text.slice(e.offset, e.offset + e.length);
  if (IDENT.test(old) && IDENT.test(s)) return { ...e, content: s };
  // JSON escapes are HCL's too; only a template sequence that is not escaped yet needs `$${` (`%%{`).
  return { ...e, content: e.content.replace(/(?<![$])\$\{/g, () => '$${').replace(/(?<![%])%\{/g, () => '%%{') };
}

/**
 * The fixes of a finding in a Terraform file, each checked once here for every rule: its edits in
 * HCL terms, the `=` of the attribute groups it touched aligned as `terraform fmt` leaves them (a
 * renamed or rewritten attribute changes their width), and kept only when the fixed text parses with
 * no more syntax errors than before (on its resource block alone when the fix lies inside one: see
 * `addsSyntaxErrors`).
 */
export function terraformFixes(doc: JsonDocument, provider: FixProvider): FixProvider {
  const check = (fixes: Fix[], safeOnly: boolean) =>
    fixes.flatMap((f) => {
      if (safeOnly && f.kind !== 'safe') return [];
      const written = f.edits.map((e) => toHcl(doc.text, e));
      if (written.length === 0) return [];
      // Written, aligned and checked on the resource block the edits lie in: a module of thousands of
      // resources is not copied, split into lines and diffed once per fix.
      const start = Math.min(...written.map((e) => e.offset));
      const end = Math.max(...written.map((e) => e.offset + e.length));
      const w = windowAround(doc, start, end) ?? { text: doc.text, offset: 0 };
      const raw = applyEdits(w.text, written.map((e) => ({ ...e, offset: e.offset - w.offset })));
      const [change] = diff(w.text, raw);
      if (!change) return [];
      const fixed = applyEdits(raw, alignAround(raw, change.offset, change.offset + change.content.length));
      if (addsSyntaxErrors(doc, w, fixed)) return [];
      return [{ ...f, edits: diff(w.text, fixed).map((e) => ({ ...e, offset: e.offset + w.offset })) }];
    });
  return (env: FixEnv) => {
    const r = provider(env);
    const safeOnly = env.safeOnly === true;
    return r instanceof Promise ? r.then((fixes) => check(fixes, safeOnly)) : check(r, safeOnly);
  };
}

/**
 * Whether `fixed`, the text of `w` after a fix, parses with more syntax errors than `w` did. A resource
 * block that parses alone ends where it began (no string, heredoc or brace left open), so the rest of
 * the file reads as before: its own errors are the file's.
 */
export function addsSyntaxErrors(doc: JsonDocument, w: BlockWindow, fixed: string): boolean {
  const before = w.text === doc.text ? doc.errors.length : hclSyntaxErrors(w.text).length;
  return hclSyntaxErrors(fixed).length > before;
}
