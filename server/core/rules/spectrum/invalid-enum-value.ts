import { getNodePath } from 'jsonc-parser';
import { compose, setValue } from '../../edit';
import type { Fix } from '../../findings';
import { displayPath, quoteValue, walkFields } from '../../schema/check';
import { SPECTRUM_APP_SCHEMA } from '../../schema/spectrum-app';
import type { Rule } from '../types';

/** Most choices offered as separate quick fixes; longer lists are only named in the message. */
const MAX_CHOICES = 4;

/** Every enum field of the application: the value must be one of the allowed strings, exactly. */
export const rule: Rule = {
  name: 'invalid-enum-value',
  reports: ['invalid-enum-value'],
  kinds: ['spectrum-app'],
  check({ doc, target, report }) {
    for (const { spec, value, path } of walkFields(target.node, SPECTRUM_APP_SCHEMA.fields)) {
      // Other JSON types are the wrong-type (or legacy-field) rule's to report.
      if (!spec.enum || value?.type !== 'string') continue;
      const text = value.value as string;
      if (spec.enum.includes(text)) continue;
      const field = `\`${displayPath(path)}\``;
      const allowed = spec.enum;
      const set = (v: string, kind: Fix['kind']): Fix => ({ title: `Write ${quoteValue(v)}`, kind, edits: compose(doc, [setValue(doc, getNodePath(value), v)]) });
      const sameButCase = allowed.find((a) => a.toLowerCase() === text.trim().toLowerCase());
      if (sameButCase !== undefined) {
        report({
          id: 'invalid-enum-value',
          node: value,
          message: `${field} ${sameButCase.toLowerCase() === text.toLowerCase() ? 'is case-sensitive' : 'takes no blanks'}: write ${quoteValue(sameButCase)}, not ${quoteValue(text)}.`,
          fixes: () => [set(sameButCase, 'safe')],
        });
        continue;
      }
      report({
        id: 'invalid-enum-value',
        node: value,
        message: `${quoteValue(text)} is not a valid ${field}; use one of ${allowed.map(quoteValue).join(', ')}.`,
        fixes: allowed.length <= MAX_CHOICES ? () => allowed.map((a) => set(a, 'choice')) : undefined,
      });
    }
  },
};
