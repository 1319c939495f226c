import { compose, remove } from '../../edit';
import { pathOf, propertyNode } from '../../json';
import { SPECTRUM_APP_SCHEMA } from '../../schema/spectrum-app';
import type { Rule } from '../types';

/** Fields Cloudflare sets (`id`, `created_on`, `modified_on`) do not belong in a request body; API responses carry them. */
export const rule: Rule = {
  name: 'read-only-field',
  reports: ['read-only-field'],
  kinds: ['spectrum-app'],
  check({ doc, target, report }) {
    const app = target.node;
    for (const spec of SPECTRUM_APP_SCHEMA.fields) {
      if (!spec.readOnly) continue;
      const prop = propertyNode(app, spec.name);
      if (!prop) continue;
      report({
        id: 'read-only-field',
        node: prop.children![0],
        message: `\`${spec.name}\` is set by Cloudflare and ignored in a request body (Pay-as-you-go applications are rejected with 10012); remove it.`,
        tags: ['unnecessary'],
        fixes: () => [{ title: `Remove ${spec.name}`, kind: 'safe', edits: compose(doc, [remove(doc, [...pathOf(app), spec.name])]) }],
      });
    }
  },
};
