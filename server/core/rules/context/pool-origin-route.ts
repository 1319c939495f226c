import { according } from '../../context/source';
import { closestRoute, findNetwork, liveNetworks, matchRoute, networkLabel } from '../../context/network';
import { accountOf, relatedInContext } from '../../context/rule-support';
import { ORIGIN_FIELDS, origins, typed, typedString } from '../../lb/fields';
import { originIp, originVnet } from '../../lb/origins';
import { apiMessage } from '../../schema/check';
import type { Rule } from '../types';

/** 1002: a pool endpoint's virtual network must belong to the account and route the endpoint's address. */
export const rule: Rule = {
  name: 'pool-origin-route',
  reports: ['1002'],
  kinds: ['pool'],
  check(ctx) {
    const { target, report } = ctx;
    const account = accountOf(ctx);
    if (!account) return;
    for (const { node: origin } of origins(target.node)) {
      const vnet = originVnet(origin);
      if (!vnet) continue;
      const vnetNode = typed(origin, ORIGIN_FIELDS, 'virtual_network_id');
      if (liveNetworks(account) && !findNetwork(account, vnet)) {
        report({
          id: '1002',
          node: vnetNode,
          message: `Virtual network ${vnet} does not belong to the account, ${according(account)}; the API answers ${apiMessage('virtual_network_id does not belong to the account')}. Use one of ${liveNetworks(account)!.map(networkLabel).join(', ') || 'its virtual networks'}.`,
        });
        continue;
      }
      const address = typedString(origin, ORIGIN_FIELDS, 'address');
      const ip = address === undefined ? undefined : originIp(address);
      if (!account.routes || !ip || matchRoute(account, ip, vnet)) continue;
      const network = findNetwork(account, vnet);
      const near = closestRoute(account, ip, vnet);
      report({
        id: '1002',
        node: typed(origin, ORIGIN_FIELDS, 'address'),
        message:
          `No route of virtual network ${network ? networkLabel(network) : vnet} contains ${address}, ${according(account)}, so health checks and traffic cannot reach it.` +
          (near ? ` The closest route is ${near.route.network}.` : ' Add a route for it (Connect an IP/CIDR).'),
        related: near ? relatedInContext(account, `/routes/${near.index}`, `Closest route: ${near.route.network}`) : undefined,
      });
    }
  },
};
