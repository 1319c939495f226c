import { compose, setValue } from '../../edit';
import { pathOf, valueNode } from '../../json';
import { boolField, enumValue } from '../../spectrum/fields';
import type { Rule } from '../types';

/** `argo_smart_routing` works only with `traffic_type` `"direct"`. */
export const rule: Rule = {
  name: 'argo-traffic-type',
  reports: ['argo-traffic-type'],
  kinds: ['spectrum-app'],
  check({ doc, target, report }) {
    const app = target.node;
    const traffic = enumValue(app, ['traffic_type']);
    if (boolField(app, ['argo_smart_routing']) !== true || (traffic !== 'http' && traffic !== 'https')) return;
    const argo = valueNode(app, 'argo_smart_routing')!;
    const type = valueNode(app, 'traffic_type')!;
    report({
      id: 'argo-traffic-type',
      node: argo,
      message: `Argo Smart Routing works only with \`traffic_type\` \`"direct"\`, not \`"${traffic}"\`; turn it off, or make the application direct.`,
      related: [{ message: `\`traffic_type\` is "${traffic}" here.`, range: doc.rangeOf(type.offset, type.length) }],
      fixes: () => [
        { title: 'Write false (turn Argo Smart Routing off)', kind: 'choice', edits: compose(doc, [setValue(doc, pathOf(argo), false)]) },
        { title: 'Set traffic_type to "direct"', kind: 'choice', edits: compose(doc, [setValue(doc, pathOf(type), 'direct')]) },
      ],
    });
  },
};
