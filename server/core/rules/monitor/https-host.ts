import { entry } from '../../catalog';
import { compose, insertAfter, setValue } from '../../edit';
import type { Fix } from '../../findings';
import { elements, pathOf, properties, propertyName, propertyNode, valueNode } from '../../json';
import { flattenedHeaderBlock, hostPart, PLACEHOLDER_HOST } from '../../lb/host';
import { monitorType, MONITOR_FIELDS, typedString } from '../../lb/fields';
import { isFqdn, isIP } from '../../spectrum/values';
import { modulePoolsOfMonitor } from '../../context/rule-support';
import type { Rule } from '../types';

/**
 * HTTPS health checks send the `Host` header as SNI and check the certificate against it. Without a
 * Host no SNI is sent (tls-unrecognized-name-error, and often a name mismatch); an IP as Host is sent
 * as a name no certificate is normally issued for (tls-name-mismatch-error). An origin's own `Host`
 * overrides the monitor's for its probes: a Terraform monitor whose every pool in the module sets one on
 * every origin sends a Host to each (the pools are read across the module, so this runs on every lint).
 */
export const rule: Rule = {
  name: 'https-host',
  reports: ['tls-unrecognized-name-error', 'tls-name-mismatch-error'],
  kinds: ['monitor'],
  scope: 'document',
  check(ctx) {
    const { doc, target, report } = ctx;
    const m = target.node;
    if (monitorType(m) !== 'https') return;
    const header = valueNode(m, 'header');
    if (header && (header.type !== 'object' || flattenedHeaderBlock(header))) return; // the header-shape rule's
    const hostProp = properties(header).find((p) => propertyName(p)?.toLowerCase() === 'host');
    if (hostProp) {
      const first = elements(hostProp.children?.[1])[0];
      if (first?.type !== 'string' || !isIP(hostPart(first.value as string))) return;
      report({
        id: 'tls-name-mismatch-error',
        node: first,
        message: `\`Host\` ${first.value} is an IP address: it is not sent as SNI and certificates rarely name IPs, so expect "${entry('tls-name-mismatch-error').title}"; use the hostname on the origin's certificate.`,
      });
      return;
    }
    const pools = modulePoolsOfMonitor(ctx);
    if (pools?.length && pools.every((p) => p.originsHost)) return;
    const zone = typedString(m, MONITOR_FIELDS, 'probe_zone');
    const host = zone && isFqdn(zone) ? zone : undefined;
    const path = pathOf(m);
    const addHost = (value: string, title: string, kind: Fix['kind']): Fix => ({
      title,
      kind,
      edits: compose(doc, [header ? setValue(doc, [...path, 'header', 'Host'], [value]) : insertAfter(doc, path, 'header', { Host: [value] }, propertyNode(m, 'path') ? 'path' : 'type')]),
    });
    report({
      id: 'tls-unrecognized-name-error',
      node: propertyNode(m, 'type')!,
      message: `This https monitor sets no \`Host\` header, so its health checks send no SNI: expect "${entry('tls-unrecognized-name-error').title}" or "${entry('tls-name-mismatch-error').title}". Set \`header\` \`{"Host": ["<hostname>"]}\` to a name the origin's certificate covers.`,
      fixes: () => [
        // The probe zone is the likeliest name, but the certificate may cover only a subdomain: a choice, not automatic.
        ...(host ? [addHost(host, `Add header Host "${host}" (the probe_zone)`, 'choice')] : []),
        addHost(PLACEHOLDER_HOST, 'Add header Host (edit the hostname)', 'placeholder'),
      ],
    });
  },
};
