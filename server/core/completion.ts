import { findNodeAtLocation, type Node } from 'jsonc-parser';
import { locationAt } from './location';
import { DETECTORS, kindByPath, type FileAssociations } from './detect';
import { DEFAULT_MAX_SIZE, JsonDocument } from './document';
import { enumValueMarkdown, fieldMarkdown, typeLabel } from './field-docs';
import { elements, properties, propertyName, propertyNode } from './json';
import type { TargetKind } from './kinds/types';
import type { Analysis } from './lint';
import { dottedName, fieldAt, fieldsAt, schemaFor, type SchemaPath } from './schema/by-kind';
import type { FieldSpec, ObjectSchema } from './schema/types';
import { snippetInfo, snippetText } from './snippets';
import { completeTerraform } from './terraform/completion';
import { isTerraformPath } from './terraform/document';
import type { ModuleVersions } from './terraform/version';

export interface CompletionEntry {
  label: string;
  kind: 'property' | 'value' | 'snippet';
  insertText: string;
  /** insertText uses LSP snippet syntax ($1, ${1:x}, ${1|a,b|}). */
  snippet?: boolean;
  /** Markdown. */
  documentation?: string;
  detail?: string;
  /** The text to replace (a half-typed key or value); absent = insert at the cursor. */
  replace?: { offset: number; length: number };
  /** What the client should match the typed text against, when the replaced text starts with a quote. */
  filterText?: string;
}

export interface CompletionOptions extends ModuleVersions {
  /** File-name associations of the configuration, so an empty associated file gets its kind's snippet. */
  files?: FileAssociations;
  /** The document's path: a `.tf` file not parsed yet (no checked resource in it) still gets resource snippets. */
  path?: string;
  /** The character that triggered the request, when one did (see `VALUE_TRIGGERS`). */
  trigger?: string;
}

/** Triggers that ask for the value after a Terraform `=` only: JSON answers them with nothing. */
export const VALUE_TRIGGERS: readonly string[] = ['=', ' '];

type Path = Array<string | number>;

/**
 * Completions at `offset`: field names valid for the object at the cursor (not already present),
 * values for the field at the cursor, and whole-object snippets where an app, monitor or pool is
 * expected. Works on half-typed JSON: it reads the text around the cursor, not only the parse tree.
 */
export function complete(analysis: Analysis, offset: number, options: CompletionOptions = {}): CompletionEntry[] {
  const text = analysis.text;
  if (text.length > DEFAULT_MAX_SIZE || offset < 0 || offset > text.length) return [];
  // No parse means nothing here can be an app, monitor or pool (by content or file name): nothing to
  // offer, and unrelated JSON costs no parse on every quote typed.
  const doc = analysis.doc;
  if (doc?.language === 'terraform' || (!doc && isTerraformPath(options.path))) return doc?.skipped ? [] : completeTerraform(analysis, offset, options);
  if (options.trigger && VALUE_TRIGGERS.includes(options.trigger)) return [];
  if (!doc || doc.skipped || inComment(text, offset)) return [];
  const root = doc.root;
  const loc = locationAt(doc, offset);
  const ctx: Ctx = { text, offset, root, doc, analysis, options };

  if (loc.isAtPropertyKey) return keyCompletions(ctx, loc.path.slice(0, -1), loc.previousNode);
  return valueCompletions(ctx, loc.path, loc.previousNode);
}

interface Ctx {
  text: string;
  offset: number;
  root: Node | undefined;
  doc: JsonDocument;
  analysis: Analysis;
  options: CompletionOptions;
}

/** Where the candidate object (root, root array item, envelope result) holding `path` sits. */
function candidatePath(root: Node | undefined, path: Path): Path {
  if (typeof path[0] === 'number') return [path[0]];
  if (path[0] === 'result' && root?.type === 'object' && isEnvelope(root)) return typeof path[1] === 'number' ? ['result', path[1]] : ['result'];
  return [];
}

function isEnvelope(obj: Node): boolean {
  return propertyNode(obj, 'success') !== undefined || propertyNode(obj, 'errors') !== undefined || (propertyNode(obj, 'result') !== undefined && propertyNode(obj, 'protocol') === undefined);
}

