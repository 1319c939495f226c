import type { Node } from 'jsonc-parser';
import { appsUsingLoadBalancer, relatedToApp, someRelated } from '../../context/rule-support';
import { compose, replaceNode } from '../../edit';
import { booleanValue, elements, propertyNode, stringValue, valueNode } from '../../json';
import type { Rule } from '../types';

/**
 * A load balancer that is the origin of a Spectrum application: Spectrum supports neither session
 * affinity, nor failover across pools, nor custom rules (Cloudflare's Spectrum load balancing limits).
 */
export const rule: Rule = {
  name: 'lb-spectrum-unsupported',
  reports: ['lb-spectrum-unsupported'],
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
    if (!unsupported.length) return;
    const apps = appsUsingLoadBalancer(ctx, stringValue(valueNode(lb, 'name')));
    if (!apps.length) return;
    const { related } = someRelated(apps, (a) => relatedToApp(ctx, a, `Spectrum application${a.dnsName ? ` ${a.dnsName}` : ''} uses this load balancer as its origin`));
    const names = apps.slice(0, 3).map((a) => a.dnsName ?? 'without a hostname');
    const user = apps.length === 1 ? `the Spectrum application ${names[0]}` : `${apps.length} Spectrum applications (${names.join(', ')}${apps.length > 3 ? ', ...' : ''})`;
    for (const { node, what, off } of unsupported) {
      ctx.report({
        id: 'lb-spectrum-unsupported',
        node,
        // What that means for the traffic, and what to do instead, are the catalog's cause and resolution.
        message: `This load balancer is the origin of ${user}, and Spectrum does not support ${what}.`,
        related,
        fixes: off && (() => [{ title: off.title, kind: 'choice', edits: compose(ctx.doc, [replaceNode(ctx.doc, node, off.value)]) }]),
      });
    }
  },
};
