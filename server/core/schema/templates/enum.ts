import { compose, replaceNode } from '../../edit';
import type { Fix } from '../../findings';
import type { Rule } from '../../rules/types';
import { displayPath, editDistance, quoteValue } from '../check';
import { schemaVisits } from '../walk';
import { type SchemaCheckParams, ownedBy, schemaRule } from './params';

/** At most this many choices are offered as separate quick fixes; longer lists are only named. */
const MAX_CHOICES = 4;

/** How the dashboard, docs and other tools spell values: `ICMP-PING`, `udp-icmp`, `wnam`, `least connections`, `Full`. */
const loose = (s: string) => s.trim().toLowerCase().replace(/[-\s]+/g, '_');

/**
 * Template: every enum value of the kind must be one of the allowed strings, exactly. Other JSON types
 * are the wrong-type template's to report.
 */
export function enumCheck(p: SchemaCheckParams): Rule {
  return schemaRule(p, ({ doc, target, report }, schema) => {
    for (const { spec, value, path } of schemaVisits(target.node, schema.fields)) {
      if (!spec.enum || value?.type !== 'string' || ownedBy(p.ownedElsewhere, path)) continue;
      const text = value.value as string;
      const allowed = spec.enum;
      if (allowed.includes(text)) continue;
      const field = `\`${displayPath(path)}\``;
      const set = (v: string, kind: Fix['kind']): Fix => ({ title: `Write ${quoteValue(v)}`, kind, edits: compose(doc, [replaceNode(doc, value, v)]) });
      const same = allowed.filter((a) => loose(a) === loose(text));
      if (same.length === 1) {
        report({
          id: p.id,
          node: value,
          message: `${field} ${same[0].toLowerCase() === text.toLowerCase() ? 'is case-sensitive' : 'takes the value exactly as written'}: write ${quoteValue(same[0])}, not ${quoteValue(text)}.`,
          fixes: () => [set(same[0], 'safe')],
        });
        continue;
      }
      const close = allowed.filter((a) => editDistance(loose(a), loose(text)) <= (a.length <= 4 ? 1 : 2));
      const choices = close.length ? close : allowed.length <= MAX_CHOICES ? allowed : [];
      const hint = close.length ? ` Did you mean ${close.map(quoteValue).join(' or ')}?` : '';
      report({
        id: p.id,
        node: value,
        message: `${quoteValue(text)} is not a valid ${field}; use one of ${allowed.map(quoteValue).join(', ')}.${hint}`,
        fixes: choices.length ? () => choices.map((a) => set(a, 'choice')) : undefined,
      });
    }
  }, true);
}
