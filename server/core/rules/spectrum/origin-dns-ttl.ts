import { compose, setValue } from '../../edit';
import { pathOf, valueNode } from '../../json';
import { checkedDnsOrigin } from '../../spectrum/app';
import type { Rule } from '../types';

/** The API's minimum for `origin_dns.ttl`, in seconds. */
const MIN_TTL = 600;

/** 11001: `origin_dns.ttl` must be a whole number of seconds, at least 600. */
export const rule: Rule = {
  name: 'origin-dns-ttl',
  reports: ['11001'],
  kinds: ['spectrum-app'],
  check({ doc, target, report }) {
    const node = valueNode(checkedDnsOrigin(target.node)?.dns, 'ttl');
    if (node?.type !== 'number') return; // other types: wrong-type rule
    const ttl = node.value as number;
    if (Number.isInteger(ttl) && ttl >= MIN_TTL) return;
    // Below the minimum: raise it; a fraction above it: round up, so it stays above the minimum.
    const fixed = ttl < MIN_TTL ? MIN_TTL : Math.ceil(ttl);
    report({
      id: '11001',
      node,
      message:
        ttl < MIN_TTL
          ? `\`origin_dns.ttl\` ${ttl} is below the minimum of ${MIN_TTL} seconds: use ${MIN_TTL} or more.`
          : `\`origin_dns.ttl\` ${ttl} is not a whole number of seconds: use ${fixed}.`,
      fixes: !Number.isFinite(fixed) ? undefined : () => [{ title: `Set ttl to ${fixed}`, kind: 'safe', edits: compose(doc, [setValue(doc, pathOf(node), fixed)]) }],
    });
  },
};
