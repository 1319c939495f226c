import type { Node } from 'jsonc-parser';
import { documentTargets, type FileAssociations, type Target } from '../detect';
import { JsonDocument, type Range } from '../document';
import { anchorOf, elements, pointerOf, stringValue, valueNode } from '../json';
import { normalName } from '../context/validate';
import { parseIp } from '../context/network';
import { settle } from '../reparse';
import { lastStartingAtOrBefore } from '../sorted';
import { appProtocol } from '../spectrum/app';
import { formatProtocol } from '../spectrum/values';
import type { ModelNode } from '../terraform/hcl-tree';
import { terraformPoolLinks } from '../terraform/pool-links';
import { referencesResource } from '../terraform/references';
import type { AppSummary, FileSummary, MonitorSummary, PoolSummary } from './types';
import { normalPath, sameData } from './workspace-index';

const cache = new WeakMap<JsonDocument, FileSummary>();
const RESPONSE = { response: true } as const;
/** The Terraform resource type of a load balancer, which an application's `origin_dns.name` may reference. */
const LOAD_BALANCER = 'cloudflare_load_balancer';
/** A document's app summaries (its summary's list) with their nodes, in the same order (a map by node is made when asked). */
interface Apps {
  nodes: Node[];
  apps: readonly AppSummary[];
  byNode?: Map<Node, AppSummary>;
}
const appsOf = new WeakMap<JsonDocument, Apps>();
/** The app summaries of the last few documents by serial, for the versions re-parsed from them. */
const recent = new Map<number, { apps: Apps; lines: number; path: string; summary: FileSummary; generation: number }>();
const RECENT = 8;
const generations = new WeakMap<FileSummary, number>();
let lastGeneration = 0;

/**
 * A number that stays the same while a document's summary does, from one version to the next (an
 * edit that changes no hostname, protocol, edge IP, id or line of another object): what the findings
 * of the document-scope rules of an unedited object depend on, besides the other files.
 */
export function summaryGeneration(summary: FileSummary): number {
  return generations.get(summary) ?? 0;
}

/** The summary of an application of a document summarised before, by its node. */
export function appSummaryOf(doc: JsonDocument, node: Node): AppSummary | undefined {
  const apps = appsOf.get(doc);
  if (!apps) return undefined;
  // The apps are in document order: a search by offset finds the edited one without a map of all.
  const i = apps.nodes.length ? lastStartingAtOrBefore(apps.nodes, node.offset) : -1;
  return i >= 0 && apps.nodes[i] === node ? apps.apps[i] : byNode(apps).get(node);
}

function byNode(a: Apps): Map<Node, AppSummary> {
  if (!a.byNode) a.byNode = new Map(a.nodes.map((n, i) => [n, a.apps[i]]));
  return a.byNode;
}

/** Summary of a document's text (the LSP index and the CLI call this for every file). */
export function summarizeText(text: string, path: string, files?: FileAssociations): FileSummary {
  return summarizeDocument(new JsonDocument(text, path), path, files);
}

/** Summary of a parsed document, cached per document so every rule of one lint shares it. */
export function summarizeDocument(doc: JsonDocument, path: string, files?: FileAssociations, targets?: Target[]): FileSummary {
  const hit = cache.get(doc);
  if (hit) return hit;
  const p = normalPath(path);
  const summary: FileSummary = { path: p, apps: [], monitors: [], pools: [] };
  const apps: Apps = { nodes: [], apps: summary.apps };
  appsOf.set(doc, apps);
  const earlier = reusable(doc, p);
  if (!doc.skipped && doc.hasTree) {
    for (const t of targets ?? documentTargets(doc, path, files)) {
      // An override's block is the same object as the block it is merged into, which the index has.
      if (t.partial) continue;
      const role = t.role === 'response' ? RESPONSE : undefined;
      if (t.kind === 'spectrum-app') {
        let app = earlier?.(t.node, apps.nodes.length);
        if (!app) {
          settle(t.node);
          app = appSummary(doc, p, t.node);
          if (role) app.response = true;
        }
        summary.apps.push(app);
        apps.nodes.push(t.node);
      } else if (t.kind === 'monitor') {
        settle(t.node);
        summary.monitors.push({ ...monitorSummary(doc, p, t.node), ...role });
      } else if (t.kind === 'pool') {
        settle(t.node);
        summary.pools.push({ ...poolSummary(doc, p, t.node), ...role });
      }
    }
  }
  cache.set(doc, summary);
  const before = doc.reparsed && recent.get(doc.reparsed.from);
  const generation = before && before.path === p && sameSummary(before.summary, summary) ? before.generation : ++lastGeneration;
  generations.set(summary, generation);
  recent.set(doc.serial, { apps, lines: doc.lineCount, path: p, summary, generation });
  if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  return summary;
}

/**
 * For a document re-parsed from one summarised before: the earlier summary of an unchanged app, as it
 * was when the app lies before the edit, moved by the lines the edit added when it lies after it.
 */
