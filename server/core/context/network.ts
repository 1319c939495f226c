import ipaddr from 'ipaddr.js';
import { unmapped } from '../spectrum/values';
import type { AccountContext, Prefix, Route, VirtualNetwork } from './types';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** Parses an IP literal; IPv4-mapped IPv6 addresses become IPv4, as routes are written for them. */
export function parseIp(text: string): Address | undefined {
  if (!ipaddr.isValid(text) || text.includes('%')) return undefined;
  try {
    return unmapped(ipaddr.parse(text));
  } catch {
    return undefined;
  }
}

export function parseCidr(text: string): [Address, number] | undefined {
  try {
    return ipaddr.parseCIDR(text);
  } catch {
    return undefined;
  }
}

/** Whether `ip` is inside `cidr`; false for a malformed CIDR or a different address family. */
export function cidrContains(cidr: string, ip: Address): boolean {
  const range = parseCidr(cidr);
  if (!range || range[0].kind() !== ip.kind()) return false;
  return ip.match(range);
}

const isDeleted = (x: { deleted_at?: string | null; is_deleted?: unknown }) =>
  (typeof x.deleted_at === 'string' && x.deleted_at !== '') || x.is_deleted === true;

/** The virtual networks that exist (deleted ones, which the API can list, do not). */
export function liveNetworks(ctx: AccountContext): VirtualNetwork[] | undefined {
  return ctx.virtual_networks?.filter((n) => !isDeleted(n));
}

/** The default virtual network: routes without `virtual_network_id` belong to it. */
export function defaultNetworkId(ctx: AccountContext): string | undefined {
  return liveNetworks(ctx)?.find((n) => n.is_default_network === true || (n as { is_default?: unknown }).is_default === true)?.id;
}

export function findNetwork(ctx: AccountContext, id: string): VirtualNetwork | undefined {
  const wanted = id.toLowerCase();
  return liveNetworks(ctx)?.find((n) => n.id.toLowerCase() === wanted);
}

/** The virtual network a route belongs to (its own, else the default one). */
export function routeNetworkId(ctx: AccountContext, route: Route): string | undefined {
  return route.virtual_network_id ?? defaultNetworkId(ctx);
}

export interface RouteMatch {
  route: Route;
  /** Index in `ctx.routes`, for locating it in the context file. */
  index: number;
  bits: number;
}

interface ParsedRoute extends RouteMatch {
  range: [Address, number];
  /** Lower-case id of the route's virtual network (its own, else the default one). */
  network: string | undefined;
}

/** Routes parsed once per context: a pulled account can have thousands, and every keystroke lints. */
const parsedRoutes = new WeakMap<AccountContext, ParsedRoute[]>();

function allRoutes(ctx: AccountContext): ParsedRoute[] {
  let parsed = parsedRoutes.get(ctx);
  if (!parsed) {
    const fallback = defaultNetworkId(ctx)?.toLowerCase();
    parsed = [];
    (ctx.routes ?? []).forEach((route, index) => {
      if (isDeleted(route)) return;
      const range = parseCidr(route.network);
      if (range) parsed!.push({ route, index, bits: range[1], range, network: route.virtual_network_id?.toLowerCase() ?? fallback });
    });
    parsedRoutes.set(ctx, parsed);
  }
  return parsed;
}

/** Live routes of one virtual network (all of them without a network id). */
function routesOf(ctx: AccountContext, networkId: string | undefined): ParsedRoute[] {
  const wanted = networkId?.toLowerCase();
  return allRoutes(ctx).filter((r) => wanted === undefined || r.network === wanted);
}

const toMatch = (r: ParsedRoute): RouteMatch => ({ route: r.route, index: r.index, bits: r.bits });

/**
 * Longest prefix match: the most specific route of the virtual network whose network contains the IP,
 * as Cloudflare routes private traffic. Undefined when no route matches.
 */
export function matchRoute(ctx: AccountContext, ip: Address, networkId: string | undefined): RouteMatch | undefined {
  let best: ParsedRoute | undefined;
  for (const r of routesOf(ctx, networkId)) {
    if (r.range[0].kind() === ip.kind() && ip.match(r.range) && (!best || r.bits > best.bits)) best = r;
  }
  return best && toMatch(best);
}

/**
 * The route of the virtual network nearest to the IP (the most leading bits in common, same family),
 * to suggest when none contains it.
 */
export function closestRoute(ctx: AccountContext, ip: Address, networkId: string | undefined): RouteMatch | undefined {
  const target = ip.toByteArray();
  let best: { r: ParsedRoute; common: number } | undefined;
  for (const r of routesOf(ctx, networkId)) {
    if (r.range[0].kind() !== ip.kind()) continue;
    const common = commonBits(target, r.range[0].toByteArray());
    if (!best || common > best.common) best = { r, common };
  }
  return best && toMatch(best.r);
}

function commonBits(a: number[], b: number[]): number {
  let bits = 0;
  for (let i = 0; i < a.length && i < b.length; i++) {
    const x = a[i] ^ b[i];
    if (x === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(x) - 24;
  }
  return bits;
}

/** Virtual networks that have a route containing the IP, most specific route first. */
export function networksRouting(ctx: AccountContext, ip: Address): Array<{ network: VirtualNetwork; match: RouteMatch }> {
  const out: Array<{ network: VirtualNetwork; match: RouteMatch }> = [];
  for (const network of liveNetworks(ctx) ?? []) {
    const match = matchRoute(ctx, ip, network.id);
    if (match) out.push({ network, match });
  }
  return out.sort((a, b) => b.match.bits - a.match.bits);
}

/** The account prefix holding the IP, with its index in `ctx.prefixes`. */
export function prefixContaining(ctx: AccountContext, ip: Address): { prefix: Prefix; index: number } | undefined {
  let best: { prefix: Prefix; index: number; bits: number } | undefined;
  (ctx.prefixes ?? []).forEach((prefix, index) => {
    const range = parseCidr(prefix.cidr);
    if (range && cidrContains(prefix.cidr, ip) && (!best || range[1] > best.bits)) best = { prefix, index, bits: range[1] };
  });
  return best && { prefix: best.prefix, index: best.index };
}

/** A virtual network as people know it: its name, else its id. */
export function networkLabel(n: VirtualNetwork): string {
  return n.name ? `"${n.name}"` : n.id;
}
