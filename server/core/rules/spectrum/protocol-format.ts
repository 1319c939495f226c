import { compose, setValue } from '../../edit';
import type { Fix } from '../../findings';
import { pathOf, valueNode } from '../../json';
import { NAMED_PROTOCOLS, parsePortSpec, parseProtocol } from '../../spectrum/values';
import type { Rule } from '../types';

const NAMED = Object.keys(NAMED_PROTOCOLS).map((n) => `\`${n}\``).join(', ');

/**
 * `protocol` must be `tcp/<port>`, `udp/<port>`, a range or a named protocol (`rdp`), lower case, ports 1-65535 going up. This
 * rule alone reports its case too (`TCP/22`): `protocol` is not an enum, so no other rule does.
 */
export const rule: Rule = {
  name: 'protocol-format',
  reports: ['protocol-format'],
  kinds: ['spectrum-app'],
  fieldByField: true,
  check({ doc, target, report }) {
    const node = valueNode(target.node, 'protocol');
    if (node?.type !== 'string') return; // missing: missing-required-field; other types: wrong-type
    const text = node.value as string;
    const parsed = parseProtocol(text);
    if (parsed.ok) return;
    const write = (v: string, kind: Fix['kind']): Fix => ({ title: `Write ${v}`, kind, edits: compose(doc, [setValue(doc, pathOf(node), v)]) });

    // Same protocol with stray case or spaces: one unambiguous spelling.
    const tidy = text.replace(/\s+/g, '').toLowerCase();
    if (tidy !== text && parseProtocol(tidy).ok) {
      const how = tidy === text.toLowerCase() ? 'is case-sensitive' : /\s/.test(text) && tidy === text.replace(/\s+/g, '') ? 'takes no blanks' : 'is case-sensitive and takes no blanks';
      report({ id: 'protocol-format', node, message: `\`protocol\` ${how}: write \`${tidy}\`.`, fixes: () => [write(tidy, 'safe')] });
      return;
    }
    const m = /^(tcp|udp)\/(\d{1,5})-(\d{1,5})$/i.exec(tidy);
    if (m && parsePortSpec(m[2]).ok && parsePortSpec(m[3]).ok) {
      const [a, b] = [Number(m[2]), Number(m[3])];
      const fixed = a === b ? `${m[1]}/${a}` : `${m[1]}/${b}-${a}`;
      const why = a === b ? `the range ${a}-${b} holds one port; write it as a single port` : `the range ${a}-${b} goes downwards; write it from the lower port`;
      report({ id: 'protocol-format', node, message: `\`protocol\` \`${text}\`: ${why}, \`${fixed}\`.`, fixes: () => [write(fixed, 'choice')] });
      return;
    }
    // A bare port: the transport is the user's choice.
    if (parsePortSpec(tidy).ok) {
      report({
        id: 'protocol-format',
        node,
        message: `\`protocol\` needs the transport before the port: write \`tcp/${tidy}\` or \`udp/${tidy}\`.`,
        fixes: () => [write(`tcp/${tidy}`, 'choice'), write(`udp/${tidy}`, 'choice')],
      });
      return;
    }
    const web = /^(https?)\/(\d{1,5})$/.exec(tidy);
    if (web) {
      report({
        id: 'protocol-format',
        node,
        message: `\`protocol\` is the transport, not the application type: write \`tcp/${web[2]}\` and set \`traffic_type\` to \`"${web[1]}"\`.`,
      });
      return;
    }
    // Judge the port part as written: the user's own spelling is quoted back, not a lower-cased copy.
    const compact = text.replace(/\s+/g, '');
    const ports = /^(tcp|udp)\//i.test(compact) ? parsePortSpec(compact.slice(4)) : undefined;
    const problem = ports && !ports.ok ? ports.problem : parsed.problem;
    report({
      id: 'protocol-format',
      node,
      message: `Invalid \`protocol\`: ${problem}. Write the edge port as \`tcp/22\`, \`udp/53\` or a range such as \`tcp/1000-2000\`, or name the protocol: ${NAMED}.`,
    });
  },
};
