import { resourceEntry } from '../terraform/by-resource';
import type { RelatedInfo } from '../findings';
import type { RuleContext } from '../rules/types';
import { pointerOf } from '../json';
import { appSummary, appSummaryOf, summarizeDocument, summaryGeneration } from '../workspace/summarize';
import { moduleKey, summaryMaps, type SummaryMaps } from '../workspace/summary-maps';
import type { AppSummary, FileSummary, MonitorSummary, PoolSummary } from '../workspace/types';
import { normalPath } from '../workspace/workspace-index';
import type { AccountContext, ContextSpectrumApp } from './types';
import { normalName } from './validate';
import { sameZone } from './zones';

/**
 * The account context, the only way rules read it: none for API responses (the API already accepted
 * them, so account checks would only repeat history). The catalog says so of every context entry
 * (`appliesTo: 'request'`); this also covers account checks that report a code shared with document
 * checks (1002).
 */
export function accountOf(ctx: RuleContext): AccountContext | undefined {
  return ctx.target.role === 'request' ? ctx.options.account : undefined;
}

/** Related information pointing at a value of the context file, when the context knows where it is. */
export function relatedInContext(account: AccountContext, pointer: string, message: string): RelatedInfo[] {
  const at = account.locate?.(pointer);
  return at ? [{ message, path: at.path, range: at.range }] : [];
}

export const docPath = (ctx: RuleContext) => normalPath(ctx.options.path ?? '');

/** Summary of the document being linted (its current text). */
export function thisFile(ctx: RuleContext): FileSummary {
  return summarizeDocument(ctx.doc, ctx.options.path ?? '', ctx.options.files);
}

/** Summary of the application being checked (from the document's summary: made once per parse). */
export function thisApp(ctx: RuleContext): AppSummary {
  thisFile(ctx);
  return appSummaryOf(ctx.doc, ctx.target.node) ?? appSummary(ctx.doc, docPath(ctx), ctx.target.node);
}

/** The maps of the last summary looked up in, by its generation: an equal summary has equal maps. */
let fileMaps: { generation: number; maps: SummaryMaps } | undefined;

/**
 * The request bodies of this document and of the other workspace files with a key (see `SummaryMaps`):
 * look-ups in maps built once per parse and per workspace change, never a walk over the others.
 */
export function lookUp<K extends keyof SummaryMaps>(ctx: RuleContext, map: K, key: string): Array<SummaryMaps[K] extends Map<string, Array<infer V>> ? V : never> {
  const file = thisFile(ctx);
  const generation = summaryGeneration(file);
  if (fileMaps?.generation !== generation || generation === 0) fileMaps = { generation, maps: summaryMaps([file]) };
  const mine = fileMaps.maps;
  const here = (mine[map].get(key) ?? []) as never[];
  const there = (ctx.options.workspace?.find(map, key, docPath(ctx)) ?? []) as never[];
  return here.length === 0 ? there : there.length === 0 ? here : [...here, ...there];
}

/**
 * The pools of the Terraform module (this file and the other files of its folder) that use the monitor
 * being checked, by reference; undefined when that is not known: the target is no Terraform resource,
 * or a pool of the module names its monitor by an expression that may stand for this one.
 */
export function modulePoolsOfMonitor(ctx: RuleContext): PoolSummary[] | undefined {
  const r = ctx.doc.terraform && resourceEntry(ctx.doc.terraform, ctx.target.node)?.resource;
  if (!r) return undefined;
  const path = docPath(ctx);
  if (lookUp(ctx, 'poolsUnresolvedMonitor', moduleKey(path)).length) return undefined;
  return lookUp(ctx, 'poolsByMonitorRef', moduleKey(path, `${r.type}.${r.name}`));
}

/** The application request bodies of the workspace (this document's included) that use a hostname. */
export function appsNamed(ctx: RuleContext, dnsName: string): AppSummary[] {
  return lookUp(ctx, 'appsByHost', dnsName);
}

/** Whether a workspace object is the one being checked. */
export const isTarget = (ctx: RuleContext, o: { path: string; pointer: string }) => o.path === docPath(ctx) && o.pointer === pointerOf(ctx.target.node);

const perLint = new WeakMap<FileSummary, Map<string, { workspace: unknown; stamp: number; account: unknown; value: unknown }>>();

