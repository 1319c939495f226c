import ipaddr from 'ipaddr.js';
import type { Node } from 'jsonc-parser';
import { ORIGIN_FIELDS, typed, typedString } from './fields';
import { ipKind, isUuid, parseIPAs } from '../spectrum/values';

/** The IP of an origin `address` written as an IP literal (a bracketed IPv6 too); undefined for hostnames. */
export function originIp(address: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  const text = address.trim().replace(/^\[(.*)\]$/, '$1');
  const kind = ipKind(text);
  return kind && parseIPAs(kind, text);
}

/**
 * What makes two origins the same endpoint: address (IPs compared by value, hostnames
 * case-insensitively), port (absent = 0) and virtual network. Undefined while the address is missing.
 */
export function endpointKey(o: Node): string | undefined {
  const address = typedString(o, ORIGIN_FIELDS, 'address');
  if (address === undefined || address.trim() === '') return undefined;
  const ip = originIp(address);
  const host = ip ? ip.toNormalizedString() : address.trim().toLowerCase().replace(/\.$/, '');
  const portNode = typed(o, ORIGIN_FIELDS, 'port');
  const port = portNode?.type === 'number' ? portNode.value : 0;
  const vnet = typedString(o, ORIGIN_FIELDS, 'virtual_network_id')?.toLowerCase() ?? '';
  return `${host}|${port}|${vnet}`;
}

/** The origin's virtual network when it is a valid UUID. */
export function originVnet(o: Node): string | undefined {
  const v = typedString(o, ORIGIN_FIELDS, 'virtual_network_id');
  return v !== undefined && isUuid(v) ? v : undefined;
}
