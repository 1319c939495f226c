import { compose, replaceNode } from '../../edit';
import { valueNode } from '../../json';
import { isHttpType, monitorType } from '../../lb/fields';
import type { Rule } from '../types';

const TCP_METHOD = 'connection_established';

/** `tcp` monitors use `method` `connection_established`; http(s) monitors an HTTP method. */
export const rule: Rule = {
  name: 'method',
  reports: ['monitor-method'],
  kinds: ['monitor'],
  check({ doc, target, report }) {
    const m = target.node;
    const type = monitorType(m);
    const value = valueNode(m, 'method');
    if (value?.type !== 'string') return;
    const method = value.value as string;
    let to: string | undefined;
    if (type === 'tcp' && method !== TCP_METHOD) to = TCP_METHOD;
    else if (isHttpType(type) && method.trim().toLowerCase() === TCP_METHOD) to = 'GET';
    if (!to) return;
    report({
      id: 'monitor-method',
      node: value,
      message:
        to === TCP_METHOD
          ? `A \`tcp\` monitor's \`method\` is \`"${TCP_METHOD}"\`, not \`"${method}"\`.`
          : `\`"${method}"\` is the method of \`tcp\` monitors; an \`${type}\` monitor sends an HTTP method such as \`"GET"\`.`,
      fixes: () => [{ title: `Write "${to}"`, kind: 'safe', edits: compose(doc, [replaceNode(doc, value, to)]) }],
    });
  },
};