/**
 * A value computed once per parse of this document, state of the other files and account context,
 * shared by every object of the document (totals for quotas): linear, not one walk per object.
 */
export function oncePerLint<T>(ctx: RuleContext, name: string, compute: () => T): T {
  const file = thisFile(ctx);
  const workspace = ctx.options.workspace;
  const stamp = workspace?.stampExcept(docPath(ctx)) ?? 0;
  let m = perLint.get(file);
  if (!m) perLint.set(file, (m = new Map()));
  const hit = m.get(name);
  if (hit && hit.workspace === workspace && hit.stamp === stamp && hit.account === ctx.options.account) return hit.value as T;
  const value = compute();
  m.set(name, { workspace, stamp, account: ctx.options.account, value });
  return value;
}

/** Related information for another workspace object; no `path` when it is in this document. */
export function relatedTo(ctx: RuleContext, other: { path: string; range: RelatedInfo['range'] }, message: string): RelatedInfo {
  return other.path === docPath(ctx) ? { message, range: other.range } : { message, path: other.path, range: other.range };
}

/** Related information at an application's `dns.name` (at the application when it has none). */
export function relatedToApp(ctx: RuleContext, app: AppSummary, message: string): RelatedInfo {
  return relatedTo(ctx, app.dnsRange ? { path: app.path, range: app.dnsRange } : app, message);
}

/** At most this many related locations per diagnostic: enough to find the others, never a flood. */
export const MAX_RELATED = 5;

/** The related locations of a clash with many others: the first few, and a note for the message when some are left out. */
export function someRelated<T>(items: T[], toRelated: (item: T) => RelatedInfo): { related: RelatedInfo[]; more: string } {
  const more = items.length > MAX_RELATED ? ` (${items.length} in all; the first ${MAX_RELATED} are linked)` : '';
  return { related: items.slice(0, MAX_RELATED).map(toRelated), more };
}

/** Short name of a file for messages. */
export const fileName = (p: string) => p.split('/').pop() || p;

/** Whether a context application is in the context's own zone (no zone on the app counts as the own zone). */
export function inOwnZone(account: AccountContext, app: ContextSpectrumApp): boolean {
  const id = typeof app.zone_id === 'string' ? app.zone_id : undefined;
  const name = typeof app.zone_name === 'string' ? app.zone_name : undefined;
  if (id === undefined && name === undefined) return true;
  if (!account.zone) return false;
  return sameZone({ id, name }, account.zone);
}

export const appDnsName = (app: ContextSpectrumApp) => (typeof app.dns?.name === 'string' ? normalName(app.dns.name) : undefined);

/** A context application is the one being edited when the ids match, or it has the same hostname and protocol. */
export function isSameApp(self: AppSummary, app: ContextSpectrumApp): boolean {
  if (self.id && typeof app.id === 'string') return self.id === app.id;
  return self.dnsName !== undefined && self.dnsName === appDnsName(app) && self.protocol === app.protocol;
}

/** A workspace application is the same one when it has the same id. */
export const sameId = (a: AppSummary, b: AppSummary) => a.id !== undefined && a.id === b.id;

/** The zone a context application names, for messages: its name, or the name the context gives its id. */
export function appZoneLabel(app: ContextSpectrumApp, account?: AccountContext): string {
  if (typeof app.zone_name === 'string') return app.zone_name;
  if (typeof app.zone_id !== 'string') return 'another zone';
  const named = [account?.zone, ...(account?.zones ?? [])].find((z) => z?.id === app.zone_id && typeof z?.name === 'string');
  return named?.name ?? app.zone_id;
}

/**
 * The Spectrum applications of the workspace (responses included) that use the load balancer being
 * checked as their origin: by its hostname in `origin_dns.name`, or in Terraform by a reference to its
 * resource from the same module.
 */
export function appsUsingLoadBalancer(ctx: RuleContext, hostname: string | undefined): AppSummary[] {
  const byName = hostname?.trim() ? lookUp(ctx, 'appsByOriginDns', normalName(hostname)) : [];
  const r = ctx.doc.terraform && resourceEntry(ctx.doc.terraform, ctx.target.node)?.resource;
  const byRef = r ? lookUp(ctx, 'appsByLbRef', moduleKey(docPath(ctx), `${r.type}.${r.name}`)) : [];
  // An origin is a hostname or a reference, never both: the two lists do not overlap.
  return byName.concat(byRef);
}
