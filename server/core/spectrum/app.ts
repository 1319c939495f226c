import type { Node } from 'jsonc-parser';
import type { FixEnv } from '../findings';
import { elements, propertyNode, stringValue, valueNode } from '../json';
import { objectFact } from '../object-fact';
import { formatPortSpec, isHostname, isIP, isPort, parseOrigin, portCount, parsePortSpec, parseProtocol, type OriginParse, type PortSpec, type Protocol } from './values';

/** The parsed `protocol` of an app, or undefined when it is missing or invalid (another rule reports that). */
export const appProtocol = objectFact((app): Protocol | undefined => {
  const text = stringValue(valueNode(app, 'protocol'));
  if (text === undefined) return undefined;
  const p = parseProtocol(text);
  return p.ok ? p : undefined;
});

/** The port part of `protocol` as written (`22` or `1000-2000`), for building origins that match it. */
export function protocolPortText(p: Protocol): string {
  return p.isRange ? `${p.start}-${p.end}` : String(p.start);
}

/** Placeholder for an IP the user must still fill in; `origin_direct` validation flags it until edited. */
export const PLACEHOLDER_IP = '<origin-ip>';

/** `virtual_network_id` when it is set: a non-empty string. An empty string counts as unset, as the API's `omitempty` does. */
export const appVirtualNetworkId = objectFact((app): string | undefined => {
  const id = stringValue(valueNode(app, 'virtual_network_id'));
  return id === undefined || id === '' ? undefined : id;
});

/**
 * Whether the app names a virtual network at all: `virtual_network_id` present with any value but
 * `""`. A wrong-typed id (`null` included, which the wrong-type rule reports) still shows the
 * intent, so checks that a virtual network would silence stay quiet: one problem, one diagnostic.
 */
export function hasVirtualNetwork(app: Node): boolean {
  const node = valueNode(app, 'virtual_network_id');
  return node !== undefined && !(node.type === 'string' && node.value === '');
}

/**
 * Whether `origin_dns` is bound to be replaced: a virtual network with `origin_dns` (and no
 * `origin_direct`) is 11041, whose fix swaps `origin_dns` and `origin_port` for `origin_direct`.
 * Findings inside those two fields would be a cascade of that one problem, so their rules stay quiet.
 */
export function dnsOriginReplaced(app: Node): boolean {
  return appVirtualNetworkId(app) !== undefined && valueNode(app, 'origin_dns') !== undefined && valueNode(app, 'origin_direct') === undefined;
}

/**
 * The `origin_dns` property and its object value, for the rules that check inside it; undefined when
 * absent, not an object (the wrong-type rule's), or replaced by the 11041 fix.
 */
export function checkedDnsOrigin(app: Node): { prop: Node; dns: Node } | undefined {
  const prop = propertyNode(app, 'origin_dns');
  const dns = prop?.children?.[1];
  if (!prop || dns?.type !== 'object' || dnsOriginReplaced(app)) return undefined;
  return { prop, dns };
}

/** One string entry of `origin_direct`, parsed. Entries of other types are the wrong-type rule's. */
export interface DirectEntry {
  node: Node;
  index: number;
  text: string;
  parsed: OriginParse;
}

/** The string entries of `origin_direct` (empty when it is absent or not an array). */
export const directEntries = objectFact((app): readonly DirectEntry[] => {
  const out: DirectEntry[] = [];
  elements(valueNode(app, 'origin_direct')).forEach((node, index) => {
    const text = stringValue(node);
    if (text !== undefined) out.push({ node, index, text, parsed: parseOrigin(text) });
  });
  return out;
});

/**
 * The port spec of an `origin_port` value: an integer 1-65535, or a string `"22"` / `"1000-2000"`.
 * Undefined when absent or invalid (another rule reports an invalid value).
 */
