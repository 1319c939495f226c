import type { Node } from 'jsonc-parser';
import { compose, insertAfter, remove } from '../../edit';
import { elements, pathOf, propertyNode, stringValue, valueNode } from '../../json';
import { appProtocol, originPortValue, PLACEHOLDER_IP, portlessDnsType, protocolPortText } from '../../spectrum/app';
import type { Target } from '../../kinds/types';
import { misspeltFields } from '../../schema/misspelt';
import { SPECTRUM_APP_SCHEMA } from '../../schema/spectrum-app';
import type { Rule } from '../types';

/** A Worker is the origin (new in the API): worker-origin checks it, with warnings. */
const workerOrigin = (app: Node) => propertyNode(app, 'origin_worker_id') !== undefined || stringValue(valueNode(app, 'traffic_type')) === 'worker';

/** 11000: exactly one of `origin_direct` / `origin_dns` (or, new, a Worker). */
export const rule: Rule = {
  name: 'origin-exactly-one',
  reports: ['11000'],
  kinds: ['spectrum-app'],
  check({ doc, target, report }) {
    const app = target.node;
    const direct = propertyNode(app, 'origin_direct');
    const dns = propertyNode(app, 'origin_dns');
    const path = pathOf(app);
    if (direct && dns) {
      const second = direct.offset > dns.offset ? direct : dns;
      const first = second === direct ? dns : direct;
      // Keeping origin_dns must leave a complete DNS origin: an address-only record type takes its port from origin_port.
      const keepDns = () => {
        const protocol = appProtocol(app);
        const dnsNode = dns.children?.[1];
        const port = !propertyNode(app, 'origin_port') && dnsNode?.type === 'object' && portlessDnsType(dnsNode) !== undefined && protocol ? originPortValue(protocol) : undefined;
        return {
          title: port === undefined ? 'Keep origin_dns (remove origin_direct)' : `Keep origin_dns (remove origin_direct, add origin_port ${port})`,
          kind: 'choice' as const,
          edits: compose(doc, [remove(doc, [...path, 'origin_direct']), ...(port === undefined ? [] : [insertAfter(doc, path, 'origin_port', port, 'origin_dns')])]),
        };
      };
      report({
        id: '11000',
        node: second,
        message: 'The application has both `origin_direct` and `origin_dns`; keep only one of them.',
        related: [{ message: 'The other origin is here.', range: doc.rangeOf(first.children![0].offset, first.children![0].length) }],
        fixes: () => [
          // An empty origin_direct is no origin at all: keeping it would only trade one 11000 for another.
          ...(elements(direct.children?.[1]).length > 0
            ? [
                {
                  title: 'Keep origin_direct (remove origin_dns and origin_port)',
                  kind: 'choice' as const,
                  edits: compose(doc, [remove(doc, [...path, 'origin_dns']), remove(doc, [...path, 'origin_port'])]),
                },
              ]
            : []),
          keepDns(),
        ],
      });
    } else if (!direct && !dns && !workerOrigin(app) && !originMisspelt(target, app)) {
      const protocol = appProtocol(app);
      report({
        id: '11000',
        node: propertyNode(app, 'protocol') ?? app,
        message: 'The application has no origin: add `origin_direct` with the origin IP addresses, or `origin_dns` with the origin hostname.',
        fixes: () => {
          const scheme = protocol?.transport ?? 'tcp';
          const port = protocol ? protocolPortText(protocol) : '<port>';
          const origin = `${scheme}://${PLACEHOLDER_IP}:${port}`;
          return [
            {
              title: `Add origin_direct ["${origin}"] (edit the IP)`,
              kind: 'placeholder',
              edits: compose(doc, [insertAfter(doc, path, 'origin_direct', [origin], propertyNode(app, 'dns') ? 'dns' : 'protocol')]),
            },
          ];
        },
      });
    }
  },
};

/** `origin_direkt`: the unknown-field check reports the key with its rename, which is the one repair. */
function originMisspelt(target: Target, app: Node): boolean {
  const written = misspeltFields(target, app, SPECTRUM_APP_SCHEMA.fields);
  return written.has('origin_direct') || written.has('origin_dns');
}
