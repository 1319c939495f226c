import { compose, remove, setValue } from '../../edit';
import type { Fix } from '../../findings';
import { elements, pathOf, propertyNode, valueNode } from '../../json';
import { appProtocol, appVirtualNetworkId, directEntries, originFits, originPortSpec } from '../../spectrum/app';
import { formatPortSpec } from '../../spectrum/values';
import type { Rule } from '../types';

/**
 * `origin_port` belongs to `origin_dns`; next to `origin_direct` the port is part of each address.
 * Removing it is safe only when every address already carries a port; addresses without one can
 * take it over instead.
 */
export const rule: Rule = {
  name: 'origin-port-without-origin-dns',
  reports: ['origin-port-without-origin-dns'],
  kinds: ['spectrum-app'],
  check({ doc, target, report }) {
    const app = target.node;
    const prop = propertyNode(app, 'origin_port');
    // Without an address in origin_direct (no origin at all, an empty list, or origin_dns too) 11000 has the app.
    if (!prop || elements(valueNode(app, 'origin_direct')).length === 0 || propertyNode(app, 'origin_dns')) return;
    const path = pathOf(app);
    report({
      id: 'origin-port-without-origin-dns',
      node: prop,
      tags: ['unnecessary'],
      message: '`origin_port` is only read with `origin_dns`; with `origin_direct` each address carries its own port, so remove it.',
      fixes: () => {
        const items = elements(propertyNode(app, 'origin_direct')?.children?.[1]);
        const entries = directEntries(app);
        const allPorted = entries.length === items.length && entries.every((e) => e.parsed.ok);
        const removeIt = (kind: Fix['kind']): Fix => ({ title: 'Remove origin_port', kind, edits: compose(doc, [remove(doc, [...path, 'origin_port'])]) });
        if (allPorted) return [removeIt('safe')];
        const spec = originPortSpec(prop.children?.[1]);
        const portless = entries.filter((e) => !e.parsed.ok && e.parsed.problem.kind === 'missing-port');
        const others = entries.filter((e) => !portless.includes(e));
        const movable =
          spec && portless.length > 0 && entries.length === items.length && others.every((e) => e.parsed.ok) && portless.every((e) => originFits(`${e.text}:${formatPortSpec(spec)}`, appProtocol(app), appVirtualNetworkId(app) !== undefined));
        if (!movable) return [removeIt('choice')];
        const port = formatPortSpec(spec);
        return [
          {
            title: `Move port ${port} into ${portless.length === 1 ? `${portless[0].text}` : 'the addresses without a port'}`,
            kind: 'safe',
            edits: compose(doc, [
              ...portless.map((e) => setValue(doc, pathOf(e.node), `${e.text}:${port}`)),
              remove(doc, [...path, 'origin_port']),
            ]),
          },
          removeIt('choice'),
        ];
      },
    });
  },
};
