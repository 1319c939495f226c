import type { Node } from 'jsonc-parser';
import { valueNode } from '../json';
import type { SyntaxNode } from './syntax';
import type { Edit } from '../edit';
import type { TargetKind } from '../kinds/types';
import type { LintOptions } from '../rules/types';
import { blockBody, blockLabels, blockType, bodyItems, expressionNode, nodeSpan } from './hcl-tree';
import type { FlaggedNode, FoundResource } from './model';
import { blockRun, blocksToList, blocksToMap, listToBlocks, mapToBlocks, type MapFields } from './list-forms';
import { SINGLE_BLOCKS, V4_MAPS, V4_RENAMES } from './resources';

/** The provider's major version for a file: declared in `required_providers`, else read from the syntax. */
export interface ProviderVersion {
  major?: 4 | 5;
  declared: boolean;
}

/**
 * The version a lint uses: the file's `required_providers`, else another file's of its module (the
 * folder), else the lock file the caller read, else the syntax.
 */
export interface EffectiveVersion {
  major?: 4 | 5;
  source: 'required_providers' | '.terraform.lock.hcl' | 'syntax';
  /** The other file of the module whose `required_providers` says it. */
  file?: string;
}

/** What the callers read beside a file: its module's declaration in another file, and the lock file. */
export type ModuleVersions = Pick<LintOptions, 'terraformModuleMajor' | 'terraformLockedMajor'>;

/** An attribute or block in the form of one provider version. */
export interface VersionForm {
  version: 4 | 5;
  /** The resource body it is in. */
  resource: FlaggedNode;
  name: string;
  offset: number;
  length: number;
  /** What the other version writes instead. */
  instead: string;
  /** A rewrite into the file's version, when one is safe. */
  edits?: Edit[];
}

/** What the forms of a resource are read from (a resource kept unchanged from an earlier version has its `forms`). */
type Found = Pick<FoundResource, 'kind' | 'node' | 'block' | 'forms'>;

const attributeValue = (a: SyntaxNode) => a.namedChildren.find((c) => c?.type === 'expression') ?? undefined;

/** `version = "~> 4.0"` (or the old `cloudflare = "~> 4.0"`) in `terraform { required_providers { cloudflare = ... } }`. */
export function declaredMajor(top: SyntaxNode | undefined, text: string): 4 | 5 | undefined {
  for (const t of bodyItems(top)) {
    if (t.type !== 'block' || blockType(t)?.text !== 'terraform') continue;
    for (const rp of bodyItems(blockBody(t))) {
      if (rp.type !== 'block' || blockType(rp)?.text !== 'required_providers') continue;
      for (const a of bodyItems(blockBody(rp))) {
        if (a.type !== 'attribute' || a.namedChildren[0]?.text !== 'cloudflare') continue;
        const expr = attributeValue(a);
        const major = constraintMajor(expr && (expressionNode(expr, text) as Node));
        if (major) return major;
      }
    }
  }
  return undefined;
}

/**
 * The major version of `required_providers`' `cloudflare` value (a constraint string, or an object with
 * `version`, in HCL and JSON alike): 4 or 5 when the constraint allows that one only. A constraint that
 * allows both (`>= 4.0`) or neither says nothing: the lock file, else the syntax, decides.
 */
export function constraintMajor(cloudflare: Node | undefined): 4 | 5 | undefined {
  const constraint = cloudflare?.type === 'string' ? cloudflare : valueNode(cloudflare, 'version');
  const range = constraint?.type === 'string' ? versionRange(String(constraint.value)) : undefined;
  if (!range) return undefined;
  const allowed = ([4, 5] as const).filter((m) => Math.max(range.low, key([m])) <= Math.min(range.high, key([m + 1]) - 0.5));
  return allowed.length === 1 ? allowed[0] : undefined;
}

/** A version as one number that orders as versions do (each part below 10,000). */
const key = (parts: number[]) => (parts[0] ?? 0) * 1e8 + (parts[1] ?? 0) * 1e4 + (parts[2] ?? 0);

/**
 * The versions a Terraform constraint allows, as the lowest and highest keys (a strict bound half a
 * step inside): `>= 4.40, < 6`, `~> 5.0` (5.0 up to 6), `~> 5.1.2` (5.1.2 up to 5.2), `= 5.8.0`.
 * `!=` removes one version, never a major, so it is left out. Undefined for what does not parse.
 */
