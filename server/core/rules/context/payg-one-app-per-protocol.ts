import { according } from '../../context/source';
import { accountOf, appDnsName, fileName, inOwnZone, isSameApp, isTarget, lookUp, relatedInContext, relatedTo, thisApp } from '../../context/rule-support';
import { valueNode } from '../../json';
import type { Rule } from '../types';

/**
 * 11034: a Pay-as-you-go zone has one application per protocol. Counts the other applications of the
 * workspace and the account's existing ones; an application with the same id, or the same hostname
 * and protocol, is the same application (an update), not a second one.
 */
export const rule: Rule = {
  name: 'payg-one-app-per-protocol',
  reports: ['11034'],
  kinds: ['spectrum-app'],
  scope: 'document',
  check(ctx) {
    const account = accountOf(ctx);
    if (account?.spectrum !== 'payg') return;
    const self = thisApp(ctx);
    const node = valueNode(ctx.target.node, 'protocol');
    if (!self.protocol || !node) return;
    const sameApp = (o: { id?: string; dnsName?: string }) => (self.id && o.id ? self.id === o.id : self.dnsName !== undefined && o.dnsName === self.dnsName);

    const inWorkspace = lookUp(ctx, 'appsByProtocol', self.protocol).find((o) => !isTarget(ctx, o) && !sameApp(o));
    if (inWorkspace) {
      const where = inWorkspace.path === self.path ? 'in this file' : `in ${fileName(inWorkspace.path)}`;
      ctx.report({
        id: '11034',
        node,
        message: `Pay-as-you-go allows one application per protocol, and ${where} ${inWorkspace.dnsName ?? 'another application'} already uses ${self.protocol} (Pay-as-you-go ${according(account)}). Use another protocol, or enable Spectrum as a paid add-on.`,
        related: [relatedTo(ctx, inWorkspace, `${inWorkspace.dnsName ?? 'Application'} also uses ${self.protocol}.`)],
      });
      return;
    }
    const apps = account.spectrum_apps ?? [];
    const index = apps.findIndex((a) => inOwnZone(account, a) && a.protocol === self.protocol && !isSameApp(self, a));
    if (index < 0) return;
    const other = apps[index];
    const name = appDnsName(other) ?? other.id ?? 'another application';
    ctx.report({
      id: '11034',
      node,
      message: `Pay-as-you-go allows one application per protocol, and the existing application ${name} already uses ${self.protocol}, ${according(account)}. Use another protocol, delete ${name}, or enable Spectrum as a paid add-on.`,
      related: relatedInContext(account, `/spectrum_apps/${index}`, `${name} uses ${self.protocol}.`),
    });
  },
};
