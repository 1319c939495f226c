import { compose, insertAfter, remove, setValue } from '../../edit';
import { pathOf, propertyNode, stringValue, valueNode } from '../../json';
import { appProtocol, appVirtualNetworkId, checkedDnsOrigin, dnsOriginPort, hostInName, ipInName } from '../../spectrum/app';
import { formatOrigin, isFqdn, isHostname } from '../../spectrum/values';
import type { Rule } from '../types';

/** 11001: `origin_dns.name` must be a fully qualified hostname; IP origins belong in `origin_direct`. */
export const rule: Rule = {
  name: 'origin-dns-name',
  reports: ['11001'],
  kinds: ['spectrum-app'],
  check({ doc, target, report }) {
    const app = target.node;
    const origin = checkedDnsOrigin(app);
    if (!origin) return;
    const { prop: dnsProp, dns } = origin;
    const nameProp = propertyNode(dns, 'name');
    if (!nameProp) {
      report({ id: '11001', node: dnsProp, message: '`origin_dns` has no `name`: add the hostname of the origin.' });
      return;
    }
    const node = nameProp.children?.[1];
    const name = stringValue(node);
    // Checked as `dns.name` is: the origin is a record of the zone, so a fully qualified name.
    if (!node || name === undefined || isFqdn(name)) return;

    const path = pathOf(app);
    const ip = ipInName(name);
    if (ip) {
      const protocol = appProtocol(app);
      const port = ip.port ?? dnsOriginPort(app, protocol, appVirtualNetworkId(app) !== undefined);
      // With both origins present (11000), moving would overwrite the other origin: 11000's fixes decide.
      const movable = port !== undefined && !propertyNode(app, 'origin_direct');
      const origin = movable ? formatOrigin(protocol?.transport ?? 'tcp', ip.ip, port) : '';
      report({
        id: '11001',
        node,
        message: `\`${name}\` is an IP address; \`origin_dns.name\` takes a hostname. Put IP origins in \`origin_direct\` as \`${origin || 'tcp://<ip>:<port>'}\`.`,
        fixes: movable
          ? () => [
              {
                title: `Move ${ip.ip} to origin_direct ("${origin}")`,
                kind: protocol ? 'safe' : 'choice', // without a valid protocol the transport is a guess
                edits: compose(doc, [
                  insertAfter(doc, path, 'origin_direct', [origin], 'origin_dns'),
                  remove(doc, [...path, 'origin_dns']),
                  ...(propertyNode(app, 'origin_port') ? [remove(doc, [...path, 'origin_port'])] : []),
                ]),
              },
            ]
          : undefined,
      });
      return;
    }
    const inName = hostInName(name);
    if (inName && isFqdn(inName.host)) {
      const { host, port } = inName;
      // The port goes to origin_port unless one is already there.
      const addPort = port !== undefined && !propertyNode(app, 'origin_port');
      report({
        id: '11001',
        node,
        message: `\`origin_dns.name\` takes the bare hostname: write \`${host}\`${port !== undefined ? ` and put the port in \`origin_port\` (${port})` : ''}.`,
        fixes: () => [
          {
            title: `Write ${host}${addPort ? ` and origin_port ${port}` : ''}`,
            kind: 'safe',
            edits: compose(doc, [
              setValue(doc, pathOf(node), host),
              ...(addPort ? [insertAfter(doc, path, 'origin_port', port, 'origin_dns')] : []),
            ]),
          },
        ],
      });
      return;
    }
    const trimmed = name.trim();
    if (trimmed !== name && isFqdn(trimmed)) {
      report({
        id: '11001',
        node,
        message: `\`origin_dns.name\` has blanks around the hostname: write \`${trimmed}\`.`,
        fixes: () => [{ title: `Write ${trimmed}`, kind: 'safe', edits: compose(doc, [setValue(doc, pathOf(node), trimmed)]) }],
      });
      return;
    }
    report({
      id: '11001',
      node,
      message:
        name === ''
          ? '`origin_dns.name` is empty: write the hostname of the origin, such as `origin.example.com`.'
          : isHostname(trimmed)
            ? `\`${name}\` is not a fully qualified hostname: the origin is a DNS record of the zone, such as \`origin.example.com\`.`
            : `\`${name}\` is not a valid hostname: use letters, digits and hyphens in dot-separated labels, such as \`origin.example.com\`.`,
    });
  },
};
