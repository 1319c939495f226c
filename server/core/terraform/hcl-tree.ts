import type { Node } from 'jsonc-parser';
import type { SyntaxNode } from './syntax';

/**
 * HCL syntax (tree-sitter's concrete tree) as the engine's value tree: a block body is an object whose
 * properties are its attributes and nested blocks, an attribute's literal is a string/number/boolean/
 * null node spanning its text (a string with its quotes). Expressions are not evaluated: their value
 * node is an `unknown` null spanning the expression, so rules see no literal.
 */

/** A value node of the model; `unknown` marks an expression the linter does not evaluate. */
export interface ModelNode {
  type: Node['type'];
  value?: unknown;
  offset: number;
  length: number;
  colonOffset?: number;
  children?: ModelNode[];
  parent?: ModelNode;
  unknown?: true;
  /** For an unknown that is a reference to a resource attribute: `<type>.<name>` it names. */
  reference?: string;
  /**
   * An object's properties set to `null`. Terraform treats such an argument as omitted, so they are not
   * among its children (no check sees a field); edits still find them, so none writes the key twice.
   */
  nulls?: ModelNode[];
}

export const isUnknown = (n: Node | ModelNode | undefined): boolean => (n as ModelNode | undefined)?.unknown === true;

export function leaf(type: Node['type'], value: unknown, offset: number, length: number): ModelNode {
  return { type, value, offset, length };
}

export function unknownNode(offset: number, length: number): ModelNode {
  return { type: 'null', value: null, offset, length, unknown: true };
}

/** A property node `key = value`; `keyAt` is the span of the name in the text. */
export function property(key: string, keyAt: { offset: number; length: number }, value: ModelNode, colonOffset?: number): ModelNode {
  const k = leaf('string', key, keyAt.offset, keyAt.length);
  const start = Math.min(keyAt.offset, value.offset);
  const p: ModelNode = { type: 'property', offset: start, length: Math.max(keyAt.offset + keyAt.length, value.offset + value.length) - start, children: [k, value] };
  if (colonOffset !== undefined) p.colonOffset = colonOffset;
  k.parent = p;
  value.parent = p;
  return p;
}

export function container(type: 'object' | 'array', offset: number, length: number, children: ModelNode[]): ModelNode {
  const n: ModelNode = { type, offset, length, children };
  for (const c of children) c.parent = n;
  return n;
}

/** An object of properties, the ones set to a literal `null` left out as Terraform leaves them out. */
export function objectOf(offset: number, length: number, props: ModelNode[]): ModelNode {
  const set = props.filter((p) => !isNullLiteral(p.children?.[1]));
  const n = container('object', offset, length, set);
  if (set.length < props.length) {
    n.nulls = props.filter((p) => isNullLiteral(p.children?.[1]));
    for (const p of n.nulls) p.parent = n;
  }
  return n;
}

const isNullLiteral = (v: ModelNode | undefined) => v?.type === 'null' && !v.unknown;

const span = (n: SyntaxNode) => ({ offset: n.startIndex, length: n.endIndex - n.startIndex });

/** The one named child of an `expression` wrapper (or the node itself). */
function inner(n: SyntaxNode): SyntaxNode {
  let cur = n;
  while (cur.type === 'expression' && cur.namedChildCount === 1) cur = cur.namedChildren[0]!;
  return cur;
}

/** The value of a literal template's text: HCL escapes, `$${` and `%%{` undone. */
export function decodeTemplateLiteral(raw: string): string {
  return raw.replace(/\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))|\$\$\{|%%\{/gs, (m, u4: string | undefined, u8: string | undefined, c: string | undefined) => {
    if (m === '$${') return '${';
    if (m === '%%{') return '%{';
    if (u4) return String.fromCharCode(parseInt(u4, 16));
    if (u8) {
      const cp = parseInt(u8, 16);
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    switch (c) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case '"':
        return '"';
      case '\\':
        return '\\';
      default:
        return m;
    }
  });
}

