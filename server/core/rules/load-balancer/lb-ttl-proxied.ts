import { compose, remove } from '../../edit';
import { booleanValue, pathOf, propertyNode, valueNode } from '../../json';
import type { Rule } from '../types';

/** A proxied load balancer answers with an automatic TTL: its `ttl` is ignored. */
export const rule: Rule = {
  name: 'lb-ttl-proxied',
  reports: ['lb-ttl-proxied'],
  kinds: ['load-balancer'],
  check({ doc, target, report }) {
    const lb = target.node;
    const ttl = propertyNode(lb, 'ttl');
    if (!ttl || booleanValue(valueNode(lb, 'proxied')) !== true) return;
    report({
      id: 'lb-ttl-proxied',
      node: ttl,
      tags: ['unnecessary'],
      message: 'The load balancer is proxied, so Cloudflare answers with its own addresses and an automatic TTL: `ttl` has no effect. Remove it, or set `proxied` to `false` for a DNS-only load balancer.',
      fixes: () => [{ title: 'Remove ttl', kind: 'safe', edits: compose(doc, [remove(doc, [...pathOf(lb), 'ttl'])]) }],
    });
  },
};
