import type { TargetKind } from '../kinds/types';
import { snippetBody, type SnippetObject } from '../snippets';
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
  const lines: Line[] = [{ key: scope, value: `\${2:var.${scope}}` }, ...hclLines(kind, body, [], major)];
  const text = [`resource "${type}" "\${1:${NAMES[kind]}}" {`, ...aligned(lines, INDENT), '}'];
  text[text.length - 2] += '$0';
  return text.join(eol);
}

/** A line of a body: `key = value` on one line (aligned with its neighbours, as `terraform fmt` does), or a line as is. */
type Line = { key: string; value: string } | { text: string };

function hclLines(kind: TargetKind, obj: SnippetObject, path: string[], major: 4 | 5): Line[] {
  const out: Line[] = [];
  const top = path.length === 0;
  for (const [field, value] of Object.entries(obj)) {
    const key = major === 4 && top ? (Object.keys(V4_RENAMES[kind] ?? {}).find((k) => V4_RENAMES[kind]![k] === field) ?? field) : field;
    if (typeof value === 'string') out.push({ key, value: afterHead(value) });
    else if (!Array.isArray(value) && typeof value.terraform === 'string') out.push({ key, value: afterHead(value.terraform) });
    else if (Array.isArray(value)) {
      const items = value.map((o) => hclLines(kind, o, [...path, field, '*'], major));
      if (major === 4 && LIST_BLOCKS.has(field)) for (const item of items) out.push(...block(key, item));
      else out.push({ text: `${key} = [{` }, ...items.flatMap((item, i) => [...(i ? [{ text: '}, {' }] : []), ...indented(item)]), { text: '}]' });
    } else {
      const object = value as SnippetObject;
      const map = major === 4 ? V4_MAPS.find((m) => m.kind === kind && m.path.join('.') === [...path, field].join('.')) : undefined;
      if (map) for (const [k, v] of Object.entries(object)) out.push(...block(key, [{ key: map.key, value: JSON.stringify(k) }, { key: map.value, value: afterHead(v as string) }]));
      else if (major === 4 && top && SINGLE_BLOCKS[kind].includes(field)) out.push(...block(key, hclLines(kind, object, [...path, field], major)));
      else out.push({ text: `${key} = {` }, ...indented(hclLines(kind, object, [...path, field], major)), { text: '}' });
    }
  }
  return out;
}

const block = (name: string, body: Line[]): Line[] => [{ text: `${name} {` }, ...indented(body), { text: '}' }];

/** The lines one level deeper; alignment happens per body when the body is written out. */
function indented(lines: Line[]): Line[] {
  return aligned(lines, INDENT).map((text) => ({ text }));
}

/** Each run of one-line attributes has its `=` in one column. */
function aligned(lines: Line[], indent: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    if (!('key' in line)) {
      out.push(indent + line.text);
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && 'key' in lines[j]!) j++;
    const run = lines.slice(i, j) as Array<{ key: string; value: string }>;
    const width = Math.max(...run.map((l) => l.key.length));
    for (const l of run) out.push(`${indent}${l.key.padEnd(width)} = ${l.value}`);
    i = j;
  }
  return out;
}

/** The body's tab stops `$n`, `${n...}` renumbered after the two of the resource head (`$0`, the final cursor, stays). */
function afterHead(snippet: string): string {
  return snippet.replace(/\$(\{?)(\d+)/g, (m, brace: string, n: string) => (n === '0' ? m : `$${brace}${Number(n) + 2}`));
}
