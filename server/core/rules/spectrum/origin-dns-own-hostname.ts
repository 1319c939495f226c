import { normalName } from '../../context/validate';
import { stringValue, valueNode } from '../../json';
import { checkedDnsOrigin } from '../../spectrum/app';
import type { Rule } from '../types';

/** An origin that is the application's own edge hostname: the traffic would come back to Cloudflare. */
export const rule: Rule = {
  name: 'origin-dns-own-hostname',
  reports: ['origin-dns-own-hostname'],
  kinds: ['spectrum-app'],
  check({ target, report }) {
    const app = target.node;
    const origin = checkedDnsOrigin(app);
    const node = origin && valueNode(origin.dns, 'name');
    const name = stringValue(node);
    const edge = stringValue(valueNode(valueNode(app, 'dns'), 'name'));
    if (!node || !name?.trim() || edge === undefined || normalName(name) !== normalName(edge)) return;
    report({
      id: 'origin-dns-own-hostname',
      node,
      // Why that fails is the catalog's cause.
      message: `\`origin_dns.name\` is \`${name}\`, the application's own hostname (\`dns.name\`).`,
    });
  },
};
