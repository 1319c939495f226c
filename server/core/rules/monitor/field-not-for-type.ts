import { compose, remove } from '../../edit';
import { propertyName, properties, valueNode } from '../../json';
import { monitorType, propertyPath, type MonitorType } from '../../lb/fields';
import type { Rule } from '../types';

const HTTP: MonitorType[] = ['http', 'https'];
/** The types each type-specific field applies to. */
const APPLIES_TO: Record<string, MonitorType[]> = {
  path: HTTP,
  header: HTTP,
  expected_codes: HTTP,
  expected_body: HTTP,
  follow_redirects: HTTP,
  allow_insecure: HTTP,
  probe_zone: HTTP,
  method: ['http', 'https', 'tcp'],
  port: ['http', 'https', 'tcp', 'udp_icmp', 'smtp'],
};

/**
 * Settings the monitor's type ignores (an HTTP `path` on a `tcp` monitor). API responses are left
 * alone: Cloudflare returns every field, with defaults, for every type.
 */
export const rule: Rule = {
  name: 'field-not-for-type',
  reports: ['monitor-field-not-for-type'],
  kinds: ['monitor'],
  check({ doc, target, report }) {
    const m = target.node;
    const type = monitorType(m);
    if (!type || !valueNode(m, 'type')) return; // the default http accepts every field
    for (const prop of properties(m)) {
      const name = propertyName(prop);
      const types = name ? APPLIES_TO[name] : undefined;
      if (!name || !types || types.includes(type)) continue;
      const used = types.length === 2 ? '`http` and `https` monitors' : types.map((t) => `\`${t}\``).join(', ') + ' monitors';
      report({
        id: 'monitor-field-not-for-type',
        node: prop,
        message: `\`${name}\` has no effect on monitors of type \`${type}\` (it is used by ${used}); remove it.`,
        tags: ['unnecessary'],
        fixes: () => [{ title: `Remove ${name}`, kind: 'safe', edits: compose(doc, [remove(doc, propertyPath(prop))]) }],
      });
    }
  },
};
