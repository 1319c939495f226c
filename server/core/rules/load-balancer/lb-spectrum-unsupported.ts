import type { Node } from 'jsonc-parser';
import { appsUsingLoadBalancer, relatedTo, someRelated } from '../../context/rule-support';
import { normalName } from '../../context/validate';
import { compose, replaceNode } from '../../edit';
import { booleanValue, elements, propertyNode, stringValue, valueNode } from '../../json';
import type { Rule } from '../types';

/**
 * A load balancer that is the origin of a Spectrum application: Spectrum supports neither session
 * affinity, nor failover across pools, nor custom rules (Cloudflare's Spectrum load balancing limits),
 * and the load balancer needs a hostname other than the application's.
 */
export const rule: Rule = {
  name: 'lb-spectrum-unsupported',
  reports: ['lb-spectrum-unsupported', 'origin-dns-own-hostname'],
  kinds: ['load-balancer'],
  scope: 'document',
  check(ctx) {
    const lb = ctx.target.node;
    // A fix turns a feature off; a choice, as the load balancer may serve HTTP clients of its own too.
    const unsupported: Array<{ node: Node; what: string; off?: { title: string; value: string | boolean } }> = [];
    const affinity = valueNode(lb, 'session_affinity');
    const mode = stringValue(affinity);
    if (affinity && mode !== undefined && mode !== 'none' && mode !== '') unsupported.push({ node: affinity, what: `session affinity (\`session_affinity\` "${mode}")`, off: { title: 'Set session_affinity to "none"', value: 'none' } });
    const failover = valueNode(valueNode(lb, 'adaptive_routing'), 'failover_across_pools');
    if (failover && booleanValue(failover) === true) unsupported.push({ node: failover, what: 'failover across pools (`adaptive_routing.failover_across_pools`)', off: { title: 'Set failover_across_pools to false', value: false } });
    const rules = propertyNode(lb, 'rules');
    if (rules && elements(rules.children?.[1]).length > 0) unsupported.push({ node: rules.children![0], what: 'custom rules (`rules`)' });
    const nameNode = valueNode(lb, 'name');
    const name = stringValue(nameNode);
    // Without a feature to report, only a Terraform reference can still say something (below).
    if (!unsupported.length && !ctx.doc.terraform) return;
    const apps = appsUsingLoadBalancer(ctx, name);
    if (!apps.length) return;
    // An app that names this load balancer by its hostname and has that hostname itself is
    // origin-dns-own-hostname's on the app; through a Terraform reference only this side sees it.
    const own = name?.trim() ? apps.filter((a) => a.originLbRef && a.dnsName === normalName(name)) : [];
    if (nameNode && own.length) {
      ctx.report({
        id: 'origin-dns-own-hostname',
        node: nameNode,
        message: `This load balancer is the origin of the Spectrum application ${own[0].dnsName}${own.length > 1 ? ` (and ${own.length - 1} more)` : ''} and has the same hostname: the application's traffic would come back to the application instead of reaching the load balancer. Give the load balancer a hostname of its own.`,
        related: own.slice(0, 5).map((a) => relatedTo(ctx, a.dnsRange ? { path: a.path, range: a.dnsRange } : a, `Spectrum application ${a.dnsName}`)),
      });
    }
    const { related } = someRelated(apps, (a) => relatedTo(ctx, a.dnsRange ? { path: a.path, range: a.dnsRange } : a, `Spectrum application${a.dnsName ? ` ${a.dnsName}` : ''} uses this load balancer as its origin`));
    const names = apps.slice(0, 3).map((a) => a.dnsName ?? 'without a hostname');
    const user = apps.length === 1 ? `the Spectrum application ${names[0]}` : `${apps.length} Spectrum applications (${names.join(', ')}${apps.length > 3 ? ', ...' : ''})`;
    for (const { node, what, off } of unsupported) {
      ctx.report({
        id: 'lb-spectrum-unsupported',
        node,
        message: `This load balancer is the origin of ${user}, and Spectrum does not support ${what}: it does not apply to that traffic. Turn it off, or give the Spectrum application a load balancer of its own.`,
        related,
        fixes: off && (() => [{ title: off.title, kind: 'choice', edits: compose(ctx.doc, [replaceNode(ctx.doc, node, off.value)]) }]),
      });
    }
  },
};
