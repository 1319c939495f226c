import type { CompletionEntry } from '../completion';
import { detailOf, valueSnippet } from '../completion';
import { enumValueMarkdown, fieldMarkdown } from '../field-docs';
import type { Analysis } from '../lint';
import { dottedName, fieldAt, fieldsAt, schemaFor, type SchemaPath } from '../schema/by-kind';
import type { FieldSpec } from '../schema/types';
import type { ModelNode } from './hcl-tree';

/**
 * Completion inside a checked resource of a `.tf` file: attribute names the object at the cursor may
 * still take (a nested object as a v4 block or a v5 attribute, as the file's version writes it), and
 * the allowed values of the attribute whose `=` is before the cursor. Read from the model, so it works
 * on half-typed blocks too.
 */
export function completeTerraform(analysis: Analysis, offset: number): CompletionEntry[] {
  const doc = analysis.doc;
  const tf = doc?.terraform;
  if (!doc || !tf) return [];
  const target = analysis.targets.find((t) => t.node.offset < offset && offset < t.node.offset + t.node.length);
  const schema = schemaFor(target?.kind);
  if (!target || !schema) return [];
  const { node, path } = objectAt(target.node as ModelNode, offset);
  const text = doc.text;
  let ls = offset;
  while (ls > 0 && text[ls - 1] !== '\n' && text[ls - 1] !== '\r') ls--;
  const before = text.slice(ls, offset);

  const key = /^([ \t]*)([A-Za-z_][A-Za-z0-9_-]*)?$/.exec(before);
  if (key) {
    const typed = key[2] ?? '';
    const replace = { offset: offset - typed.length, length: typed.length };
    // What the object has: from the model, and from its lines at the cursor's indentation (a half-typed
    // line can make the parser drop attributes around it).
    const present = new Set<unknown>((node.children ?? []).map((p) => p.children?.[0]?.value));
    const body = text.slice(node.offset, node.offset + node.length);
    for (const m of body.matchAll(/^([ \t]*)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*(?:=|\{)/gm)) if (m[1] === key[1]) present.add(m[2]);
    present.delete(typed);
    const v4 = tf.version.major === 4;
    return (fieldsAt(schema, path) ?? [])
      .filter((f) => !present.has(f.name) && !f.readOnly && !f.legacy)
      .map((f) => ({
        label: f.name,
        kind: 'property' as const,
        insertText: attribute(f, v4, key[1]!),
        snippet: true,
        detail: detailOf(f),
        documentation: fieldMarkdown(f, dottedName([...path, f.name]), schema),
        ...(replace.length ? { replace } : {}),
      }));
  }

  const value = /^[ \t]*([A-Za-z_][A-Za-z0-9_-]*)[ \t]*=[ \t]*("?)([^"]*)$/.exec(before);
  if (!value) return [];
  const spec = fieldAt(schema, [...path, value[1]!]);
  const typed = value[2]! + value[3]!;
  const replace = { offset: offset - typed.length, length: typed.length };
  const values = spec?.enum ?? (spec?.type[0] === 'boolean' ? ['true', 'false'] : []);
  return values.map((v) => ({
    label: v,
    kind: 'value' as const,
    insertText: spec?.enum ? JSON.stringify(v) : v,
    ...(spec?.enum ? { documentation: enumValueMarkdown(spec, dottedName([...path, value[1]!]), v, schema) } : {}),
    ...(replace.length ? { replace } : {}),
  }));
}

/** The innermost object (a block body or an object literal) around the offset, and its schema path. */
function objectAt(root: ModelNode, offset: number): { node: ModelNode; path: SchemaPath } {
  let node = root;
  const path: SchemaPath = [];
  const inside = (n: ModelNode) => n.offset < offset && offset < n.offset + n.length;
  for (;;) {
    let next: ModelNode | undefined;
    for (const p of node.children ?? []) {
      const v = p.children?.[1];
      if (!v || !inside(v)) continue;
      if (v.type === 'object') {
        path.push(String(p.children![0]!.value));
        next = v;
      } else if (v.type === 'array') {
        const i = (v.children ?? []).findIndex((e) => e.type === 'object' && inside(e));
        if (i >= 0) {
          path.push(String(p.children![0]!.value), i);
          next = v.children![i];
        }
      }
      break;
    }
    if (!next) return { node, path };
    node = next;
  }
}

/** `name = value`, or a nested object as the file writes it: `dns {` (v4) or `dns = {` (v5). */
function attribute(f: FieldSpec, v4: boolean, indent: string): string {
  const t = f.type[0];
  const inner = indent + '  ';
  if (t === 'object' && f.fields) return `${f.name}${v4 ? '' : ' ='} {\n${inner}$0\n${indent}}`;
  if (t === 'array' && f.items?.fields) return v4 ? `${f.name} {\n${inner}$0\n${indent}}` : `${f.name} = [{\n${inner}$0\n${indent}}]`;
  return `${f.name} = ${valueSnippet(f)}`;
}
