import { entry } from '../../catalog';
import { compose, insertAfter, replaceNode } from '../../edit';
import { pathOf, valueNode } from '../../json';
import { has, monitorType, MONITOR_FIELDS, typedBoolean, typedString } from '../../lb/fields';
import type { Rule } from '../types';

/**
 * Words in a monitor's own `description` that say its origins use certificates no public CA issued.
 * The advice is given only when the configuration says so: most https origins have public
 * certificates, and recommending `allow_insecure` for them would weaken checks for nothing.
 */
const PRIVATE_CERT = /\bself[- ]?signed\b|\b(private|internal|corporate|own) (ca|pki|certificate authority)\b|\buntrusted cert/i;

/** An https monitor described as checking self-signed origins, without `allow_insecure`. */
export const rule: Rule = {
  name: 'self-signed',
  reports: ['tls-untrusted-certificate-error'],
  kinds: ['monitor'],
  check({ doc, target, report }) {
    const m = target.node;
    if (monitorType(m) !== 'https') return;
    if (has(m, 'allow_insecure') && typedBoolean(m, MONITOR_FIELDS, 'allow_insecure') !== false) return;
    const description = typedString(m, MONITOR_FIELDS, 'description');
    const said = description !== undefined ? PRIVATE_CERT.exec(description)?.[0] : undefined;
    if (!said) return;
    const current = valueNode(m, 'allow_insecure');
    report({
      id: 'tls-untrusted-certificate-error',
      node: current ?? valueNode(m, 'description')!,
      message: `The description says "${said}": health checks reject certificates no public CA issued ("${entry('tls-untrusted-certificate-error').title}"). Set \`allow_insecure\` to \`true\`, or give the origins a publicly trusted certificate.`,
      fixes: () => [
        {
          title: 'Set allow_insecure true',
          kind: 'choice',
          edits: compose(doc, [current ? replaceNode(doc, current, true) : insertAfter(doc, pathOf(m), 'allow_insecure', true, 'type')]),
        },
      ],
    });
  },
};
