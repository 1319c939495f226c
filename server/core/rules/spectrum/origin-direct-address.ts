import type { Node } from 'jsonc-parser';
import type { JsonDocument } from '../../document';
import { compose, insertAfter, remove, setValue } from '../../edit';
import type { Fix, FixEnv } from '../../findings';
import { pathOf, propertyNode } from '../../json';
import { appProtocol, appVirtualNetworkId, directEntries, originFits, PLACEHOLDER_IP, protocolPortText, resolveAll, type DirectEntry } from '../../spectrum/app';
import { formatOrigin, parseOrigin, parsePortSpec, type OriginProblem, type Protocol, type Transport } from '../../spectrum/values';
import type { Rule } from '../types';

/**
 * 11002: every `origin_direct` entry must be `tcp://<ipv4>:<port>` or `tcp://[<ipv6>]:<port>` (or
 * `udp://`), the port 1-65535 or an upward range. Entries that are not strings are the wrong-type rule's.
 */
export const rule: Rule = {
  name: 'origin-direct-address',
  reports: ['11002'],
  kinds: ['spectrum-app'],
  check({ doc, target, report }) {
    const app = target.node;
    const protocol = appProtocol(app);
    const entries = directEntries(app);
    for (const entry of entries) {
      if (entry.parsed.ok) continue;
      const { message, fixes } = explain(doc, app, entry, entry.parsed.problem, protocol, entries.length);
      report({ id: '11002', node: entry.node, message, fixes });
    }
  },
};

interface Explained {
  message: string;
  fixes?: (env: FixEnv) => Fix[] | Promise<Fix[]>;
}