function reusable(doc: JsonDocument, path: string): ((node: Node, index: number) => AppSummary | undefined) | undefined {
  const r = doc.reparsed;
  const before = r && recent.get(r.from);
  if (!r || !before || before.path !== path) return undefined;
  const lines = doc.lineCount - before.lines;
  const editEnd = r.change.oldEnd + r.change.delta;
  // An object that starts on a line after the edit's last one keeps its columns.
  const nextLine = doc.offsetAt({ line: doc.positionAt(editEnd).line + 1, character: 0 });
  const { nodes, apps } = before.apps;
  return (node, index) => {
    // Unless an app was added or removed, the apps come in the same order as before.
    const app = node === r.node ? undefined : nodes[index] === node ? apps[index] : byNode(before.apps).get(node);
    if (!app) return undefined;
    if (node.offset + node.length < r.change.start) return app;
    if (node.offset < nextLine) return undefined;
    return lines === 0 ? app : moved(app, lines);
  };
}

/** Apps reused from the earlier summary are the same objects: only the others are compared. */
function sameSummary(a: FileSummary, b: FileSummary): boolean {
  if (a.apps.length !== b.apps.length) return false;
  for (let i = 0; i < a.apps.length; i++) if (a.apps[i] !== b.apps[i] && !sameData(a.apps[i], b.apps[i])) return false;
  return sameData(a.monitors, b.monitors) && sameData(a.pools, b.pools);
}

function moved(app: AppSummary, lines: number): AppSummary {
  const shift = (range: Range): Range => ({ start: { line: range.start.line + lines, character: range.start.character }, end: { line: range.end.line + lines, character: range.end.character } });
  return {
    ...app,
    range: shift(app.range),
    ...(app.dnsRange ? { dnsRange: shift(app.dnsRange) } : {}),
    edgeIps: app.edgeIps.map((e) => ({ ...e, range: shift(e.range) })),
  };
}

function rangeOfNode(doc: JsonDocument, node: Node) {
  return doc.rangeOf(node.offset, node.length);
}

function anchorRange(doc: JsonDocument, node: Node) {
  const a = anchorOf(node);
  return doc.rangeOf(a.offset, a.length);
}

export function appSummary(doc: JsonDocument, path: string, app: Node): AppSummary {
  const protocol = appProtocol(app);
  const dnsNode = valueNode(valueNode(app, 'dns'), 'name');
  const dnsName = stringValue(dnsNode);
  const edge = valueNode(app, 'edge_ips');
  const type = stringValue(valueNode(edge, 'type'));
  const edgeType = type === undefined || type === 'dynamic' ? 'dynamic' : type === 'static' ? 'static' : 'other';
  const edgeIps: AppSummary['edgeIps'] = [];
  if (edgeType === 'static') {
    for (const n of elements(valueNode(edge, 'ips'))) {
      const ip = parseIp(stringValue(n) ?? '');
      if (ip) edgeIps.push({ ip: ip.toNormalizedString(), range: rangeOfNode(doc, n) });
    }
  }
  const id = stringValue(valueNode(app, 'id'));
  const connectivity = stringValue(valueNode(edge, 'connectivity'));
  // Built field by field (a summary per app of every dump): an absent field is left out, not undefined.
  const s: AppSummary = { path, pointer: pointerOf(app), range: anchorRange(doc, app), edgeType, edgeIps };
  if (id) s.id = id;
  if (protocol) {
    s.protocol = formatProtocol(protocol);
    s.transport = protocol.transport;
    s.start = protocol.start;
    s.end = protocol.end;
  }
  if (dnsName && dnsNode) {
    s.dnsName = normalName(dnsName);
    s.dnsRange = rangeOfNode(doc, dnsNode);
  }
  if (connectivity) s.connectivity = connectivity;
  const originName = valueNode(valueNode(app, 'origin_dns'), 'name');
  const origin = stringValue(originName);
  if (origin?.trim()) s.originDns = normalName(origin);
  if (referencesResource(originName, LOAD_BALANCER)) s.originLbRef = (originName as ModelNode).reference;
  return s;
}

export function monitorSummary(doc: JsonDocument, path: string, node: Node): MonitorSummary {
  const id = stringValue(valueNode(node, 'id'));
  const type = stringValue(valueNode(node, 'type'));
  return { path, pointer: pointerOf(node), range: anchorRange(doc, node), ...(id ? { id } : {}), ...(type ? { type } : {}) };
}

export function poolSummary(doc: JsonDocument, path: string, node: Node): PoolSummary {
  const id = stringValue(valueNode(node, 'id'));
  const nameNode = valueNode(node, 'name');
  const name = stringValue(nameNode);
  const monitor = stringValue(valueNode(node, 'monitor'));
  return {
    path,
    pointer: pointerOf(node),
    range: anchorRange(doc, node),
    ...(id ? { id } : {}),
    ...(name !== undefined && nameNode ? { name, nameRange: rangeOfNode(doc, nameNode) } : {}),
    ...(monitor ? { monitor } : {}),
    origins: elements(valueNode(node, 'origins')).length,
    ...(doc.terraform ? terraformPoolLinks(doc, node) : {}),
  };
}

/** Whether two port spans of the same transport share a port. */
export function portsOverlap(a: { transport?: string; start?: number; end?: number }, b: { transport?: string; start?: number; end?: number }): boolean {
  if (!a.transport || a.transport !== b.transport || a.start === undefined || b.start === undefined) return false;
  return a.start <= (b.end ?? b.start) && b.start <= (a.end ?? a.start);
}


/** Where two applications clash, as a message says it: "on the same port, tcp/22" or "on tcp/20-30, which overlaps tcp/22". */
export function clashText(other: string | undefined, mine: string | undefined): string {
  if (other === mine && mine) return `on the same ${mine.includes('-') ? 'ports' : 'port'}, ${mine}`;
  return `on ${other}, which overlaps ${mine}`;
}
