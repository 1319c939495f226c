import { entry } from './catalog';
import type { JsonDocument } from './document';
import type { Finding, FixProvider } from './findings';
import { failsafe } from './fix-failsafe';
import { plainText } from './plain-text';
import { effectiveSeverity, type RuleSetting } from './settings';

/**
 * A finding produced outside the rules (configuration, suppression directives), with the same
 * severity override and catalog data as rule findings. Undefined when the id is turned off.
 */
export function toolFinding(
  doc: JsonDocument,
  id: string,
  offset: number,
  length: number,
  message: string,
  extra: { pointer?: string; rules?: Record<string, RuleSetting>; fixes?: FixProvider; tags?: Finding['tags'] } = {},
): Finding | undefined {
  const e = entry(id);
  const severity = effectiveSeverity(e.id, e.severity, extra.rules);
  if (!severity) return undefined;
  offset = Math.max(0, Math.min(offset, doc.text.length));
  length = Math.max(0, Math.min(length, doc.text.length - offset));
  return {
    id: e.id,
    code: e.code,
    severity,
    message: plainText(message),
    range: doc.rangeOf(offset, length),
    offset,
    length,
    pointer: extra.pointer ?? '',
    docs: e.docs,
    ...(extra.tags ? { tags: extra.tags } : {}),
    ...(extra.fixes ? { fixes: failsafe(extra.fixes) } : {}),
  };
}
