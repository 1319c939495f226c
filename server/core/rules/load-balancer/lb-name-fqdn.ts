import { stringValue, valueNode } from '../../json';
import { isFqdn } from '../../spectrum/values';
import type { Rule } from '../types';

/** A load balancer's `name` is the hostname it answers for (a wildcard `*.` first label allowed). */
export const rule: Rule = {
  name: 'lb-name-fqdn',
  reports: ['lb-name-fqdn'],
  kinds: ['load-balancer'],
  check({ target, report }) {
    const node = valueNode(target.node, 'name');
    const name = stringValue(node);
    if (name === undefined || isFqdn(name.replace(/^\*\./, ''))) return;
    report({
      id: 'lb-name-fqdn',
      node,
      message: name.includes('.')
        ? `\`${name}\` is not a valid hostname: a load balancer's \`name\` is the DNS name it answers for, such as \`lb.example.com\`.`
        : `\`${name}\` is not a fully qualified hostname: write the whole DNS name the load balancer answers for, such as \`${name || 'lb'}.example.com\`.`,
    });
  },
};
