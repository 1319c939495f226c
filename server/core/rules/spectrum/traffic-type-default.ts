import { anchorOf, propertyName, propertyNode } from '../../json';
import { SPECTRUM_APP_SCHEMA } from '../../schema/spectrum-app';
import type { Rule } from '../types';

/** Fields a Pay-as-you-go application may have (plus the read-only ones of a response): not a full configuration. */
const PAYGO = new Set(['protocol', 'dns', 'origin_direct', ...SPECTRUM_APP_SCHEMA.fields.filter((f) => f.readOnly).map((f) => f.name)]);

/** A full configuration without `traffic_type` silently gets `"direct"`; say so, once, as a hint. */
export const rule: Rule = {
  name: 'traffic-type-default',
  reports: ['traffic-type-default'],
  kinds: ['spectrum-app'],
  check({ target, report }) {
    const app = target.node;
    if (propertyNode(app, 'traffic_type')) return;
    const full = (app.children ?? []).some((p) => {
      const name = propertyName(p);
      return name !== undefined && !PAYGO.has(name);
    });
    if (!full) return;
    const holder = app.parent?.type === 'property' ? app.parent.children?.[0] : undefined;
    const at = anchorOf(app);
    report({
      id: 'traffic-type-default',
      ...(holder ? { node: holder } : { offset: at.offset, length: at.length }),
      message: 'No `traffic_type`: the API uses `"direct"` (TCP/UDP pass-through). Set it explicitly, to `"http"` or `"https"` when the application carries web traffic.',
    });
  },
};
