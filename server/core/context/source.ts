import type { AccountContext } from './types';

const basename = (p: string) => p.replace(/\\/g, '/').replace(/\/+$/, '').split('/').pop() ?? p;

/** `2026-11-22 10:00 UTC` from an ISO time; the text itself when it does not parse. */
export function formatPullTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

/**
 * Where a fact came from, for the end of a diagnostic message: "according to the account context in
 * spectrum-lint.config.json" or "according to the account context pulled 2026-11-22 10:00 UTC".
 */
export function according(ctx: AccountContext): string {
  const s = ctx.source;
  if (s.kind === 'pull' && s.pulledAt) return `according to the account context pulled ${formatPullTime(s.pulledAt)}`;
  if (s.path) return `according to the account context in ${basename(s.path)}`;
  return 'according to the account context';
}

/** Short description of the active context for status displays: "ctx.json, pulled 2026-11-22 10:00 UTC". */
export function describeContext(ctx: AccountContext): string {
  const name = ctx.source.path ? basename(ctx.source.path) : 'inline account context';
  return ctx.source.pulledAt ? `${name}, pulled ${formatPullTime(ctx.source.pulledAt)}` : name;
}
