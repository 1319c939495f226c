import { SPECTRUM_API } from './spectrum-api';
import { SPECTRUM_CHECKS } from './spectrum-checks';
import { LB_API } from './lb-api';
import { LB_CHECKS } from './lb-checks';
import { TERRAFORM_CHECKS } from './terraform-checks';
import { HEALTH_REASONS } from './health-reasons';
import { SPECTRUM_EVENTS } from './spectrum-events';
import { TOOL_CHECKS } from './tool';
import { CONTEXT_CHECKS } from './context-checks';
import type { CatalogEntry, CatalogGroup } from './types';

export type { CatalogEntry, CatalogGroup, Severity, Detection } from './types';

/** Every entry, in the order of the generated reference. */
export const CATALOG: readonly CatalogEntry[] = [
  ...SPECTRUM_API,
  ...SPECTRUM_CHECKS,
  ...LB_API,
  ...LB_CHECKS,
  ...TERRAFORM_CHECKS,
  ...HEALTH_REASONS,
  ...SPECTRUM_EVENTS,
  ...TOOL_CHECKS,
  ...CONTEXT_CHECKS,
];

const byId = new Map<string, CatalogEntry>(CATALOG.map((e) => [e.id, e]));

/** The entry with this id; throws for an unknown id, since ids come from code, not from users. */
export function entry(id: string): CatalogEntry {
  const e = byId.get(id);
  if (!e) throw new Error(`spectrum-lint: no catalog entry "${id}"`);
  return e;
}

export function findEntry(id: string): CatalogEntry | undefined {
  return byId.get(id);
}

/**
 * The message an entry documents the API answering, found by how it starts, without the `: validation
 * failed` the API appends: a rule quotes the catalog's text rather than writing it again. Throws (from
 * inside a rule, which costs that rule only) when the entry documents no such message.
 */
export function documentedMessage(id: string, start: string): string {
  const m = entry(id).messages?.find((x) => x.startsWith(start));
  if (!m) throw new Error(`spectrum-lint: catalog entry "${id}" documents no message starting "${start}"`);
  return m.replace(/: validation failed$/, '');
}

const normalise = (s: string) => s.trim().toLowerCase().replace(/[\s_]+/g, ' ');
const byReason = new Map<string, CatalogEntry>();
for (const e of CATALOG) {
  if (e.group !== 'health-check') continue;
  for (const name of [e.title, e.id.replace(/-/g, ' '), ...(e.aliases ?? [])]) byReason.set(normalise(name), e);
}

/** A health-check failure reason as it appears in `failure_reason`, matched case-insensitively. */
export function findFailureReason(text: string): CatalogEntry | undefined {
  return byReason.get(normalise(text));
}

/**
 * An API error code from an error envelope, looked up in the API groups given (Spectrum codes and
 * LB codes never collide, so the default searches both).
 */
export function findApiCode(
  code: number,
  groups: CatalogGroup[] = ['spectrum-api', 'lb-api'],
): CatalogEntry | undefined {
  return CATALOG.find((e) => e.code === code && groups.includes(e.group));
}

/** Looks an entry up the way a person types it: "11044", "1002", "tcp-connection-failed", "TLS name mismatch error". */
export function lookup(query: string): CatalogEntry | undefined {
  const q = query.trim();
  return byId.get(q) ?? byId.get(q.toLowerCase()) ?? findFailureReason(q) ?? (/^\d+$/.test(q) ? byId.get('event-' + q) : undefined);
}
