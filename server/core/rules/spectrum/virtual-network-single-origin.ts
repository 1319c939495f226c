import { compose, remove } from '../../edit';
import type { Fix } from '../../findings';
import { elements, pathOf, propertyNode, stringValue } from '../../json';
import { appVirtualNetworkId } from '../../spectrum/app';
import type { Rule } from '../types';

/** 11042: with `virtual_network_id`, `origin_direct` holds exactly one address. */
export const rule: Rule = {
  name: 'virtual-network-single-origin',
  reports: ['11042'],
  kinds: ['spectrum-app'],
  check({ doc, target, report }) {
    const app = target.node;
    const prop = propertyNode(app, 'origin_direct');
    const items = elements(prop?.children?.[1]);
    if (items.length < 2 || appVirtualNetworkId(app) === undefined) return;
    const vnet = propertyNode(app, 'virtual_network_id')!;
    report({
      id: '11042',
      node: prop,
      message: `\`origin_direct\` has ${items.length} addresses, but a virtual network origin is a single address: keep one.`,
      related: [{ message: 'The virtual network is set here.', range: doc.rangeOf(vnet.offset, vnet.length) }],
      fixes: () => {
        const path = pathOf(prop!.children![1]);
        const seen = new Set<string>();
        const fixes: Fix[] = [];
        items.forEach((item, keep) => {
          const text = stringValue(item);
          if (text === undefined || seen.has(text)) return;
          seen.add(text);
          // Remove from the end, so the indexes of the elements still to remove stay valid.
          const others = items.map((_, i) => i).filter((i) => i !== keep).reverse();
          fixes.push({ title: `Keep only ${text}`, kind: 'choice', edits: compose(doc, others.map((i) => remove(doc, [...path, i]))) });
        });
        return fixes;
      },
    });
  },
};
