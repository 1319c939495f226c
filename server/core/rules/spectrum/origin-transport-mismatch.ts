import { compose, setValue } from '../../edit';
import { appProtocol, directEntries } from '../../spectrum/app';
import type { Rule } from '../types';
import { pathOf } from '../../json';

/** Each `origin_direct` address uses the transport of `protocol` (`udp/53` → `udp://`). */
export const rule: Rule = {
  name: 'origin-transport-mismatch',
  reports: ['origin-transport-mismatch'],
  kinds: ['spectrum-app'],
  check({ doc, target, report }) {
    const protocol = appProtocol(target.node);
    if (!protocol) return;
    for (const e of directEntries(target.node)) {
      if (!e.parsed.ok || e.parsed.scheme === protocol.transport) continue;
      const fixed = protocol.transport + e.text.slice(e.parsed.scheme.length);
      report({
        id: 'origin-transport-mismatch',
        node: e.node,
        message: `\`${e.text}\` uses ${e.parsed.scheme.toUpperCase()}, but \`protocol\` is ${protocol.transport.toUpperCase()}: write \`${fixed}\`.`,
        fixes: () => [{ title: `Write ${fixed}`, kind: 'safe', edits: compose(doc, [setValue(doc, pathOf(e.node), fixed)]) }],
      });
    }
  },
};
