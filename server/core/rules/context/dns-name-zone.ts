import { according } from '../../context/source';
import { accountOf, appDnsName, appZoneLabel, inOwnZone, relatedInContext } from '../../context/rule-support';
import { normalName } from '../../context/validate';
import { inZone, zoneLabel, zoneOfName } from '../../context/zones';
import { stringValue, valueNode } from '../../json';
import { isFqdn } from '../../spectrum/values';
import type { Rule } from '../types';

/** 16001: `dns.name` outside the zone, or already used by an application of another zone. */
export const rule: Rule = {
  name: 'dns-name-zone',
  reports: ['16001'],
  kinds: ['spectrum-app'],
  check(ctx) {
    const account = accountOf(ctx);
    if (!account) return;
    const node = valueNode(valueNode(ctx.target.node, 'dns'), 'name');
    const name = stringValue(node);
    if (!node || name === undefined || !isFqdn(name)) return; // dns-name-invalid reports those
    const zone = account.zone;
    if (zone?.name) {
      const owner = zoneOfName(account, name);
      if (!inZone(name, zone.name) || (owner && owner !== zone)) {
        const elsewhere = owner && owner !== zone ? ` It belongs to zone ${zoneLabel(owner)} of the account; create the application there.` : ` Use a name under ${zone.name}.`;
        ctx.report({
          id: '16001',
          node,
          message: `${name} is not in zone ${zone.name}, the zone of these applications, ${according(account)}.${elsewhere}`,
        });
        return;
      }
    }
    const apps = account.spectrum_apps ?? [];
    const wanted = normalName(name);
    const index = apps.findIndex((a) => !inOwnZone(account, a) && appDnsName(a) === wanted);
    if (index < 0) return;
    const other = apps[index];
    const where = appZoneLabel(other, account);
    ctx.report({
      id: '16001',
      node,
      message: `${name} is already the hostname of an application in zone ${where}, ${according(account)}. Use another name, or delete that application first.`,
      related: relatedInContext(account, `/spectrum_apps/${index}`, `Application ${name} in zone ${where}`),
    });
  },
};
