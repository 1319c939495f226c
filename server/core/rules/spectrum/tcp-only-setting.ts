import { compose, remove } from '../../edit';
import { pathOf, propertyNode } from '../../json';
import { appProtocol } from '../../spectrum/app';
import { boolField, enumValue } from '../../spectrum/fields';
import type { Rule } from '../types';

/** `ip_firewall` and edge TLS termination (`tls`) have no effect on UDP applications. */
export const rule: Rule = {
  name: 'tcp-only-setting',
  reports: ['tcp-only-setting'],
  kinds: ['spectrum-app'],
  check({ doc, target, report }) {
    const app = target.node;
    if (appProtocol(app)?.transport !== 'udp') return;
    const path = pathOf(app);
    const flag = (key: string, message: string) =>
      report({
        id: 'tcp-only-setting',
        node: propertyNode(app, key)!.children![1],
        message,
        fixes: () => [{ title: `Remove ${key}`, kind: 'safe', edits: compose(doc, [remove(doc, [...path, key])]) }],
      });
    if (boolField(app, ['ip_firewall']) === true) {
      flag('ip_firewall', '`ip_firewall` applies to TCP applications only and has no effect on this UDP application; remove it.');
    }
    const tls = enumValue(app, ['tls']);
    if (tls && tls !== 'off') {
      flag('tls', `Edge TLS termination (\`tls\` \`"${tls}"\`) applies to TCP applications only and has no effect on this UDP application; remove it.`);
    }
  },
};