function explain(doc: JsonDocument, app: Node, entry: DirectEntry, problem: OriginProblem, protocol: Protocol | undefined, count: number): Explained {
  const { text, node } = entry;
  const write = (value: string, kind: Fix['kind']): Fix => ({ title: `Write ${value}`, kind, edits: compose(doc, [setValue(doc, pathOf(node), value)]) });
  /** Rewrites that fix the entry completely; a rewrite that leaves another problem is no fix. */
  const vnet = appVirtualNetworkId(app) !== undefined;
  const fits = (origin: string) => originFits(origin, protocol, vnet);
  const valid = (candidates: string[]) => [...new Set(candidates)].filter((c) => c !== text && fits(c));
  // The port an address without one takes: the protocol's (its first port with a virtual network, which takes no ranges).
  const port = protocol ? (vnet ? String(protocol.start) : protocolPortText(protocol)) : undefined;
  const scheme = (text.split('://')[0] ?? '') as Transport;

  switch (problem.kind) {
    case 'ipv6-unbracketed': {
      const rest = text.slice(scheme.length + 3);
      if (problem.readings.length === 0) {
        return { message: `\`${rest}\` is not a valid IPv6 address with a port: write it as \`${scheme}://[<ipv6>]:<port>\`.` };
      }
      // Each reading written out; a reading without a port takes the protocol's (or a `<port>` to fill in).
      const readings = problem.readings.map((r) => formatOrigin(scheme, r.address, r.port ?? port ?? '<port>'));
      const results = readings.filter(fits);
      const ambiguous = readings.length > 1;
      const message = ambiguous
        ? `The IPv6 address in \`${text}\` needs brackets; without them it reads as ${readings.map((r) => `\`${r}\``).join(' or ')}.`
        : `The IPv6 address in \`${text}\` needs brackets around it: write \`${readings[0]}\`.`;
      return { message, fixes: results.length ? () => results.map((r) => write(r, ambiguous ? 'choice' : 'safe')) : undefined };
    }
    case 'hostname': {
      const p = problem.port !== undefined && parsePortSpec(problem.port).ok ? problem.port : port;
      return {
        message: `\`${problem.host}\` is a hostname; \`origin_direct\` takes IP addresses. Write the origin's IP, or use \`origin_dns\` for a hostname origin.`,
        fixes: p === undefined ? undefined : (env) => hostnameFixes(doc, app, entry, problem.host, p, count, fits, env),
      };
    }
    case 'invalid-ip':
      if (problem.host === PLACEHOLDER_IP || text.includes(PLACEHOLDER_IP)) {
        return { message: `Replace the placeholder \`${PLACEHOLDER_IP}\` with the IP address of the origin.` };
      }
      return { message: `\`${problem.host}\` is not a valid IPv4 or IPv6 address.` };
    case 'missing-port': {
      const fixed = port === undefined ? [] : valid([`${text}:${port}`]);
      return {
        message: port ? `\`${text}\` has no port: add the origin port, such as \`:${port}\` from \`protocol\`.` : `\`${text}\` has no port: add \`:<port>\`.`,
        fixes: fixed.length ? () => [write(fixed[0], 'safe')] : undefined,
      };
    }
    case 'port': {
      const portText = text.slice(text.lastIndexOf(':') + 1);
      const m = /^(\d{1,5})-(\d{1,5})$/.exec(portText);
      const swapped = m && Number(m[1]) >= Number(m[2]) && parsePortSpec(m[2]).ok && parsePortSpec(m[1]).ok
        ? valid([text.slice(0, text.length - portText.length) + (m[1] === m[2] ? m[1] : `${m[2]}-${m[1]}`)])
        : [];
      return {
        message: `The port of \`${text}\` is invalid: ${problem.detail}.`,
        fixes: swapped.length ? () => [write(swapped[0], 'choice')] : undefined,
      };
    }
    case 'scheme': {
      const rest = text.slice(problem.scheme.length);
      const transports: Transport[] = protocol ? [protocol.transport] : ['tcp', 'udp'];
      const fixed = valid(transports.map((t) => t + rest));
      return {
        message: `\`${problem.scheme}://\` is not a transport Spectrum origins use: write \`${protocol ? protocol.transport : 'tcp'}://\`${protocol ? ', like `protocol`' : ' or `udp://`'}.`,
        fixes: fixed.length ? () => fixed.map((f) => write(f, fixed.length === 1 ? 'safe' : 'choice')) : undefined,
      };
    }
    case 'syntax': {
      const trimmed = text.trim();
      if (trimmed !== text && parseOrigin(trimmed).ok) {
        return { message: `\`origin_direct\` entries take no blanks: remove the blanks around \`${trimmed}\`.`, fixes: () => [write(trimmed, 'safe')] };
      }
      if (!text.includes('://')) {
        const transports: Transport[] = protocol ? [protocol.transport] : ['tcp', 'udp'];
        // The transport is missing, and maybe the port too (`192.0.2.1`).
        const fixed = valid(transports.flatMap((t) => [`${t}://${trimmed}`, ...(port ? [`${t}://${trimmed}:${port}`] : [])]));
        if (fixed.length) {
          return {
            message: `\`${text}\` has no transport: write \`${fixed.join('` or `')}\`.`,
            fixes: () => fixed.map((f) => write(f, fixed.length === 1 ? 'safe' : 'choice')),
          };
        }
      }
      return { message: `\`${text}\` is not an origin address: write \`tcp://<ipv4>:<port>\` or \`tcp://[<ipv6>]:<port>\` (or \`udp://\`).` };
    }
  }
}

/**
 * A hostname in `origin_direct`: one fix per address it resolves to (through the injected resolver)
 * and, when it is the only origin of an app without a virtual network, moving it to `origin_dns`.
 */
async function hostnameFixes(
  doc: JsonDocument,
  app: Node,
  entry: DirectEntry,
  host: string,
  port: string,
  count: number,
  fits: (origin: string) => boolean,
  env: FixEnv,
): Promise<Fix[]> {
  const scheme = entry.text.split('://')[0] as Transport;
  const fixes: Fix[] = [];
  for (const ip of await resolveAll(host, env)) {
    const origin = formatOrigin(scheme, ip, port);
    if (!fits(origin)) continue;
    fixes.push({ title: `Write ${origin} (${host} resolves to it)`, kind: 'choice', edits: compose(doc, [setValue(doc, pathOf(entry.node), origin)]) });
  }
  if (count === 1 && !propertyNode(app, 'origin_dns') && !propertyNode(app, 'origin_port') && appVirtualNetworkId(app) === undefined) {
    const path = pathOf(app);
    const portValue = /^\d+$/.test(port) ? Number(port) : port;
    fixes.push({
      title: `Use origin_dns ${host} with origin_port ${JSON.stringify(portValue)}`,
      kind: 'choice',
      edits: compose(doc, [
        insertAfter(doc, path, 'origin_dns', { name: host }, 'origin_direct'),
        insertAfter(doc, path, 'origin_port', portValue, 'origin_dns'),
        remove(doc, [...path, 'origin_direct']),
      ]),
    });
  }
  return fixes;
}
