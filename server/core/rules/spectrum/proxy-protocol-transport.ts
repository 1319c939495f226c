import { compose, setValue } from '../../edit';
import type { Fix } from '../../findings';
import { pathOf, valueNode } from '../../json';
import { appProtocol } from '../../spectrum/app';
import { enumValue } from '../../spectrum/fields';
import type { Rule } from '../types';

/** Proxy Protocol `v1` is TCP-only and `simple` UDP-only; `v2` works with both. */
export const rule: Rule = {
  name: 'proxy-protocol-transport',
  reports: ['proxy-protocol-transport'],
  kinds: ['spectrum-app'],
  check({ doc, target, report }) {
    const app = target.node;
    const transport = appProtocol(app)?.transport;
    const pp = enumValue(app, ['proxy_protocol']);
    if (!transport || !pp) return;
    const wrong = (pp === 'v1' && transport === 'udp') || (pp === 'simple' && transport === 'tcp');
    if (!wrong) return;
    const node = valueNode(app, 'proxy_protocol')!;
    const set = (v: string): Fix => ({ title: `Write "${v}"`, kind: 'choice', edits: compose(doc, [setValue(doc, pathOf(node), v)]) });
    const alternative = transport === 'udp' ? 'simple' : 'v1';
    const what = pp === 'v1' ? 'Proxy Protocol `v1` is a text header for TCP only' : 'Simple Proxy Protocol (`simple`) is for UDP only';
    report({
      id: 'proxy-protocol-transport',
      node,
      message: `${what}; for this ${transport.toUpperCase()} application use \`"v2"\` or \`"${alternative}"\`.`,
      fixes: () => [set('v2'), set(alternative)],
    });
  },
};
