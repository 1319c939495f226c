import { according } from '../../context/source';
import { accountOf, appDnsName, appsNamed, fileName, inOwnZone, relatedInContext, relatedToApp, sameId, someRelated, thisApp } from '../../context/rule-support';
import { parseProtocol } from '../../spectrum/values';
import { clashText, portsOverlap } from '../../workspace/summarize';
import { valueNode } from '../../json';
import type { Rule } from '../types';

/** Two applications with the same hostname on overlapping ports of one transport, across the workspace and the account. */
export const rule: Rule = {
  name: 'duplicate-hostname',
  reports: ['duplicate-hostname'],
  kinds: ['spectrum-app'],
  scope: 'document',
  check(ctx) {
    const self = thisApp(ctx);
    const node = valueNode(valueNode(ctx.target.node, 'dns'), 'name');
    if (!self.dnsName || !self.protocol || !node) return;
    const isSelf = (o: typeof self) => o.path === self.path && o.pointer === self.pointer;
    const clashes = appsNamed(ctx, self.dnsName).filter((o) => !isSelf(o) && portsOverlap(self, o) && !sameId(self, o));
    if (clashes.length) {
      const first = clashes[0];
      const where = first.path === self.path ? 'in this file' : `in ${fileName(first.path)}`;
      const { related, more } = someRelated(clashes, (o) => relatedToApp(ctx, o, `${o.dnsName} on ${o.protocol}`));
      ctx.report({
        id: 'duplicate-hostname',
        node,
        message: `Another application ${where}${more} also uses ${self.dnsName} ${clashText(first.protocol, self.protocol)}. Use another hostname or ports the other application does not use.`,
        related,
      });
      return;
    }
    const account = accountOf(ctx);
    const apps = account?.spectrum_apps ?? [];
    const index = apps.findIndex((a) => {
      if (!account || !inOwnZone(account, a) || appDnsName(a) !== self.dnsName || typeof a.protocol !== 'string') return false;
      if (self.id && a.id === self.id) return false;
      if (a.protocol === self.protocol) return false; // the same application, being updated
      const p = parseProtocol(a.protocol);
      return p.ok && portsOverlap(self, p);
    });
    if (index < 0 || !account) return;
    const other = apps[index];
    ctx.report({
      id: 'duplicate-hostname',
      node,
      message: `The existing application ${other.id ?? ''} on ${other.protocol} already uses ${self.dnsName} on ports that overlap ${self.protocol}, ${according(account)}. Use another hostname or other ports.`.replace('application  on', 'application on'),
      related: relatedInContext(account, `/spectrum_apps/${index}`, `${self.dnsName} on ${other.protocol}`),
    });
  },
};
