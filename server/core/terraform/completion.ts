import type { CompletionEntry } from '../completion';
import { detailOf, VALUE_TRIGGERS, valueSnippet } from '../completion';
import { enumValueMarkdown, fieldMarkdown } from '../field-docs';
import type { Analysis } from '../lint';
import { dottedName, fieldAt, fieldsAt, schemaFor, type SchemaPath } from '../schema/by-kind';
import type { FieldSpec } from '../schema/types';
import { snippetInfo } from '../snippets';
import { syntaxTree } from './front-end';
import type { ModelNode } from './hcl-tree';
import { terraformReady } from './parser';
import { RESOURCE_KINDS } from './resources';
import { resourceSnippet } from './snippets';
import type { SyntaxNode } from './syntax';
import { effectiveVersion, providerVersion, type ModuleVersions } from './version';

export interface TerraformCompletionOptions extends ModuleVersions {
  /** The character that triggered the request: `=` and space (`VALUE_TRIGGERS`) ask for values only. */
  trigger?: string;
}

/**
 * Completion in a `.tf` file: a whole resource of each checked type at the top level; inside a checked
 * resource, the attribute names the object at the cursor may still take (a nested object as a v4 block
 * or a v5 attribute, as the file's version writes it), and the allowed values of the attribute whose
 * `=` is before the cursor. Read from the model, so it works on half-typed blocks too.
 */
export function completeTerraform(analysis: Analysis, offset: number, options: TerraformCompletionOptions = {}): CompletionEntry[] {
  const doc = analysis.doc;
  const text = analysis.text;
  const valuesOnly = options.trigger !== undefined && VALUE_TRIGGERS.includes(options.trigger);
  let ls = offset;
  while (ls > 0 && text[ls - 1] !== '\n' && text[ls - 1] !== '\r') ls--;
  const before = text.slice(ls, offset);
  const target = analysis.targets.find((t) => t.node.offset < offset && offset < t.node.offset + t.node.length);
  if (!target) return valuesOnly ? [] : resourceSnippets(analysis, offset, before, options);
  const tf = doc?.terraform;
  const schema = schemaFor(target.kind);
  if (!tf || !schema) return [];
  const { node, path } = objectAt(target.node as ModelNode, offset);

  const key = /^([ \t]*)([A-Za-z_][A-Za-z0-9_-]*)?$/.exec(before);
  if (key) {
    if (valuesOnly) return [];
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
  if (!value || (options.trigger === ' ' && !/=[ \t]$/.test(before))) return [];
  const spec = fieldAt(schema, [...path, value[1]!]);
  const quoted = value[2] === '"';
  const typed = value[2]! + value[3]!;
  // What follows the cursor in the same value: the rest of the word and, in a string, its closing quote.
  const rest = (quoted ? /^[^"\r\n]*"/ : /^[\w./-]*/).exec(text.slice(offset))?.[0] ?? '';
  const replace = { offset: offset - typed.length, length: typed.length + rest.length };
  // Right after `=`: the value comes with the space `terraform fmt` writes.
  const space = text[replace.offset - 1] === '=' ? ' ' : '';
  const values = spec?.enum ?? (spec?.type[0] === 'boolean' ? ['true', 'false'] : []);
  return values.map((v) => {
    const literal = spec?.enum ? JSON.stringify(v) : v;
    return {
      // The empty value (steering_policy "") has no word to show: its literal is the label.
      label: v === '' ? literal : v,
      kind: 'value' as const,
      insertText: space + literal,
      ...(spec?.enum ? { documentation: enumValueMarkdown(spec, dottedName([...path, value[1]!]), v, schema) } : {}),
      ...(replace.length ? { replace } : {}),
      ...(quoted ? { filterText: literal } : {}),
    };
  });
}

/**
 * At the top level (outside every block), on an empty line or a word being typed: a whole resource of
 * each checked type, in the provider version of the file (v5 when nothing says which).
 */
function resourceSnippets(analysis: Analysis, offset: number, before: string, options: TerraformCompletionOptions): CompletionEntry[] {
  const word = /^[ \t]*([A-Za-z_][A-Za-z0-9_-]*)?$/.exec(before);
  if (!word || !terraformReady()) return [];
  const text = analysis.text;
  // An open document keeps its syntax for its next version; a file with no checked resource is not parsed yet.
  const syntax = analysis.doc?.terraform?.hcl?.syntax ?? syntaxTree(text);
  if (braceDepth(syntax, offset) > 0) return [];
  const version = analysis.doc?.terraform?.version ?? providerVersion(syntax.namedChildren.find((c) => c.type === 'body'), text, []).version;
  const major = effectiveVersion(version, options).major ?? 5;
  const typed = word[1] ?? '';
  const after = /^[A-Za-z0-9_-]*/.exec(text.slice(offset))![0];
  const replace = { offset: offset - typed.length, length: typed.length + after.length };
  const eol = analysis.doc?.formatting.eol ?? (text.includes('\r\n') ? '\r\n' : '\n');
  const out: CompletionEntry[] = [];
  for (const [type, kind] of Object.entries(RESOURCE_KINDS)) {
    const body = resourceSnippet(type, major, eol);
    const info = snippetInfo(kind);
    if (!body || !info) continue;
    out.push({
      label: type,
      kind: 'snippet',
      insertText: body,
      snippet: true,
      detail: `resource (Cloudflare provider v${major})`,
      documentation: info.description,
      // Matched by the resource type and by the word `resource`, whichever the user starts typing.
      filterText: `resource ${type}`,
      ...(replace.length ? { replace } : {}),
    });
  }
  return out;
}

/** How many `{` of blocks and objects are open at `offset` (0: the top level), walked iteratively. */
function braceDepth(root: SyntaxNode, offset: number): number {
  let depth = 0;
  const stack: SyntaxNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.startIndex >= offset) continue;
    if (n.children.length) {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    } else if (n.endIndex <= offset && !n.isMissing) {
      if (n.type === '{') depth++;
      else if (n.type === '}') depth--;
    }
  }
  return depth;
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
