import { ParseErrorCode, type ParseError } from 'jsonc-parser';
import { container, property, type ModelNode } from './hcl-tree';
import { unknownSpans } from './unknown';
import { resourcesOf, type FoundResource, type TerraformResource } from './model';
import type { Change } from '../reparse';
import { parseHclIncrementally, releaseHcl, type HclState } from './incremental';
import { moveModel } from './move';
import type { SyntaxNode } from './syntax';
import { declaredMajor, lockFileMajor, providerVersion, type ProviderVersion, type VersionForm } from './version';
import { jsonDeclaredMajor } from './json-front-end';
import { parseJsonTree } from '../json-tree';

/** What the HCL front end gives a document: the value tree and what only Terraform files have. */
export interface TerraformModel {
  root: ModelNode;
  errors: ParseError[];
  resources: TerraformResource[];
  version: ProviderVersion;
  /** Attributes and blocks written in the form of one provider version (the checks keep the other version's). */
  forms: VersionForm[];
  /** Spans of expressions the linter does not evaluate (the whole attribute when its value is one). */
  unknown: Array<{ offset: number; length: number }>;
  /** Comments, in order: line comments (`#`, `//`) and block comments. */
  comments: Array<{ offset: number; length: number }>;
  /** Where each token that is not a comment starts, in order: the lines a directive can apply to. */
  tokenStarts: number[];
  /** What the next version of an open document is parsed from (`.tf` only). */
  hcl?: HclState & { found: Map<SyntaxNode, FoundResource> };
  /** The edit from the earlier version's text, when the model was parsed from that version's. */
  change?: Change;
}

/**
 * The model of an HCL text. With `previous` (the model of the document's earlier version, made with
 * `keep`), the text is parsed from the earlier parse: top-level items the edit left alone keep their
 * syntax and, for resources, their model, moved to their new offsets. `keep` keeps the parser's tree
 * for the next version; whoever keeps it frees it (`releaseTerraform`) unless a next version takes it.
 */
export function parseTerraform(text: string, previous?: TerraformModel, keep = false): TerraformModel {
  const { state, kept, change } = parseHclIncrementally(text, previous?.hcl, keep);
  const { syntax } = state;
  const top = syntax.namedChildren.find((c) => c?.type === 'body') ?? undefined;
  const before = previous?.hcl?.found;
  const found = resourcesOf(top, text, (block) => {
    const f = kept.has(block) ? before?.get(block) : undefined;
    if (f) moveModel(f, kept.get(block)!);
    return f;
  });
  const resources: TerraformResource[] = [];
  // The root mirrors `.tf.json`: resource -> type -> name -> body.
  const byType = new Map<string, ModelNode[]>();
  for (const r of found) {
    if (!byType.has(r.type)) byType.set(r.type, []);
    byType.get(r.type)!.push(property(r.name, r.nameAt, r.node));
    resources.push({ type: r.type, name: r.name, kind: r.kind, node: r.node });
  }
  const typeProps: ModelNode[] = [];
  for (const [type, props] of byType) {
    const first = found.find((r) => r.type === type)!;
    const last = props[props.length - 1]!;
    const obj = container('object', props[0]!.offset, last.offset + last.length - props[0]!.offset, props);
    typeProps.push(property(type, first.typeAt, obj));
  }
  const children: ModelNode[] = [];
  if (typeProps.length) {
    const first = typeProps[0]!;
    const last = typeProps[typeProps.length - 1]!;
    const kw = found[0]!.keyword;
    children.push(property('resource', { offset: kw.startIndex, length: kw.endIndex - kw.startIndex }, container('object', first.offset, last.offset + last.length - first.offset, typeProps)));
  }
  const root = container('object', 0, text.length, children);
  const { version, forms } = providerVersion(top, text, found);
  return {
    root,
    errors: syntaxErrors(syntax),
    resources,
    version,
    forms,
    unknown: unknownSpans(resources),
    ...trivia(syntax, text.includes('spectrum-lint-disable')),
    ...(keep ? { hcl: { ...state, found: new Map(found.map((f) => [f.block, f])) } } : {}),
    ...(change ? { change } : {}),
  };
}

/**
 * When a model was parsed from `before` with every resource taken over but one, in the same order:
 * that resource's node before and after (the engine then re-checks that one only, as for a JSON element).
 */
