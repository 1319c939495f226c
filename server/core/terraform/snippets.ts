import type { TargetKind } from '../kinds/types';
import { applyEdits } from '../edit';
import { snippetBody, type SnippetObject } from '../snippets';
import { alignAround } from './hcl-edit';
import { LIST_BLOCKS, RESOURCE_KINDS, SINGLE_BLOCKS, V4_MAPS, V4_RENAMES } from './resources';

/** The path parameter each resource takes: Terraform needs it, the API body has none. */
const SCOPE: Readonly<Partial<Record<TargetKind, string>>> = { 'spectrum-app': 'zone_id', 'load-balancer': 'zone_id', monitor: 'account_id', pool: 'account_id' };
/** The resource's name in Terraform (its second label). */
const NAMES: Readonly<Partial<Record<TargetKind, string>>> = { 'spectrum-app': 'ssh', monitor: 'https', pool: 'primary', 'load-balancer': 'www' };
const INDENT = '  ';

/**
 * A whole `resource "<type>" "<name>" { ... }` in the form of provider `major`: v5 nested attributes
 * (`dns = { ... }`, `origins = [{ ... }]`), v4 blocks (`dns { ... }`, one `origins { ... }` a list item,
 * `header { header = "Host" values = [...] }`) and v4 names (`default_pool_ids`). The fields are the
 * JSON snippet's; the resource name and its zone or account come first as tab stops 1 and 2.
 */
export function resourceSnippet(type: string, major: 4 | 5, eol = '\n'): string | undefined {
  const kind = RESOURCE_KINDS[type];
  const body = kind && snippetBody(kind);
  const scope = kind && SCOPE[kind];
  if (!kind || !body || !scope) return undefined;
  const lines = [`resource "${type}" "\${1:${NAMES[kind]}}" {`, ...indented([attribute(scope, `\${2:var.${scope}}`), ...hclLines(kind, body, [], major)]), '}'];
  lines[lines.length - 2] += '$0';
  const text = lines.join(eol);
  // The `=` of each group of one-line attributes in one column, as `terraform fmt` (and every fix) leaves them.
  return applyEdits(text, alignAround(text, 0, text.length));
}

const attribute = (key: string, value: string) => `${key} = ${value}`;

function hclLines(kind: TargetKind, obj: SnippetObject, path: string[], major: 4 | 5): string[] {
  const out: string[] = [];
  const top = path.length === 0;
  for (const [field, value] of Object.entries(obj)) {
    const key = major === 4 && top ? (Object.keys(V4_RENAMES[kind] ?? {}).find((k) => V4_RENAMES[kind]![k] === field) ?? field) : field;
    if (typeof value === 'string') out.push(attribute(key, afterHead(value)));
    else if (!Array.isArray(value) && typeof value.terraform === 'string') out.push(attribute(key, afterHead(value.terraform)));
    else if (Array.isArray(value)) {
      const items = value.map((o) => hclLines(kind, o, [...path, field, '*'], major));
      if (major === 4 && LIST_BLOCKS.has(field)) for (const item of items) out.push(...block(key, item));
      else out.push(`${key} = [{`, ...items.flatMap((item, i) => [...(i ? ['}, {'] : []), ...indented(item)]), '}]');
    } else {
      const object = value as SnippetObject;
      const map = major === 4 ? V4_MAPS.find((m) => m.kind === kind && m.path.join('.') === [...path, field].join('.')) : undefined;
      if (map) for (const [k, v] of Object.entries(object)) out.push(...block(key, [attribute(map.key, JSON.stringify(k)), attribute(map.value, afterHead(v as string))]));
      else if (major === 4 && top && SINGLE_BLOCKS[kind].includes(field)) out.push(...block(key, hclLines(kind, object, [...path, field], major)));
      else out.push(`${key} = {`, ...indented(hclLines(kind, object, [...path, field], major)), '}');
    }
  }
  return out;
}

const block = (name: string, body: string[]): string[] => [`${name} {`, ...indented(body), '}'];

const indented = (lines: string[]): string[] => lines.map((l) => INDENT + l);

/** The body's tab stops `$n`, `${n...}` renumbered after the two of the resource head (`$0`, the final cursor, stays). */
function afterHead(snippet: string): string {
  return snippet.replace(/\$(\{?)(\d+)/g, (m, brace: string, n: string) => (n === '0' ? m : `$${brace}${Number(n) + 2}`));
}