export function originPortSpec(node: Node | undefined): PortSpec | undefined {
  if (node?.type === 'number') {
    const n = node.value as number;
    return Number.isInteger(n) && isPort(n) ? { start: n, end: n, isRange: false } : undefined;
  }
  const text = stringValue(node);
  if (text === undefined) return undefined;
  const p = parsePortSpec(text);
  return p.ok ? p : undefined;
}

/** `origin_dns.type` values that resolve addresses only (absent means `""`), so the port must come from `origin_port`. */
const ADDRESS_ONLY_TYPES = new Set(['', 'A', 'AAAA']);

/** The `origin_dns.type` of a DNS origin when it needs `origin_port`; undefined for SRV or an invalid type. */
export function portlessDnsType(dns: Node): string | undefined {
  const typeNode = valueNode(dns, 'type');
  const type = typeNode === undefined ? '' : stringValue(typeNode);
  return type !== undefined && ADDRESS_ONLY_TYPES.has(type) ? type : undefined;
}

/** The value to write into `origin_port` for a port spec: a number for one port, a string for a range. */
export function originPortValue(p: PortSpec): number | string {
  return p.isRange ? formatPortSpec(p) : p.start;
}

/**
 * The port an origin taken out of `origin_dns` should carry: `origin_port` when valid, else the
 * protocol's ports. With `single`, a range shrinks to its first port (virtual networks take no ranges).
 */
export function dnsOriginPort(app: Node, protocol: Protocol | undefined, single: boolean): string | undefined {
  const spec = originPortSpec(valueNode(app, 'origin_port')) ?? protocol;
  if (!spec) return undefined;
  return single ? String(spec.start) : formatPortSpec(spec);
}

/** The IP addresses a hostname resolves to through the injected resolver, deduplicated; none without one or when it fails. */
export async function resolveAll(host: string, env: FixEnv): Promise<string[]> {
  if (!env.resolve) return [];
  try {
    const found = await env.resolve(host);
    return [...new Set((Array.isArray(found) ? found : []).filter((a): a is string => typeof a === 'string' && isIP(a)))];
  } catch {
    return [];
  }
}

/**
 * An IP address written where a hostname belongs: bare (`192.0.2.1`), bracketed (`[2001:db8::1]`),
 * with a port (`192.0.2.1:22`) or as a whole origin address (`tcp://192.0.2.1:22`).
 */
export function ipInName(name: string): { ip: string; port?: string } | undefined {
  const text = name.trim();
  if (isIP(text)) return { ip: text };
  const bracketed = /^\[(.*)\]$/.exec(text);
  if (bracketed && isIP(bracketed[1])) return { ip: bracketed[1] };
  for (const candidate of [text, `tcp://${text}`]) {
    const o = parseOrigin(candidate);
    if (o.ok) return { ip: o.host, port: candidate.slice(o.portIndex) };
  }
  return undefined;
}


/**
 * A hostname written with more around it: `origin.example.com:22`, `https://origin.example.com/`,
 * `tcp://origin.example.com:22`. Undefined when the name is not of that shape or the host part is not
 * a hostname.
 */
export function hostInName(name: string): { host: string; port?: number } | undefined {
  const m = /^(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/)?([^/:?#\s]+)(?::(\d{1,5}))?(?:[/?#].*)?$/.exec(name.trim());
  if (!m || m[0].trim() === m[1] || !isHostname(m[1])) return undefined;
  if (m[2] === undefined) return { host: m[1] };
  const port = Number(m[2]);
  return isPort(port) ? { host: m[1], port } : undefined;
}

/**
 * An origin address a fix may write: it parses and its port range is allowed: as long as the `protocol`
 * range, and none at all with a virtual network (else another error replaces this one).
 */
export function originFits(origin: string, protocol: Protocol | undefined, vnet: boolean): boolean {
  const o = parseOrigin(origin);
  if (!o.ok) return false;
  if (!o.ports.isRange) return true;
  return !vnet && (!protocol || (protocol.isRange && portCount(protocol) === portCount(o.ports)));
}