/** The string a quoted literal or a plain heredoc stands for, or undefined when it holds an interpolation or directive. */
function templateString(n: SyntaxNode): string | undefined {
  let s = '';
  for (const c of n.namedChildren) {
    if (!c) continue;
    if (c.type === 'template_literal') s += decodeTemplateLiteral(c.text);
    else if (c.type === 'quoted_template_start' || c.type === 'quoted_template_end' || c.type === 'heredoc_start' || c.type === 'heredoc_identifier') continue;
    else return undefined;
  }
  return s;
}

/** A heredoc's text: from after its first line to before its closing identifier; `<<-` strips the common indentation. */
function heredocString(n: SyntaxNode, text: string): string | undefined {
  const ids = n.namedChildren.filter((c) => c?.type === 'heredoc_identifier');
  if (ids.length < 2 || templateString(n) === undefined) return undefined;
  const open = ids[0]!;
  const close = ids[ids.length - 1]!;
  let bodyStart = open.endIndex;
  while (bodyStart < text.length && text[bodyStart] !== '\n') bodyStart++;
  bodyStart++;
  let bodyEnd = close.startIndex;
  while (bodyEnd > bodyStart && (text[bodyEnd - 1] === ' ' || text[bodyEnd - 1] === '\t')) bodyEnd--;
  let body = bodyStart <= bodyEnd ? text.slice(bodyStart, bodyEnd) : '';
  if (text.slice(n.startIndex, n.startIndex + 3) === '<<-') {
    const lines = body.split('\n');
    const widths = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
    const cut = widths.length ? Math.min(...widths) : 0;
    body = lines.map((l) => l.slice(cut)).join('\n');
  }
  return /\$\{|%\{/.test(body.replace(/\$\$\{|%%\{/g, '')) ? undefined : decodeTemplateLiteral(body);
}

/** The model of an expression: a literal, a tuple or object of them, or an unknown. */
export function expressionNode(expr: SyntaxNode, text: string): ModelNode {
  const n = inner(expr);
  const at = span(expr);
  const unknown = () => unknownNode(at.offset, at.length);
  if (n.hasError) return unknown();
  const ref = referenceOf(n);
  if (ref) return { ...unknown(), reference: ref };
  switch (n.type) {
    case 'literal_value': {
      const lit = n.namedChildren[0];
      if (!lit) return unknown();
      if (lit.type === 'numeric_lit') {
        const v = Number(lit.text);
        return Number.isFinite(v) ? leaf('number', v, at.offset, at.length) : unknown();
      }
      if (lit.type === 'bool_lit') return leaf('boolean', lit.text === 'true', at.offset, at.length);
      if (lit.type === 'null_lit') return leaf('null', null, at.offset, at.length);
      if (lit.type === 'string_lit') {
        const s = templateString(lit);
        return s === undefined ? unknown() : leaf('string', s, at.offset, at.length);
      }
      return unknown();
    }
    case 'template_expr': {
      const t = n.namedChildren[0];
      if (t?.type === 'quoted_template') {
        const s = templateString(t);
        return s === undefined ? unknown() : leaf('string', s, at.offset, at.length);
      }
      if (t?.type === 'heredoc_template') {
        const s = heredocString(t, text);
        return s === undefined ? unknown() : leaf('string', s, at.offset, at.length);
      }
      return unknown();
    }
    case 'operation': {
      // `-1`: a negative number literal.
      const u = n.namedChildren[0];
      const operand = u?.type === 'unary_operation' ? u.namedChildren[0] : undefined;
      if (u && operand?.type === 'literal_value' && operand.namedChildren[0]?.type === 'numeric_lit' && u.text.startsWith('-')) {
        const v = -Number(operand.namedChildren[0].text);
        return Number.isFinite(v) ? leaf('number', v, at.offset, at.length) : unknown();
      }
      return unknown();
    }
    case 'collection_value': {
      const c = n.namedChildren[0];
      if (c?.type === 'tuple') {
        const items = c.namedChildren.filter((e): e is SyntaxNode => e?.type === 'expression').map((e) => expressionNode(e, text));
        return container('array', at.offset, at.length, items);
      }
      if (c?.type === 'object') return objectNode(c, at, text) ?? unknown();
      return unknown();
    }
    default:
      return unknown();
  }
}

/** `cloudflare_load_balancer_monitor.http.id`: the resource (`<type>.<name>`) an attribute reference names. */
function referenceOf(n: SyntaxNode): string | undefined {
  if (n.type !== 'expression' || n.namedChildren[0]?.type !== 'variable_expr') return undefined;
  const parts = [n.namedChildren[0].text];
  for (const c of n.namedChildren.slice(1)) {
    if (c.type !== 'get_attr') return undefined;
    parts.push(c.text.slice(1).trim());
  }
  return parts.length >= 3 && parts[0]!.startsWith('cloudflare_') ? `${parts[0]}.${parts[1]}` : undefined;
}

/** `{ k = v, "k2" = v2 }`; undefined (unknown) when a key is an expression: any key could be there. */
function objectNode(obj: SyntaxNode, at: { offset: number; length: number }, text: string): ModelNode | undefined {
  const props: ModelNode[] = [];
  for (const elem of obj.namedChildren) {
    if (elem?.type !== 'object_elem') continue;
    const [k, v] = elem.namedChildren.filter((c): c is SyntaxNode => c?.type === 'expression');
    if (!k || !v) return undefined;
    const key = objectKey(k);
    if (key === undefined) return undefined;
    const eq = elem.children.find((c) => c?.type === '=' || c?.type === ':');
    props.push(property(key, span(k), expressionNode(v, text), eq?.startIndex));
  }
  return objectOf(at.offset, at.length, props);
}

/** An object key: a bare name or a literal string. */
function objectKey(k: SyntaxNode): string | undefined {
  const n = inner(k);
  if (n.type === 'variable_expr' && n.namedChildCount === 1) return n.text;
  if (n.type === 'literal_value' && n.namedChildren[0]?.type === 'string_lit') return templateString(n.namedChildren[0]);
  if (n.type === 'template_expr' && n.namedChildren[0]?.type === 'quoted_template') return templateString(n.namedChildren[0]);
  return undefined;
}

/** A block's labels, decoded (a label is a quoted string or a bare name), with their spans. */
export function blockLabels(block: SyntaxNode): Array<{ value: string; offset: number; length: number }> {
  const out: Array<{ value: string; offset: number; length: number }> = [];
  for (const c of block.namedChildren.slice(1)) {
    if (!c || (c.type !== 'string_lit' && c.type !== 'identifier')) break;
    const value = c.type === 'identifier' ? c.text : templateString(c);
    if (value === undefined) break;
    out.push({ value, ...span(c) });
  }
  return out;
}

export const blockType = (block: SyntaxNode): SyntaxNode | undefined => (block.namedChildren[0]?.type === 'identifier' ? block.namedChildren[0] : undefined);

export const blockBody = (block: SyntaxNode): SyntaxNode | undefined => block.namedChildren.find((c) => c?.type === 'body') ?? undefined;

/** The attributes and blocks of a body, in order (skipping comments and broken parts). */
export function bodyItems(body: SyntaxNode | undefined): SyntaxNode[] {
  return body ? body.namedChildren.filter((c): c is SyntaxNode => c?.type === 'attribute' || c?.type === 'block') : [];
}

/** What a body's block braces span: from `{` to `}` (the whole block when they are missing). */
export function braces(block: SyntaxNode): { offset: number; length: number } {
  const start = block.namedChildren.find((c) => c?.type === 'block_start');
  const end = block.namedChildren.find((c) => c?.type === 'block_end');
  const from = start?.startIndex ?? block.startIndex;
  const to = end && !end.isMissing ? end.endIndex : block.endIndex;
  return { offset: from, length: Math.max(0, to - from) };
}

export const nodeSpan = span;
