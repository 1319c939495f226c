import { according } from '../../context/source';
import { accountOf } from '../../context/rule-support';
import { accountZones, inZone } from '../../context/zones';
import { normalName } from '../../context/validate';
import { ORIGIN_FIELDS, origins, typedString } from '../../lb/fields';
import { hostHeaderProblem, hostPart } from '../../lb/host';
import { elements, stringValue, valueNode } from '../../json';
import { isIP } from '../../spectrum/values';
import { apiMessage } from '../../schema/check';
import type { Rule } from '../types';

/**
 * 1002 `Host header "…" not allowed for origin domain "…"`: a Host override must be a name under a zone
 * of the account, the origin address itself, or a name that publicly resolves to the address. The
 * first two are checked here; the third cannot be, so the message says so.
 */
export const rule: Rule = {
  name: 'pool-host-header-zone',
  reports: ['1002'],
  kinds: ['pool'],
  check(ctx) {
    const { target, report } = ctx;
    const account = accountOf(ctx);
    if (!account) return;
    const zones = accountZones(account);
    if (zones.length === 0) return;
    for (const { node: origin } of origins(target.node)) {
      const address = typedString(origin, ORIGIN_FIELDS, 'address');
      for (const hostNode of elements(valueNode(valueNode(origin, 'header'), 'Host'))) {
        const value = stringValue(hostNode);
        if (value === undefined || hostHeaderProblem(value)) continue; // the Host shape rule's
        const host = hostPart(value);
        if (isIP(host) || zones.some((z) => inZone(host, z.name!))) continue;
        if (address !== undefined && normalName(address) === normalName(host)) continue;
        const names = zones.map((z) => z.name).join(', ');
        report({
          id: '1002',
          node: hostNode,
          message: `Host ${host} is not under a zone of the account (${names}), ${according(account)}, nor the endpoint address; the API accepts it only if ${host} publicly resolves to ${address ?? 'the address'}, and answers ${apiMessage(`Host header "${host}" not allowed`)} otherwise. Use a name under one of the account's zones.`,
        });
      }
    }
  },
};