/** The kind of the candidate object at `top`: a detected target, the file association, its content, or its siblings. */
function kindAt(ctx: Ctx, top: Path): TargetKind | undefined {
  const node = ctx.root && (top.length ? findNodeAtLocation(ctx.root, top) : ctx.root);
  if (node) {
    const t = ctx.analysis.targets.find((x) => x.node.offset === node.offset && x.node.length === node.length);
    if (t && schemaFor(t.kind)) return t.kind;
  }
  const byPath = associatedKind(ctx);
  if (byPath) return byPath;
  if (node?.type === 'object') {
    const guessed = DETECTORS.find((d) => d.looksLike(node))?.kind ?? guessKind(node);
    if (guessed) return guessed;
  }
  // A new item in an array of apps (or monitors, pools) is one more of the same.
  const holderPath = top.slice(0, -1);
  if (typeof top[top.length - 1] === 'number' && ctx.root) {
    const arr = holderPath.length ? findNodeAtLocation(ctx.root, holderPath) : ctx.root;
    for (const item of elements(arr)) {
      if (node && item.offset === node.offset) continue;
      const t = ctx.analysis.targets.find((x) => x.node.offset === item.offset);
      if (t && schemaFor(t.kind)) return t.kind;
      const g = item.type === 'object' ? guessKind(item) : undefined;
      if (g) return g;
    }
  }
  return undefined;
}

function associatedKind(ctx: Ctx): TargetKind | undefined {
  const path = ctx.doc.path;
  const kind = kindByPath(path, ctx.options.files);
  return schemaFor(kind) ? kind : undefined;
}

/** Field names that only one kind has, for objects too unfinished for the detectors. */
const TELLTALES: Array<[TargetKind, string[]]> = [
  ['spectrum-app', ['protocol', 'origin_direct', 'origin_dns', 'origin_port', 'edge_ips', 'traffic_type', 'proxy_protocol', 'argo_smart_routing', 'ip_firewall']],
  ['monitor', ['expected_codes', 'expected_body', 'follow_redirects', 'allow_insecure', 'probe_zone', 'consecutive_up', 'consecutive_down', 'retries', 'interval']],
  ['pool', ['origins', 'minimum_origins', 'origin_steering', 'check_regions', 'load_shedding', 'monitor_group', 'notification_filter']],
];

function guessKind(obj: Node): TargetKind | undefined {
  const names = new Set(properties(obj).map(propertyName));
  for (const [kind, keys] of TELLTALES) if (schemaFor(kind) && keys.some((k) => names.has(k))) return kind;
  return undefined;
}

function indentUnit(doc: JsonDocument): string {
  const f = doc.formatting;
  return f.insertSpaces ? ' '.repeat(f.tabSize) : '\t';
}

function snippetEntry(ctx: Ctx, kind: TargetKind, braces: boolean, replace?: { offset: number; length: number }): CompletionEntry | undefined {
  const info = snippetInfo(kind);
  const body = snippetText(kind, braces, indentUnit(ctx.doc), ctx.doc.formatting.eol);
  if (!info || body === undefined) return undefined;
  return {
    label: info.label,
    kind: 'snippet',
    insertText: body,
    snippet: true,
    detail: braces ? 'New object' : 'Fill this object',
    documentation: info.description,
    ...(replace && replace.length ? { replace } : {}),
  };
}

// ---- keys -------------------------------------------------------------------------------------------