function versionRange(text: string): { low: number; high: number } | undefined {
  let low = -Infinity;
  let high = Infinity;
  for (const part of text.split(',')) {
    const m = /^\s*(~>|>=|<=|!=|=|>|<)?\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-[0-9A-Za-z.-]+)?\s*$/.exec(part);
    if (!m) return undefined;
    const parts = [m[2], m[3], m[4]].filter((x): x is string => x !== undefined).map(Number);
    const at = key(parts);
    switch (m[1] ?? '=') {
      case '=':
        low = Math.max(low, at);
        high = Math.min(high, at);
        break;
      case '>':
        low = Math.max(low, at + 0.5);
        break;
      case '>=':
        low = Math.max(low, at);
        break;
      case '<':
        high = Math.min(high, at - 0.5);
        break;
      case '<=':
        high = Math.min(high, at);
        break;
      case '~>': {
        // The rightmost part given may grow: ~> 5 and ~> 5.1 stay below 6, ~> 5.1.2 below 5.2.
        const up = parts.length <= 2 ? [parts[0]! + 1] : [parts[0]!, parts[1]! + 1];
        low = Math.max(low, at);
        high = Math.min(high, key(up) - 0.5);
        break;
      }
    }
  }
  return { low, high };
}

/** The file's version: the declared one, else, in a file of only one version's forms, that version. */
export function versionOf(declared: 4 | 5 | undefined, forms: VersionForm[]): ProviderVersion {
  const versions = new Set(forms.map((x) => x.version));
  return { major: declared ?? (versions.size === 1 ? [...versions][0] : undefined), declared: declared !== undefined };
}

/** A top-level attribute renamed between the versions (`default_pool_ids` / `default_pools`): the version it is of and the other's name. */
export function renamedForm(kind: TargetKind, name: string): { version: 4 | 5; instead: string } | undefined {
  const renames = V4_RENAMES[kind] ?? {};
  if (renames[name]) return { version: 4, instead: renames[name] };
  const v4Name = Object.keys(renames).find((k) => renames[k] === name);
  return v4Name ? { version: 5, instead: v4Name } : undefined;
}

/**
 * The file's provider version, and the forms written in the other version. Without a declaration, a
 * file of only one version's forms is that version; with both, or neither, it is unknown and no form
 * is reported.
 */
export function providerVersion(top: SyntaxNode | undefined, text: string, found: Found[]): { version: ProviderVersion; forms: VersionForm[] } {
  const all = found.flatMap((f) => (f.forms ??= formsOf(f, text)));
  return { version: versionOf(declaredMajor(top, text), all), forms: all };
}

/** The file's version for a lint: its declaration, the module's, the lock file's, else the syntax's. */
export function effectiveVersion(version: ProviderVersion, module: ModuleVersions = {}): EffectiveVersion {
  if (version.declared) return { major: version.major, source: 'required_providers' };
  const declared = module.terraformModuleMajor;
  if (declared) return { major: declared.major, source: 'required_providers', file: declared.file };
  if (module.terraformLockedMajor) return { major: module.terraformLockedMajor, source: '.terraform.lock.hcl' };
  return { major: version.major, source: 'syntax' };
}

/**
 * The Cloudflare provider's major version locked in a `.terraform.lock.hcl` text
 * (`provider "registry.terraform.io/cloudflare/cloudflare" { version = "4.52.0" }`), for callers that
 * read the lock file next to a configuration.
 */
