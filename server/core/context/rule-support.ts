import type { RelatedInfo } from '../findings';
import type { RuleContext } from '../rules/types';
import { appSummary, summarizeDocument } from '../workspace/summarize';
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

/** Summary of the application being checked. */
export function thisApp(ctx: RuleContext): AppSummary {
  return appSummary(ctx.doc, docPath(ctx), ctx.target.node);
}

/**
 * Every other application body of the workspace: this document's others, then the other files'.
 * API responses are left out: they are snapshots of what exists, like the account context.
 */
export function otherApps(ctx: RuleContext, self: AppSummary): AppSummary[] {
  const here = thisFile(ctx).apps.filter((a) => a.pointer !== self.pointer);
  const there = ctx.options.workspace?.apps(docPath(ctx)) ?? [];
  return [...here, ...there].filter((a) => !a.response);
}

const hostIndexes = new WeakMap<FileSummary, { workspace: unknown; stamp: number; byHost: Map<string, AppSummary[]> }>();

/**
 * The application request bodies of the workspace (this document's included) that use a hostname,
 * from an index built once per parse and state of the other files instead of a scan per app.
 */
export function appsNamed(ctx: RuleContext, dnsName: string): AppSummary[] {
  const file = thisFile(ctx);
  const workspace = ctx.options.workspace;
  const stamp = workspace?.stampExcept(docPath(ctx)) ?? 0;
  let index = hostIndexes.get(file);
  if (!index || index.workspace !== workspace || index.stamp !== stamp) {
    const byHost = new Map<string, AppSummary[]>();
    for (const a of [...file.apps, ...(workspace?.apps(docPath(ctx)) ?? [])]) {
      if (a.response || !a.dnsName) continue;
      const list = byHost.get(a.dnsName);
      if (list) list.push(a);
      else byHost.set(a.dnsName, [a]);
    }
    index = { workspace, stamp, byHost };
    hostIndexes.set(file, index);
  }
  return index.byHost.get(dnsName) ?? [];
}

export function otherMonitors(ctx: RuleContext, pointer: string): MonitorSummary[] {
  const here = thisFile(ctx).monitors.filter((m) => m.pointer !== pointer);
  return [...here, ...(ctx.options.workspace?.monitors(docPath(ctx)) ?? [])];
}

export function otherPools(ctx: RuleContext, pointer: string): PoolSummary[] {
  const here = thisFile(ctx).pools.filter((m) => m.pointer !== pointer);
  return [...here, ...(ctx.options.workspace?.pools(docPath(ctx)) ?? [])];
}

/** Related information for another workspace object; no `path` when it is in this document. */
export function relatedTo(ctx: RuleContext, other: { path: string; range: RelatedInfo['range'] }, message: string): RelatedInfo {
  return other.path === docPath(ctx) ? { message, range: other.range } : { message, path: other.path, range: other.range };
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

/** The zone a context application names, for messages. */
export function appZoneLabel(app: ContextSpectrumApp): string {
  return typeof app.zone_name === 'string' ? app.zone_name : typeof app.zone_id === 'string' ? app.zone_id : 'another zone';
}
