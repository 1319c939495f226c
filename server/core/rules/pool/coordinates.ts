import { propertyNode } from '../../json';
import type { Rule } from '../types';

/** `latitude` and `longitude` come together. */
export const rule: Rule = {
  name: 'coordinates',
  reports: ['pool-coordinates'],
  kinds: ['pool'],
  check({ target, report }) {
    const lat = propertyNode(target.node, 'latitude');
    const lon = propertyNode(target.node, 'longitude');
    if (!lat === !lon) return;
    const [has, missing] = lat ? ['latitude', 'longitude'] : ['longitude', 'latitude'];
    report({
      id: 'pool-coordinates',
      node: (lat ?? lon)!,
      message: `The pool has \`${has}\` but no \`${missing}\`; proximity steering needs both, so add \`${missing}\` or remove \`${has}\`.`,
    });
  },
};
