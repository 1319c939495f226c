import picomatch from 'picomatch';
import type { Node } from 'jsonc-parser';
import { elements, propertyNode, valueNode } from './json';
import { spectrumApp } from './kinds/spectrum-app';
import { isTerraformOverride } from './terraform/override';
import { monitor } from './kinds/monitor';
import { pool } from './kinds/pool';
import { loadBalancer } from './kinds/load-balancer';
import { errorEnvelope } from './kinds/error-envelope';
import { healthEvents } from './kinds/health-events';
import { poolHealth } from './kinds/pool-health';
import type { Detector, Target, TargetKind } from './kinds/types';
import type { JsonDocument } from './document';

export type { Detector, Target, TargetKind } from './kinds/types';

/** Every kind of object spectrum-lint recognises, in the order candidates are tested. */
export const DETECTORS: Detector[] = [spectrumApp, monitor, pool, loadBalancer, errorEnvelope, healthEvents, poolHealth];

/**
 * File-name globs per kind; a kind left out keeps its detector's defaults. `patch`: files of partial
 * updates (`PATCH` bodies), whose objects are checked field by field (`Target.partial`); none by default.
 */
export type FileAssociations = Partial<Record<TargetKind | 'patch', string[]>>;

const matcherCache = new Map<string, (path: string) => boolean>();
function matcher(globs: string[]): (path: string) => boolean {
  const key = globs.join('\n');
  let m = matcherCache.get(key);
  if (!m) {
    m = globs.length ? picomatch(globs, { dot: true }) : () => false;
    matcherCache.set(key, m);
  }
  return m;
}

/** The last answer: one file's parse, detection and summary all ask about the same path. */
let lastByPath: { path: string; files: FileAssociations | undefined; kind: TargetKind | undefined } | undefined;

/** The kind a file name alone assigns, if any. */
export function kindByPath(path: string | undefined, files?: FileAssociations): TargetKind | undefined {
  if (!path) return undefined;
  if (lastByPath?.path === path && lastByPath.files === files) return lastByPath.kind;
  const p = forwardSlashes(path);
  const kind = DETECTORS.find((d) => matcher(files?.[d.kind] ?? d.globs)(p))?.kind;
  lastByPath = { path, files, kind };
  return kind;
}

/** Whether a file name is one of the `patch` associations: its objects are partial updates. */
export function isPatchByPath(path: string | undefined, files?: FileAssociations): boolean {
  return path !== undefined && files?.patch !== undefined && matcher(files.patch)(forwardSlashes(path));
}

/** Whether a file name says its objects are parts (`Target.partial`): a Terraform override file, a `patch` file. */
const partialByPath = (path: string | undefined, files?: FileAssociations) => isTerraformOverride(path) || isPatchByPath(path, files);

const forwardSlashes = (path: string) => path.replace(/\\/g, '/');

/** Whether the text could hold anything we recognise; false lets unrelated JSON skip parsing entirely. */
export function mayContainTargets(text: string): boolean {
  return DETECTORS.some((d) => d.hint.test(text));
}

interface Candidate {
  node: Node;
  role: Target['role'];
}

/**
 * The objects that can be a target: the root, a root array's items, and an API envelope's `result`
 * (the root's, or each item's of a root array of envelopes: pages of a list saved one after another).
 */
function candidates(root: Node): Candidate[] {
  const out: Candidate[] = [];
  if (root.type === 'object') {
    out.push({ node: root, role: 'request' });
    resultCandidates(root, out);
  }
  for (const item of elements(root)) if (item.type === 'object') elementCandidates(item, out);
  return out;
}

/** An item of the top-level list: itself, and the `result` it holds when it is a page of an API response. */
function elementCandidates(item: Node, out: Candidate[]): void {
  out.push({ node: item, role: listItemRole(item) });
  if (item.parent?.type === 'array' && item.parent.parent === undefined) resultCandidates(item, out);
}

