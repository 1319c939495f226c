import type { Severity } from './catalog';

/** A per-id severity override as users write it in settings or the configuration file. */
export type RuleSetting = Severity | 'info' | 'off';

/** The effective severity of an id: the override when there is one, else the catalog default; undefined = off. */
export function effectiveSeverity(id: string, fallback: Severity, rules: Record<string, RuleSetting> | undefined): Severity | undefined {
  const s = rules?.[id];
  if (s === undefined) return fallback;
  if (s === 'off') return undefined;
  if (s === 'info') return 'information';
  return s;
}

export const RULE_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'information', 'info', 'hint', 'off'];

export function isRuleSetting(v: unknown): v is RuleSetting {
  return typeof v === 'string' && (RULE_SETTINGS as readonly string[]).includes(v);
}
