import { compose, remove } from '../../edit';
import { lbSchema, propertyPath } from '../../lb/fields';
import { schemaVisits } from '../../schema/walk';
import { displayPath } from '../../schema/check';
import type { Rule } from '../types';

/** Fields the schema marks legacy (pool `notification_email`): still accepted, replaced by Notifications. */
export const rule: Rule = {
  name: 'lb-deprecated-field',
  reports: ['lb-deprecated-field'],
  kinds: ['monitor', 'pool', 'load-balancer'],
  check({ doc, target, report }) {
    const schema = lbSchema(target.kind);
    if (!schema) return;
    for (const { spec, prop, path } of schemaVisits(target.node, schema.fields)) {
      if (!spec.legacy || !prop) continue;
      const value = prop.children?.[1];
      const empty = !value || value.type === 'null' || (value.type === 'string' && value.value === '');
      report({
        id: 'lb-deprecated-field',
        // The key, so the finding carries the field's own pointer (a property node's is its parent's).
        node: prop.children?.[0] ?? prop,
        message: empty
          ? `\`${displayPath(path)}\` is deprecated and empty here; remove it.`
          : `\`${displayPath(path)}\` is deprecated: send pool health alerts through Cloudflare Notifications (\`load_balancing_health_alert\`) instead.`,
        tags: ['deprecated'],
        // Only an empty value is removed automatically: a set address is a notification the user still wants somewhere.
        fixes: empty ? () => [{ title: `Remove ${spec.name}`, kind: 'safe', edits: compose(doc, [remove(doc, propertyPath(prop))]) }] : undefined,
      });
    }
  },
};
