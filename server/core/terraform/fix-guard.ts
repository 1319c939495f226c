import type { JsonDocument } from '../document';
import { applyEdits, diff, type Edit } from '../edit';
import type { Fix, FixEnv, FixProvider } from '../findings';
import { hclSyntaxErrors } from './front-end';
import { alignAround } from './hcl-edit';
import { bodyItems } from './hcl-tree';

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
 * no more syntax errors than before.
 */
export function terraformFixes(doc: JsonDocument, provider: FixProvider): FixProvider {
  const check = (fixes: Fix[]) =>
    fixes.flatMap((f) => {
      const written = f.edits.map((e) => toHcl(doc.text, e));
      if (written.length === 0) return [];
      const raw = applyEdits(doc.text, written);
      const [change] = diff(doc.text, raw);
      if (!change) return [];
      const fixed = applyEdits(raw, alignAround(raw, change.offset, change.offset + change.content.length));
      const edits = diff(doc.text, fixed);
      return edits.length && addsSyntaxErrors(doc, fixed, edits[0]) ? [] : [{ ...f, edits }];
    });
  return (env: FixEnv) => {
    const r = provider(env);
    return r instanceof Promise ? r.then(check) : check(r);
  };
}

/**
 * Whether the fixed text parses with more syntax errors than the document. A change strictly inside
 * one top-level block is checked on that block alone: a block that parses alone ends where it began
 * (no string, heredoc or brace left open), so the rest of the file reads as before. A full parse per
 * fix of a module of thousands of resources made a code action take seconds.
 */
export function addsSyntaxErrors(doc: JsonDocument, fixed: string, change: Edit): boolean {
  const body = doc.terraform?.hcl?.syntax.namedChildren.find((c) => c.type === 'body');
  const end = change.offset + change.length;
  const block = bodyItems(body).find((b) => b.startIndex < change.offset && end < b.endIndex);
  if (!block) return hclSyntaxErrors(fixed).length > doc.errors.length;
  const before = doc.text.slice(block.startIndex, block.endIndex);
  const after = fixed.slice(block.startIndex, block.endIndex + fixed.length - doc.text.length);
  return hclSyntaxErrors(after).length > hclSyntaxErrors(before).length;
}
