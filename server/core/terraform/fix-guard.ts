import type { JsonDocument } from '../document';
import { applyEdits, diff, type Edit } from '../edit';
import type { Fix, FixEnv, FixProvider } from '../findings';
import { hclSyntaxErrors } from './front-end';
import { alignAround } from './hcl-edit';

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
      return hclSyntaxErrors(fixed).length > doc.errors.length ? [] : [{ ...f, edits: diff(doc.text, fixed) }];
    });
  return (env: FixEnv) => {
    const r = provider(env);
    return r instanceof Promise ? r.then(check) : check(r);
  };
}
