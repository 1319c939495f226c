import type { Node } from 'jsonc-parser';
import type { JsonDocument } from '../document';
import { elements, properties, propertyNode, valueNode } from '../json';
import type { PoolSummary } from '../workspace/types';
import { isUnknown, type ModelNode } from './hcl-tree';
import type { FlaggedNode } from './model';

const MONITOR = 'cloudflare_load_balancer_monitor';

/** What a Terraform pool says about the monitor it uses and its origins' `Host`, for checks across resources. */
export function terraformPoolLinks(doc: JsonDocument, pool: Node): Pick<PoolSummary, 'monitorRef' | 'monitorUnresolved' | 'originsHost'> {
  const monitor = valueNode(pool, 'monitor') as ModelNode | undefined;
  const ref = monitor?.reference?.startsWith(MONITOR + '.') ? monitor.reference : undefined;
  const group = valueNode(pool, 'monitor_group');
  // A group, or an expression (a local, a variable, a module output), may stand for any monitor.
  const unresolved = (isUnknown(monitor) && !ref) || (propertyNode(pool, 'monitor_group') !== undefined && !(group?.type === 'string' && group.value === ''));
  const origins = valueNode(pool, 'origins');
  const all = origins?.type === 'array' && !isUnknown(origins) ? elements(origins) : [];
  const hosts = all.length > 0 && all.every((o) => sendsHost(doc, o));
  return { ...(ref ? { monitorRef: ref } : {}), ...(unresolved ? { monitorUnresolved: true as const } : {}), ...(hosts ? { originsHost: true as const } : {}) };
}

/**
 * An origin `header` with a literal `Host` value the provider sends: a v4 `header { header = "Host" }`
 * block, or a v5 `host` key (v5 drops any other spelling, terraform-provider-cloudflare #6963).
 */
function sendsHost(doc: JsonDocument, origin: Node): boolean {
  const header = valueNode(origin, 'header') as FlaggedNode | undefined;
  if (header?.type !== 'object') return false;
  for (const p of properties(header as Node)) {
    const key = p.children?.[0];
    const first = elements(p.children?.[1])[0];
    if (!key || key.value !== 'Host' || first?.type !== 'string' || first.value === '') continue;
    const written = doc.text.slice(key.offset, key.offset + key.length).replace(/^"(.*)"$/, '$1');
    if (header.synthetic ? written === 'Host' : written === 'host') return true;
  }
  return false;
}
