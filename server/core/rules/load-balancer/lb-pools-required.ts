import { elements, propertyNode, valueNode } from '../../json';
import type { Rule } from '../types';

/** `default_pools` (one pool id or more) and `fallback_pool` are required. */
export const rule: Rule = {
  name: 'lb-pools-required',
  reports: ['lb-pools-required'],
  kinds: ['load-balancer'],
  check({ target, report }) {
    const lb = target.node;
    const defaults = valueNode(lb, 'default_pools');
    if (!propertyNode(lb, 'default_pools')) {
      report({ id: 'lb-pools-required', node: lb.parent?.type === 'property' ? lb.parent : lb, message: 'The load balancer has no `default_pools`: add the ids of the pools it sends traffic to.' });
    } else if (defaults?.type === 'array' && elements(defaults).length === 0) {
      report({ id: 'lb-pools-required', node: defaults, message: '`default_pools` is empty: add at least one pool id.' });
    }
    if (!propertyNode(lb, 'fallback_pool')) {
      report({ id: 'lb-pools-required', node: lb.parent?.type === 'property' ? lb.parent : lb, message: 'The load balancer has no `fallback_pool`: add the id of the pool used when every other pool is unhealthy.' });
    }
  },
};
