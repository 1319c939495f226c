import { appsUsingLoadBalancer, relatedToApp, someRelated } from '../../context/rule-support';
import { normalName } from '../../context/validate';
import { stringValue, valueNode } from '../../json';
import type { Rule } from '../types';

/**
 * A Terraform load balancer whose hostname is that of an application of its module that references it
 * as its origin: the traffic would come back to the application. An application that names the load
 * balancer by hostname has the hostname in its own text, where `origin-dns-own-hostname` says it.
 */
export const rule: Rule = {
  name: 'lb-own-hostname',
  reports: ['origin-dns-own-hostname'],
  kinds: ['load-balancer'],
  scope: 'document',
  check(ctx) {
    if (!ctx.doc.terraform) return;
    const node = valueNode(ctx.target.node, 'name');
    const name = stringValue(node);
    if (!node || !name?.trim()) return;
    // Without a hostname, only the applications that reference the resource.
    const own = appsUsingLoadBalancer(ctx, undefined).filter((a) => a.dnsName === normalName(name));
    if (!own.length) return;
    const { related } = someRelated(own, (a) => relatedToApp(ctx, a, `Spectrum application ${a.dnsName}`));
    ctx.report({
      id: 'origin-dns-own-hostname',
      node,
      message: `This load balancer is the origin of the Spectrum application ${own[0].dnsName}${own.length > 1 ? ` (and ${own.length - 1} more)` : ''} and has the same hostname.`,
      related,
    });
  },
};
