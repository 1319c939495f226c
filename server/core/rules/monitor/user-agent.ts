import { compose, remove } from '../../edit';
import { propertyName, properties, valueNode } from '../../json';
import { isHttpType, monitorType, propertyPath } from '../../lb/fields';
import type { Rule } from '../types';

/** `User-Agent` in `header`: health checks always send Cloudflare's own, so the setting is ignored. */
export const rule: Rule = {
  name: 'user-agent',
  reports: ['monitor-user-agent'],
  kinds: ['monitor'],
  check({ doc, target, report }) {
    // On other types the whole `header` is reported as having no effect.
    const type = monitorType(target.node);
    if (type && !isHttpType(type)) return;
    const header = valueNode(target.node, 'header');
    if (header?.type !== 'object') return;
    for (const prop of properties(header)) {
      const name = propertyName(prop);
      if (name?.toLowerCase() !== 'user-agent') continue;
      report({
        id: 'monitor-user-agent',
        node: prop,
        message: `Health checks always send Cloudflare's own \`User-Agent\`, so this \`${name}\` header is ignored; remove it.`,
        tags: ['unnecessary'],
        fixes: () => [{ title: `Remove the ${name} header`, kind: 'safe', edits: compose(doc, [remove(doc, propertyPath(prop))]) }],
      });
    }
  },
};