export function lockFileMajor(text: string, parse: (text: string) => SyntaxNode): 4 | 5 | undefined {
  const root = parse(text);
  const top = root.namedChildren.find((c) => c.type === 'body');
  for (const b of bodyItems(top)) {
    if (b.type !== 'block' || blockType(b)?.text !== 'provider') continue;
    const label = b.namedChildren[1];
    if (!label || !/\/cloudflare\/cloudflare"$/.test(label.text)) continue;
    for (const a of bodyItems(blockBody(b))) {
      if (a.type !== 'attribute' || a.namedChildren[0]?.text !== 'version') continue;
      const expr = attributeValue(a);
      const v = expr && expressionNode(expr, text);
      const m = v?.type === 'string' ? /^(\d+)\./.exec(String(v.value)) : null;
      if (m && (m[1] === '4' || m[1] === '5')) return Number(m[1]) as 4 | 5;
    }
  }
  return undefined;
}

/** Every version-specific form in one resource, with its rewrite into the other version. */
function formsOf(f: Found, text: string): VersionForm[] {
  const out: VersionForm[] = [];
  const single = new Set(SINGLE_BLOCKS[f.kind]);
  const lists = LIST_FORMS[f.kind] ?? [];
  // What a v4 list of blocks is in v5: a map (`header`, `region_pools`) or a list of objects (`origins`).
  const mapOf = (n: string, top: boolean): MapFields | undefined => V4_MAPS.find((m) => m.kind === f.kind && m.path[m.path.length - 1] === n && (m.path.length === 1) === top);
  const visit = (block: SyntaxNode, top: boolean) => {
    const items = bodyItems(blockBody(block));
    const runs = new Map<string, Edit[] | undefined>();
    const toV5 = (n: string) => {
      if (!runs.has(n)) {
        const run = blockRun(items, n, text);
        const map = mapOf(n, top);
        runs.set(n, run && (map ? blocksToMap(run, text, map, !top) : blocksToList(run, text, originHeader(n))));
      }
      return runs.get(n);
    };
    const toV4 = (item: SyntaxNode, expr: SyntaxNode, n: string) => {
      const map = mapOf(n, top);
      return map ? mapToBlocks(n, item, expr, text, map, !top) : listToBlocks(item, expr, text, originHeader(n));
    };
    // A pool's origins carry their `header` along: one rewrite, not one that reveals another.
    const originHeader = (n: string) => {
      const fields = n === 'origins' ? V4_MAPS.find((m) => m.kind === f.kind && m.path.join('.') === 'origins.*.header') : undefined;
      return fields ? { name: 'header', fields } : undefined;
    };
    for (const item of items) {
      const name = item.namedChildren[0];
      if (!name || name.type !== 'identifier') continue;
      const n = name.text;
      const at = nodeSpan(name);
      if (item.type === 'attribute') {
        const renamed = top ? renamedForm(f.kind, n) : undefined;
        if (renamed) out.push({ ...renamed, resource: f.node, name: n, ...at, edits: [{ ...at, content: renamed.instead }] });
        else if ((top && single.has(n)) || lists.includes(n) || (!top && n === 'header')) {
          const expr = attributeValue(item);
          // A `for` expression makes its elements: v4 makes the blocks with a `dynamic` block.
          const made = expr && /^\s*[{[]\s*for\s/.test(expr.text);
          if (made) out.push({ version: 5, resource: f.node, name: n, ...at, instead: `dynamic "${n}" { ... }` });
          else if (expr && /^\s*[{[]/.test(expr.text)) out.push({ version: 5, resource: f.node, name: n, ...at, instead: `${n} { ... } blocks`, edits: top && single.has(n) ? toBlock(item, expr) : toV4(item, expr, n) });
        }
      } else if (item.type === 'block' && n === 'dynamic') {
        // v5 makes a list or map of objects with a `for` expression: no mechanical rewrite.
        const of = blockLabels(item)[0]?.value;
        if (of !== undefined && (lists.includes(of) || (!top && of === 'header'))) {
          out.push({ version: 4, resource: f.node, name: `dynamic "${of}"`, ...at, instead: mapOf(of, top) ? `${of} = { for ... }` : `${of} = [for ... : { ... }]` });
        }
      } else if (item.type === 'block') {
        if (top && single.has(n)) {
          out.push({ version: 4, resource: f.node, name: n, ...at, instead: `${n} = { ... }`, edits: n === 'origin_port_range' ? portRangeEdit(item, text) : toAttribute(item) });
        } else if (lists.includes(n) || (!top && n === 'header')) {
          out.push({ version: 4, resource: f.node, name: n, ...at, instead: `${n} = ${mapOf(n, top) ? '{ ... }' : '[{ ... }]'}`, edits: toV5(n) });
        }
        if (n === 'origins') visit(item, false);
      }
    }
  };
  visit(f.block, true);
  return out;
}

/** Lists of objects (v5) that v4 writes as repeated blocks. */
const LIST_FORMS: Partial<Record<TargetKind, string[]>> = {
  monitor: ['header'],
  pool: ['origins'],
  'load-balancer': ['region_pools', 'pop_pools', 'country_pools', 'rules'],
};

/** `dns {` to `dns = {`, when the body holds attributes only (an object literal cannot hold a block). */
function toAttribute(block: SyntaxNode): Edit[] | undefined {
  const name = block.namedChildren[0]!;
  if (bodyItems(blockBody(block)).some((i) => i.type === 'block')) return undefined;
  return [{ offset: name.endIndex, length: 0, content: ' =' }];
}

/** `dns = {` to `dns {`, when the object is written one attribute a line with bare names (as a block body is). */
function toBlock(attr: SyntaxNode, expr: SyntaxNode): Edit[] | undefined {
  const eq = attr.children.find((c) => c?.type === '=');
  const body = expr.text;
  if (!eq || !body.startsWith('{') || !/\n/.test(body) || body.includes(',')) return undefined;
  if (/^\s*"/m.test(body.slice(1))) return undefined;
  const name = attr.namedChildren[0]!;
  return [{ offset: name.endIndex, length: expr.startIndex - name.endIndex, content: ' ' }];
}

/** v4 `origin_port_range { start = 1000 end = 2000 }` is v5's `origin_port = "1000-2000"`. */
function portRangeEdit(block: SyntaxNode, text: string): Edit[] | undefined {
  const values: Record<string, number> = {};
  for (const a of bodyItems(blockBody(block))) {
    const expr = a.type === 'attribute' ? attributeValue(a) : undefined;
    const v = expr && expressionNode(expr, text);
    if (v?.type === 'number') values[a.namedChildren[0]!.text] = v.value as number;
  }
  if (values.start === undefined || values.end === undefined) return undefined;
  return [{ offset: block.startIndex, length: block.endIndex - block.startIndex, content: `origin_port = "${values.start}-${values.end}"` }];
}