function keyCompletions(ctx: Ctx, objPath: Path, keyNode: Node | undefined): CompletionEntry[] {
  const top = candidatePath(ctx.root, objPath);
  if (top.length > objPath.length) return [];
  const kind = kindAt(ctx, top);
  const schema = schemaFor(kind);
  if (!kind || !schema) return [];
  const rel = objPath.slice(top.length);
  const fields = fieldsAt(schema, rel) ?? exampleFields(rel.length ? fieldAt(schema, rel) : undefined);
  if (!fields) return [];

  const obj = ctx.root && (objPath.length ? findNodeAtLocation(ctx.root, objPath) : ctx.root);
  const replace = keyRange(ctx, keyNode);
  const editing = replace.length ? ctx.text.slice(replace.offset, replace.offset + replace.length) : '';
  const present = new Set<string>();
  for (const p of properties(obj)) {
    const k = p.children?.[0];
    if (!k || (k.offset <= ctx.offset && ctx.offset <= k.offset + k.length)) continue;
    const name = propertyName(p);
    if (name !== undefined) present.add(name);
  }
  // A key that already has its colon gets only the name; otherwise the whole `"name": value`.
  const after = ctx.text.slice(replace.offset + replace.length);
  const hasColon = /^\s*:/.test(after);
  const needsComma = !hasColon && /^\s*"/.test(after);

  const out: CompletionEntry[] = [];
  for (const f of fields) {
    if (present.has(f.name) || f.readOnly || f.legacy) continue;
    const name = dottedName([...rel, f.name]);
    const key = JSON.stringify(f.name);
    out.push({
      label: f.name,
      kind: 'property',
      insertText: hasColon ? key : `${key}: ${valueSnippet(f)}${needsComma ? ',' : ''}`,
      snippet: !hasColon,
      detail: detailOf(f),
      documentation: fieldMarkdown(f, name, schema),
      ...(replace.length ? { replace } : {}),
      ...(editing.startsWith('"') ? { filterText: key } : {}),
    });
  }
  // An empty app, monitor or pool: the whole-object snippet comes first, then its fields.
  if (rel.length === 0 && present.size === 0 && !hasColon) {
    const s = snippetEntry(ctx, kind, false, replace);
    if (s) out.unshift(s);
  }
  return out;
}

/** For a free-form object (a monitor's `header`): the keys its documented example uses, e.g. `Host`. */
function exampleFields(spec: FieldSpec | undefined): FieldSpec[] | undefined {
  const ex = spec?.example;
  if (!spec || !ex || typeof ex !== 'object' || Array.isArray(ex)) return undefined;
  return Object.entries(ex as Record<string, unknown>).map(([name, value]) => ({
    name,
    type: [Array.isArray(value) ? 'array' : value === null ? 'null' : (typeof value as 'string' | 'number' | 'boolean' | 'object')],
    ...(Array.isArray(value) && typeof value[0] === 'string' ? { items: { name: name + '[]', type: ['string'], description: '' } as FieldSpec } : {}),
    description: spec.description,
    example: value,
  }));
}

export function detailOf(f: FieldSpec): string {
  const plan = f.plan && (f.plan.length <= 30 ? f.plan : 'plan limits apply');
  return [typeLabel(f), f.required ? 'required' : '', plan ?? ''].filter(Boolean).join(' · ');
}

/** A value placeholder for a field: its enum as a choice, else a typed empty value. */
export function valueSnippet(f: FieldSpec): string {
  const t = f.type[0];
  if (f.enum?.length) return `"\${1|${f.enum.map(escapeChoice).join(',')}|}"`;
  if (t === 'string') return f.default !== undefined && typeof f.default === 'string' && f.default ? `"\${1:${escapeSnippet(f.default)}}"` : '"$1"';
  if (t === 'boolean') return `\${1|${f.default === true ? 'true,false' : 'false,true'}|}`;
  if (t === 'integer' || t === 'number') return `\${1:${typeof f.default === 'number' ? f.default : typeof f.example === 'number' ? f.example : 0}}`;
  if (t === 'object') return '{$1}';
  if (t === 'array' && f.items?.enum?.length) return `["\${1|${f.items.enum.map(escapeChoice).join(',')}|}"]`;
  if (t === 'array' && f.items?.type[0] === 'string') return '["$1"]';
  if (t === 'array') return '[$1]';
  if (t === 'null') return 'null';
  return '$1';
}

function escapeSnippet(s: string): string {
  return s.replace(/[\\$}]/g, (c) => '\\' + c);
}

function escapeChoice(s: string): string {
  return s.replace(/[\\$}|,]/g, (c) => '\\' + c);
}

/** The range of the key being typed: its string token (up to the cursor's word end when unterminated), else the bare word. */
function keyRange(ctx: Ctx, node: Node | undefined): { offset: number; length: number } {
  if (node && node.offset <= ctx.offset && ctx.offset <= node.offset + node.length) return tokenRange(ctx, node);
  return wordRange(ctx.text, ctx.offset);
}

