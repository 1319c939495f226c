import { according } from '../../context/source';
import { accountOf } from '../../context/rule-support';
import { inZone, zoneLabel, zoneOfName } from '../../context/zones';
import { stringValue, valueNode } from '../../json';
import { isHostname } from '../../spectrum/values';
import type { Rule } from '../types';

/** 11050: `origin_dns.name` must be a record (or load balancer) of the application's own zone. */
export const rule: Rule = {
  name: 'origin-dns-zone',
  reports: ['11050'],
  kinds: ['spectrum-app'],
  check(ctx) {
    const account = accountOf(ctx);
    const zone = account?.zone?.name;
    if (!account || !zone) return;
    const node = valueNode(valueNode(ctx.target.node, 'origin_dns'), 'name');
    const name = stringValue(node);
    if (!node || name === undefined || !isHostname(name)) return; // 11001 reports invalid names
    const owner = zoneOfName(account, name);
    if (inZone(name, zone) && (!owner || owner === account.zone)) return;
    const where =
      owner && owner !== account.zone
        ? `belongs to zone ${zoneLabel(owner)} of the account, not to ${zone}`
        : `is outside zone ${zone}`;
    ctx.report({
      id: '11050',
      node,
      message: `The origin ${name} ${where}, ${according(account)}; the origin DNS record or load balancer must be in the application's zone. Create the record under ${zone}, or use \`origin_direct\` with the origin IP.`,
    });
  },
};