/** What an envelope's `result` holds: responses. */
function resultCandidates(envelope: Node, out: Candidate[]): void {
  const result = valueNode(envelope, 'result');
  if (result?.type === 'object') out.push({ node: result, role: 'response' });
  for (const item of elements(result)) if (item.type === 'object') out.push({ node: item, role: 'response' });
}

/**
 * The role of an object in a list: in an envelope's `result`, a response. An item of a top-level list is
 * a request (a script's list of bodies to send one by one), unless it carries the timestamps only the
 * API writes: then the list is a response's `result` saved without its envelope (`jq .result`).
 */
function listItemRole(item: Node): Target['role'] {
  if (item.parent?.parent?.type === 'property') return 'response';
  return propertyNode(item, 'created_on') || propertyNode(item, 'modified_on') ? 'response' : 'request';
}

const isEnvelope = (n: Node) => propertyNode(n, 'result') !== undefined || propertyNode(n, 'success') !== undefined;

/**
 * Finds the targets of a parsed document: by content, and, when the file name is associated with a
 * kind, every top-level object that is not an envelope (so half-typed files are linted too).
 */
export function detect(root: Node | undefined, path?: string, files?: FileAssociations): Target[] {
  if (!root) return [];
  const byPath = kindByPath(path, files);
  const partial = partialByPath(path, files);
  const targets: Target[] = [];
  for (const c of candidates(root)) {
    const t = targetOf(c.node, c.role, byPath, partial);
    if (t) targets.push(t);
  }
  return targets;
}

/** What one candidate object is, by content, else by the kind its file name gives. */
function targetOf(node: Node, role: Target['role'], byPath: TargetKind | undefined, partial: boolean): Target | undefined {
  const kind = DETECTORS.find((det) => det.looksLike(node))?.kind ?? (byPath && !isEnvelope(node) ? byPath : undefined);
  if (!kind) return undefined;
  return partial ? { kind, node, role, partial } : { kind, node, role };
}

/**
 * The targets of a parsed document: a Terraform file's checked resources (each a request body), else
 * what `detect` finds.
 */
export function documentTargets(doc: JsonDocument, path?: string, files?: FileAssociations): Target[] {
  if (doc.terraform) {
    const partial = partialByPath(doc.path ?? path, files);
    return doc.terraform.resources.map((r) => ({ kind: r.kind, node: r.node as Node, role: 'request', ...(partial ? { partial } : {}) }));
  }
  return detect(doc.root, path, files);
}

/**
 * The targets after one element of the top-level list was re-parsed: the earlier targets, with the
 * old element's replaced by what the new element is (the same list, so the same role), with what the
 * `result` of a page of a response holds.
 */
export function redetect(previous: Target[], old: Node, node: Node, path?: string, files?: FileAssociations): Target[] {
  const byPath = kindByPath(path, files);
  const partial = partialByPath(path, files);
  const found: Candidate[] = [];
  elementCandidates(node, found);
  const fresh = found.map((c) => targetOf(c.node, c.role, byPath, partial)).filter((t): t is Target => t !== undefined);
  // The old element's targets, in document order: itself, then what the `result` of a page held.
  const inOld = (n: Node) => {
    for (let x: Node | undefined = n; x; x = x.parent) if (x === old) return true;
    return false;
  };
  let i = previous.findIndex((p) => p.node === old);
  if (i < 0 && valueNode(old, 'result')) i = previous.findIndex((p) => inOld(p.node));
  if (i < 0) {
    if (!fresh.length) return previous;
    const at = previous.findIndex((p) => p.node.offset > node.offset);
    return at < 0 ? [...previous, ...fresh] : [...previous.slice(0, at), ...fresh, ...previous.slice(at)];
  }
  let end = i + 1;
  while (end < previous.length && inOld(previous[end].node)) end++;
  return [...previous.slice(0, i), ...fresh, ...previous.slice(end)];
}
