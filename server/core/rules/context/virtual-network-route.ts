import { according } from '../../context/source';
import { closestRoute, findNetwork, liveNetworks, matchRoute, networkLabel } from '../../context/network';
import { accountOf, relatedInContext } from '../../context/rule-support';
import { stringValue, valueNode } from '../../json';
import { isUuid } from '../../spectrum/values';
import { singleOriginIp, virtualNetworkFixes } from '../../spectrum/virtual-network-fixes';
import type { Rule } from '../types';

/** 11044: the virtual network must exist and have a route (longest prefix match) containing the origin IP. */
export const rule: Rule = {
  name: 'virtual-network-route',
  reports: ['11044'],
  kinds: ['spectrum-app'],
  check(ctx) {
    const account = accountOf(ctx);
    if (!account) return;
    const { doc, target, report } = ctx;
    const app = target.node;
    const idNode = valueNode(app, 'virtual_network_id');
    const id = stringValue(idNode);
    if (!idNode || id === undefined || !isUuid(id)) return; // 11045 reports a malformed id
    const source = according(account);

    if (liveNetworks(account) !== undefined) {
      const network = findNetwork(account, id);
      if (!network) {
        const names = liveNetworks(account)!.map(networkLabel);
        report({
          id: '11044',
          node: idNode,
          message:
            `Virtual network ${id} does not exist in the account, ${source}. ` +
            (names.length ? `Use the id of one of its virtual networks: ${names.join(', ')}.` : 'The account has no virtual networks; create one first.'),
          fixes: () => virtualNetworkFixes(doc, app, idNode, account),
        });
        return;
      }
    }
    if (!account.routes) return;
    const origin = singleOriginIp(app);
    if (!origin) return; // 11041 / 11042 / 11002 report origins that are not one valid address
    if (matchRoute(account, origin.ip, id)) return;

    const network = findNetwork(account, id);
    const label = network ? `virtual network ${networkLabel(network)}` : `virtual network ${id}`;
    const near = closestRoute(account, origin.ip, id);
    const hint = near
      ? `The closest route of ${label} is ${near.route.network}${near.route.tunnel_name ? ` (tunnel "${near.route.tunnel_name}")` : ''}; route ${origin.host} through a tunnel or use an origin inside a route.`
      : `${label[0].toUpperCase()}${label.slice(1)} has no route for this address family; add a route for ${origin.host} (Connect an IP/CIDR).`;
    report({
      id: '11044',
      node: origin.node,
      message: `No route of ${label} contains ${origin.host}, ${source}. ${hint}`,
      related: near ? relatedInContext(account, `/routes/${near.index}`, `Closest route: ${near.route.network}`) : undefined,
      fixes: () => virtualNetworkFixes(doc, app, idNode, account),
    });
  },
};
