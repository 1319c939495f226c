import type { Node } from 'jsonc-parser';
import type { AccountContext } from '../context/types';
import { liveNetworks, networksRouting, parseIp } from '../context/network';
import type { JsonDocument } from '../document';
import { compose, replaceNode } from '../edit';
import type { Fix } from '../findings';
import { elements, stringValue, valueNode } from '../json';
import { parseOrigin } from './values';

/** The origin IP of an application's single `origin_direct` entry, when it parses. */
export function singleOriginIp(app: Node) {
  const items = elements(valueNode(app, 'origin_direct'));
  if (items.length !== 1) return undefined;
  const o = parseOrigin(stringValue(items[0]) ?? '');
  return o.ok ? { ip: parseIp(o.host) ?? o.ip, node: items[0], host: o.host } : undefined;
}

/**
 * One fix per virtual network of the account, named by its name, that replaces `virtual_network_id`.
 * When the origin IP is known and routes are known, only networks with a route to it are offered,
 * so every fix also satisfies 11044. Used by 11045 (malformed id) and 11044 (unknown network).
 */
export function virtualNetworkFixes(doc: JsonDocument, app: Node, idNode: Node, account: AccountContext | undefined): Fix[] {
  if (!account) return [];
  const networks = liveNetworks(account);
  if (!networks?.length) return [];
  const origin = singleOriginIp(app);
  const candidates =
    origin && account.routes
      ? networksRouting(account, origin.ip).map((r) => ({ network: r.network, via: r.match.route.network }))
      : networks.map((network) => ({ network, via: undefined as string | undefined }));
  return candidates.map(({ network, via }) => ({
    title: `Use virtual network ${network.name ? `"${network.name}"` : network.id}${via ? ` (route ${via})` : ''}`,
    kind: 'choice' as const,
    edits: compose(doc, [replaceNode(doc, idNode, network.id)]),
  }));
}
