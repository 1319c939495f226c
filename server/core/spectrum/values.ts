import ipaddr from 'ipaddr.js';
import { memoByText } from '../memo';

/** Parsers for the string formats of a Spectrum application. They never throw: bad input gives `ok: false`. */

export type Transport = 'tcp' | 'udp';

export interface PortSpec {
  start: number;
  end: number;
  isRange: boolean;
}

export type Parsed<T> = ({ ok: true } & T) | { ok: false; problem: string };

/** A TCP or UDP port number: 1-65535. */
export const isPort = (p: number): boolean => p >= 1 && p <= 65535;

/** `22` or `1000-2000`: ports 1-65535, start below end. */
export function parsePortSpec(text: string): Parsed<PortSpec> {
  const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text);
  if (!m) return { ok: false, problem: `\`${text}\` is not a port or a port range` };
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Number(m[2]);
  if (!isPort(start)) return { ok: false, problem: `port ${start} is outside 1-65535` };
  if (!isPort(end)) return { ok: false, problem: `port ${end} is outside 1-65535` };
  if (m[2] !== undefined && start >= end) return { ok: false, problem: `the range ${start}-${end} does not go upwards` };
  return { ok: true, start, end, isRange: m[2] !== undefined };
}

export const portCount = (p: PortSpec) => p.end - p.start + 1;

/** `22` or `1000-2000`, as the API writes a port spec. */
export function formatPortSpec(p: PortSpec): string {
  return p.isRange ? `${p.start}-${p.end}` : String(p.start);
}

/** `tcp/22` or `udp/1000-2000`: a protocol as transport and port spec. */
export const formatProtocol = (p: { transport: string } & PortSpec) => `${p.transport}/${formatPortSpec(p)}`;

/**
 * A port spec starting at `start` and holding `count` ports (a single port for 1); undefined when
 * the end would pass 65535.
 */
export function portSpecOfLength(start: number, count: number): PortSpec | undefined {
  const end = start + count - 1;
  if (start < 1 || count < 1 || end > 65535) return undefined;
  return { start, end, isRange: count > 1 };
}

export interface Protocol extends PortSpec {
  transport: Transport;
  /** The protocol name when the app names one (`"rdp"`) instead of a transport and port. */
  named?: NamedProtocol;
}

/**
 * Protocols the API names instead of `tcp/<port>` (a live API list response returns `"rdp"`; the
 * protocols-per-plan page names RDP, SSH and Minecraft applications), with their TCP ports.
 */
export const NAMED_PROTOCOLS = {
  ssh: { title: 'SSH', port: 22 },
  rdp: { title: 'RDP (Remote Desktop)', port: 3389 },
  minecraft: { title: 'Minecraft (Java Edition)', port: 25565 },
} as const;

export type NamedProtocol = keyof typeof NAMED_PROTOCOLS;

export const isNamedProtocol = (text: string): text is NamedProtocol => Object.prototype.hasOwnProperty.call(NAMED_PROTOCOLS, text);

/**
 * How many protocol and origin texts the parsers remember. The rules of one app read the same values
 * many times; across apps most origins (and ports) differ, and remembering all of a 10,000-app dump's
 * kept 6.6 MB of parses alive for no speed.
 */
const PARSES_KEPT = 2048;

/** `tcp/22`, `udp/53`, `tcp/1000-2000`, or a named protocol (`rdp`); lowercase exactly, as the API compares it. */
export const parseProtocol = memoByText(parseProtocolText, PARSES_KEPT);

function parseProtocolText(text: string): Parsed<Protocol> {
  if (isNamedProtocol(text)) {
    const port = NAMED_PROTOCOLS[text].port;
    return { ok: true, transport: 'tcp', start: port, end: port, isRange: false, named: text };
  }
  const m = /^(tcp|udp)\/(.*)$/.exec(text);
  if (!m) return { ok: false, problem: `\`${text}\` does not start with \`tcp/\` or \`udp/\`` };
  const ports = parsePortSpec(m[2]);
  if (!ports.ok) return ports;
  return { ...ports, transport: m[1] as Transport };
}