export function onlyRebuilt(before: TerraformModel, after: TerraformModel): { old: ModelNode; node: ModelNode } | undefined {
  if (before.resources.length !== after.resources.length) return undefined;
  let one: { old: ModelNode; node: ModelNode } | undefined;
  for (let i = 0; i < after.resources.length; i++) {
    const old = before.resources[i]!.node;
    const node = after.resources[i]!.node;
    if (old === node) continue;
    if (one) return undefined;
    one = { old, node };
  }
  return one;
}

/** Frees the parser's tree a model kept for its next version. */
export function releaseTerraform(model: TerraformModel | undefined): void {
  releaseHcl(model?.hcl);
}

/** The HCL syntax errors of a text, without building its model (a fix's text is checked this way). */
export function hclSyntaxErrors(text: string): ParseError[] {
  return syntaxErrors(syntaxTree(text));
}

/** tree-sitter's parse copied into plain objects; the WASM tree is freed at once. */
export function syntaxTree(text: string): SyntaxNode {
  return parseHclIncrementally(text, undefined, false).state.syntax;
}

/** Tree-sitter's ERROR and MISSING nodes, outermost only. */
function syntaxErrors(root: SyntaxNode): ParseError[] {
  const out: ParseError[] = [];
  if (!root.hasError) return out;
  const visit = (n: SyntaxNode) => {
    if (n.isError || n.isMissing) {
      out.push({ error: ParseErrorCode.InvalidSymbol, offset: n.startIndex, length: n.endIndex - n.startIndex });
      return;
    }
    if (!n.hasError) return;
    for (const c of n.children) if (c) visit(c);
  };
  visit(root);
  return out;
}

type Span = { offset: number; length: number };

/** One top-level item's comments and (once asked for) token starts, relative to its start. */
interface ItemTrivia {
  comments: Span[];
  tokenStarts?: number[];
}

/** Per top-level item: an item kept for a later version is not walked again. */
const itemTrivia = new WeakMap<SyntaxNode, ItemTrivia>();

/**
 * Comments and, when the text has directives, the start of every other token, in order: the items of
 * the top-level body from their own (cached) lists, everything else by a walk.
 */
function trivia(root: SyntaxNode, tokens: boolean): { comments: Span[]; tokenStarts: number[] } {
  const comments: Span[] = [];
  const tokenStarts: number[] = [];
  const body = root.children.find((c) => c.type === 'body' && c.children.length);
  if (!body) return collect(root, tokens, 0, comments, tokenStarts);
  for (const c of root.children) {
    if (c !== body) {
      collect(c, tokens, 0, comments, tokenStarts);
      continue;
    }
    for (const item of body.children) {
      let known = itemTrivia.get(item);
      if (!known || (tokens && !known.tokenStarts)) {
        const own = collect(item, tokens, item.startIndex, [], []);
        itemTrivia.set(item, (known = { comments: own.comments, ...(tokens ? { tokenStarts: own.tokenStarts } : {}) }));
      }
      for (const x of known.comments) comments.push({ offset: x.offset + item.startIndex, length: x.length });
      if (tokens) for (const t of known.tokenStarts!) tokenStarts.push(t + item.startIndex);
    }
  }
  return { comments, tokenStarts };
}

/** The comments and token starts of a subtree (iteratively), less `base`, appended to the lists given. */
function collect(root: SyntaxNode, tokens: boolean, base: number, comments: Span[], tokenStarts: number[]): { comments: Span[]; tokenStarts: number[] } {
  const stack: SyntaxNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'comment') comments.push({ offset: n.startIndex - base, length: n.endIndex - n.startIndex });
    else if (n.children.length === 0 || n.type === 'template_literal') {
      if (tokens && n.endIndex > n.startIndex) tokenStarts.push(n.startIndex - base);
    } else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return { comments, tokenStarts };
}

/**
 * The provider major version a Terraform file's own `required_providers` allows (`.tf` or `.tf.json`),
 * for the other files of its module: Terraform reads one declaration for the whole folder.
 */
export function declaredProviderMajor(text: string, path: string): 4 | 5 | undefined {
  if (!text.includes('required_providers')) return undefined;
  if (/\.tf\.json$/i.test(path)) return jsonDeclaredMajor(parseJsonTree(text));
  return declaredMajor(syntaxTree(text).namedChildren.find((c) => c.type === 'body'), text);
}

/** The provider major version locked in a `.terraform.lock.hcl` text (adapters pass it as `LintOptions.terraformLockedMajor`). */
export function lockedProviderMajor(text: string): 4 | 5 | undefined {
  return lockFileMajor(text, syntaxTree);
}
