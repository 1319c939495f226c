import { entry } from '../../catalog';
import { cloudflareRange } from '../../lb/cloudflare-ips';
import { ORIGIN_FIELDS, origins, typed } from '../../lb/fields';
import { originIp } from '../../lb/origins';
import type { Rule } from '../types';

/** An origin address in Cloudflare's own IP ranges: health checks report "DNS Internal" and run no checks. */
export const rule: Rule = {
  name: 'cloudflare-address',
  reports: ['dns-internal'],
  kinds: ['pool'],
  fieldByField: true,
  check({ target, report }) {
    for (const { node: o, index } of origins(target.node)) {
      const node = typed(o, ORIGIN_FIELDS, 'address');
      const ip = node?.type === 'string' ? originIp(node.value as string) : undefined;
      const range = ip ? cloudflareRange(ip) : undefined;
      if (!node || !range) continue;
      report({
        id: 'dns-internal',
        node,
        message: `\`origins[${index}].address\` ${node.value} is a Cloudflare address (${range}), not the origin: health checks report "${entry('dns-internal').title}" and run no checks. Use the origin's own IP, or a hostname that is not proxied by Cloudflare.`,
      });
    }
  },
};