export type HostKind = 'ipv4' | 'ipv6';

export interface Origin {
  scheme: Transport;
  host: string;
  hostKind: HostKind;
  ip: ipaddr.IPv4 | ipaddr.IPv6;
  ports: PortSpec;
  /** Index of the port part inside the string, for precise edits. */
  portIndex: number;
}

/** One way to read an IPv6 address written without brackets. */
export interface Ipv6Reading {
  address: string;
  /** Undefined when the whole text is the address and the port is missing. */
  port?: string;
}

export type OriginProblem =
  | { kind: 'scheme'; scheme: string }
  | { kind: 'ipv6-unbracketed'; readings: Ipv6Reading[] }
  | { kind: 'hostname'; host: string; /** The port text after the hostname, when there is one. */ port?: string }
  | { kind: 'invalid-ip'; host: string }
  | { kind: 'missing-port' }
  | { kind: 'port'; detail: string }
  | { kind: 'syntax' };

export type OriginParse = ({ ok: true } & Origin) | { ok: false; problem: OriginProblem };

// The character pre-checks only spare ipaddr.js a thrown exception on obvious non-IPs (hot in
// hostname checks); ipaddr.js alone decides what is a valid address.
export function isIPv4(s: string): boolean {
  return /^[\d.]+$/.test(s) && ipaddr.IPv4.isValidFourPartDecimal(s);
}

export function isIPv6(s: string): boolean {
  return s.includes(':') && /^[0-9A-Fa-f:.]+$/.test(s) && ipaddr.IPv6.isValid(s);
}

/** Which kind of IP literal a text is, if any. */
export function ipKind(s: string): HostKind | undefined {
  return isIPv4(s) ? 'ipv4' : isIPv6(s) ? 'ipv6' : undefined;
}

export function isIP(s: string): boolean {
  return ipKind(s) !== undefined;
}

/**
 * An address `ipKind` found to be of `kind`, parsed by ipaddr.js as that kind only: `ipaddr.parse`
 * would try IPv6 on an IPv4 text first, then validate and parse it again (hot: one per origin).
 */
export function parseIPAs(kind: HostKind, s: string): ipaddr.IPv4 | ipaddr.IPv6 {
  return kind === 'ipv4' ? ipaddr.IPv4.parse(s) : ipaddr.IPv6.parse(s);
}

/** A DNS hostname: dot-separated LDH labels of 1-63 characters, at most 253 in all. */
export function isHostname(s: string): boolean {
  const name = s.endsWith('.') ? s.slice(0, -1) : s;
  if (name.length === 0 || name.length > 253 || isIP(name)) return false;
  return name.split('.').every((l) => /^(?!-)[A-Za-z0-9_-]{1,63}(?<!-)$/.test(l));
}

/** A fully qualified hostname: a hostname with at least two labels and a non-numeric top-level label. */
export function isFqdn(s: string): boolean {
  const name = s.endsWith('.') ? s.slice(0, -1) : s;
  const labels = name.split('.');
  return isHostname(name) && labels.length >= 2 && !/^\d+$/.test(labels[labels.length - 1]);
}

/** `tcp://192.0.2.1:22`, `udp://[2001:db8::1]:53`, `tcp://192.0.2.1:3000-4000`. */
export const parseOrigin = memoByText(parseOriginText, PARSES_KEPT);