function tokenRange(ctx: Ctx, node: Node): { offset: number; length: number } {
  const raw = ctx.text.slice(node.offset, node.offset + node.length);
  const closed = raw.length >= 2 && raw.endsWith('"') && !/[\r\n]/.test(raw);
  if (node.type !== 'string' && node.type !== 'property') return { offset: node.offset, length: node.length };
  if (closed) return { offset: node.offset, length: node.length };
  // An unterminated string runs to the end of the line; replace only up to the end of the word at the cursor.
  const end = ctx.offset + (/^[^\s"',:{}[\]]*/.exec(ctx.text.slice(ctx.offset))?.[0].length ?? 0);
  return { offset: node.offset, length: end - node.offset };
}

function wordRange(text: string, offset: number): { offset: number; length: number } {
  let s = offset;
  while (s > 0 && /[\w.\-/]/.test(text[s - 1])) s--;
  let e = offset;
  while (e < text.length && /[\w.\-/]/.test(text[e])) e++;
  return { offset: s, length: e - s };
}

// ---- values -----------------------------------------------------------------------------------------

function valueCompletions(ctx: Ctx, path: Path, prev: Node | undefined): CompletionEntry[] {
  const valueNode = prev && prev.offset <= ctx.offset && ctx.offset <= prev.offset + prev.length ? prev : undefined;
  const replace = valueNode ? tokenRange(ctx, valueNode) : wordRange(ctx.text, ctx.offset);
  const top = candidatePath(ctx.root, path);

  // An object is expected here: the empty document, a root array item, an envelope's result.
  if (path.length === top.length && !insideObject(ctx, path)) {
    if (valueNode && valueNode.type !== 'string') return [];
    const kind = kindAt(ctx, top);
    const s = kind && snippetEntry(ctx, kind, true, replace);
    return s ? [s] : [];
  }
  if (top.length >= path.length) return [];
  const kind = kindAt(ctx, top);
  const schema = schemaFor(kind);
  if (!schema) return [];
  const rel = path.slice(top.length);
  const spec = fieldAt(schema, rel);
  if (!spec) return [];
  return valuesFor(spec, dottedName(rel), schema, replace, ctx);
}

/** Whether the cursor is already inside the object at `path` (then keys, not a snippet, are wanted). */
function insideObject(ctx: Ctx, path: Path): boolean {
  const node = ctx.root && (path.length ? findNodeAtLocation(ctx.root, path) : ctx.root);
  return !!node && (node.type === 'object' || node.type === 'array') && node.offset < ctx.offset && ctx.offset < node.offset + node.length;
}

function valuesFor(spec: FieldSpec, name: string, schema: ObjectSchema, replace: { offset: number; length: number }, ctx: Ctx): CompletionEntry[] {
  const typed = ctx.text.slice(replace.offset, replace.offset + replace.length);
  const base = { ...(replace.length ? { replace } : {}) };
  const out: CompletionEntry[] = [];
  for (const v of spec.enum ?? []) {
    const literal = JSON.stringify(v);
    out.push({
      label: literal,
      kind: 'value',
      insertText: literal,
      detail: v === spec.default ? 'default' : undefined,
      documentation: enumValueMarkdown(spec, name, v, schema),
      ...base,
      ...(typed.startsWith('"') ? { filterText: literal } : {}),
    });
  }
  if (!spec.enum && spec.type.includes('boolean')) {
    for (const v of [true, false]) {
      out.push({ label: String(v), kind: 'value', insertText: String(v), detail: v === spec.default ? 'default' : undefined, documentation: fieldMarkdown(spec, name, schema), ...base });
    }
  }
  // Structured values: offer the documented example as a starting point.
  if (!spec.enum && (spec.type[0] === 'object' || spec.type[0] === 'array') && spec.example !== undefined && !typed.trim()) {
    const example = JSON.stringify(spec.example);
    out.push({ label: example, kind: 'value', insertText: example, detail: 'example', documentation: fieldMarkdown(spec, name, schema), ...base });
  }
  return out.map(stripUndefined);
}

function stripUndefined(e: CompletionEntry): CompletionEntry {
  if (e.detail === undefined) delete e.detail;
  return e;
}

function inComment(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(lineStart, offset);
  // A `//` outside a string on this line, before the cursor.
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && inString) i++;
    else if (c === '"') inString = !inString;
    else if (!inString && c === '/' && line[i + 1] === '/') return true;
  }
  return false;
}
