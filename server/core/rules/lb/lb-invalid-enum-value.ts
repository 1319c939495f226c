import { compose, replaceNode } from '../../edit';
import type { Fix } from '../../findings';
import { lbSchema } from '../../lb/fields';
import { schemaVisits } from '../../schema/walk';
import { displayPath, editDistance, quoteValue } from '../../schema/check';
import type { Rule } from '../types';

/** At most this many choices are offered as separate quick fixes; longer lists are only named. */
const MAX_CHOICES = 4;

/** How the dashboard, docs and other tools spell values: `ICMP-PING`, `udp-icmp`, `wnam`, `least connections`. */
const loose = (s: string) => s.trim().toLowerCase().replace(/[-\s]+/g, '_');

/**
 * Every enum value of a monitor or pool (monitor `type`, `check_regions`, steering and shedding
 * policies, `health_sources`) must be one of the allowed strings, exactly.
 */
export const rule: Rule = {
  name: 'lb-invalid-enum-value',
  reports: ['lb-invalid-enum-value'],
  kinds: ['monitor', 'pool'],
  check({ doc, target, report }) {
    const schema = lbSchema(target.kind);
    if (!schema) return;
    for (const { spec, value, path } of schemaVisits(target.node, schema.fields)) {
      if (!spec.enum || value?.type !== 'string') continue; // other types are the wrong-type rule's
      const text = value.value as string;
      const allowed = spec.enum;
      if (allowed.includes(text)) continue;
      const field = `\`${displayPath(path)}\``;
      const set = (v: string, kind: Fix['kind']): Fix => ({ title: `Write ${quoteValue(v)}`, kind, edits: compose(doc, [replaceNode(doc, value, v)]) });
      const same = allowed.filter((a) => loose(a) === loose(text));
      if (same.length === 1) {
        report({
          id: 'lb-invalid-enum-value',
          node: value,
          message: `${field}${same[0].toLowerCase() === text.toLowerCase() ? ' is case-sensitive:' : ':'} the API value is ${quoteValue(same[0])}, not ${quoteValue(text)}.`,
          fixes: () => [set(same[0], 'safe')],
        });
        continue;
      }
      const close = allowed.filter((a) => editDistance(loose(a), loose(text)) <= (a.length <= 4 ? 1 : 2));
      const choices = close.length ? close : allowed.length <= MAX_CHOICES ? allowed : [];
      const hint = close.length ? ` Did you mean ${close.map(quoteValue).join(' or ')}?` : '';
      report({
        id: 'lb-invalid-enum-value',
        node: value,
        message: `${quoteValue(text)} is not a valid ${field}; use one of ${allowed.map(quoteValue).join(', ')}.${hint}`,
        fixes: choices.length ? () => choices.map((a) => set(a, 'choice')) : undefined,
      });
    }
  },
};