function parseOriginText(text: string): OriginParse {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(.*)$/.exec(text);
  if (!m) return { ok: false, problem: { kind: 'syntax' } };
  const scheme = m[1];
  if (scheme !== 'tcp' && scheme !== 'udp') return { ok: false, problem: { kind: 'scheme', scheme } };
  const rest = m[2];
  const schemeLen = scheme.length + 3;
  let host: string;
  let portText: string | undefined;
  let portIndex: number;
  let hostKind: HostKind;
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) return { ok: false, problem: { kind: 'syntax' } };
    host = rest.slice(1, close);
    const after = rest.slice(close + 1);
    if (after === '') return { ok: false, problem: { kind: 'missing-port' } };
    if (!after.startsWith(':')) return { ok: false, problem: { kind: 'syntax' } };
    portText = after.slice(1);
    portIndex = schemeLen + close + 2;
    if (!isIPv6(host)) return { ok: false, problem: { kind: 'invalid-ip', host } };
    hostKind = 'ipv6';
  } else {
    const colons = rest.split(':').length - 1;
    if (colons > 1) return { ok: false, problem: { kind: 'ipv6-unbracketed', readings: ipv6Readings(rest) } };
    if (rest.includes('[') || rest.includes(']')) return { ok: false, problem: { kind: 'syntax' } };
    const colon = rest.lastIndexOf(':');
    host = colon < 0 ? rest : rest.slice(0, colon);
    portText = colon < 0 ? undefined : rest.slice(colon + 1);
    portIndex = schemeLen + colon + 1;
    if (!isIPv4(host)) {
      if (isIPv6(host)) return { ok: false, problem: { kind: 'ipv6-unbracketed', readings: ipv6Readings(rest) } };
      if (/^[\d.]+$/.test(host)) return { ok: false, problem: { kind: 'invalid-ip', host } };
      if (isHostname(host)) return { ok: false, problem: { kind: 'hostname', host, ...(portText !== undefined ? { port: portText } : {}) } };
      return { ok: false, problem: { kind: 'invalid-ip', host } };
    }
    if (portText === undefined) return { ok: false, problem: { kind: 'missing-port' } };
    hostKind = 'ipv4';
  }
  const ports = parsePortSpec(portText);
  if (!ports.ok) return { ok: false, problem: { kind: 'port', detail: ports.problem } };
  return { ok: true, scheme, host, hostKind, ip: parseIPAs(hostKind, host), ports, portIndex };
}

/** Every valid way to split an unbracketed IPv6 text into address and port (or the whole as the address). */
export function ipv6Readings(rest: string): Ipv6Reading[] {
  const readings: Ipv6Reading[] = [];
  const colon = rest.lastIndexOf(':');
  if (colon > 0) {
    const address = rest.slice(0, colon);
    const port = rest.slice(colon + 1);
    if (isIPv6(address) && parsePortSpec(port).ok) readings.push({ address, port });
  }
  if (isIPv6(rest)) readings.push({ address: rest });
  return readings;
}

/** Writes an origin address the way the API expects it, bracketing IPv6. */
export function formatOrigin(scheme: Transport, address: string, port: string): string {
  return `${scheme}://${isIPv6(address) ? `[${address}]` : address}:${port}`;
}

/** An IPv4-mapped IPv6 address (`::ffff:192.0.2.1`) as the IPv4 address it reaches; any other as it is. */
export function unmapped(ip: ipaddr.IPv4 | ipaddr.IPv6): ipaddr.IPv4 | ipaddr.IPv6 {
  return ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress() ? (ip as ipaddr.IPv6).toIPv4Address() : ip;
}

/**
 * ipaddr.js range names that are not reachable on the public Internet. Everything except `unicast`
 * (IPv4-mapped addresses judged by their IPv4 part, as every address check here).
 */
export function nonPublicRange(ip: ipaddr.IPv4 | ipaddr.IPv6): string | undefined {
  const range = unmapped(ip).range();
  return range === 'unicast' ? undefined : range;
}

/** Address blocks set aside for documentation (RFC 5737, RFC 3849): the examples of every doc page. */
const DOCUMENTATION = ['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32'].map((c) => ipaddr.parseCIDR(c));

/** Whether an address is in a documentation block (ipaddr.js counts these as `reserved`). */
export function isDocumentationAddress(ip: ipaddr.IPv4 | ipaddr.IPv6): boolean {
  const addr = unmapped(ip);
  return DOCUMENTATION.some(([net, bits]) => net.kind() === addr.kind() && addr.match(net, bits));
}

/** A Cloudflare Tunnel hostname (`<UUID>.cfargotunnel.com`), which Spectrum cannot use as an origin. */
export function isTunnelHostname(name: string): boolean {
  return /(^|\.)cfargotunnel\.com\.?$/i.test(name.trim());
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(s: string): boolean {
  return UUID.test(s);
}
