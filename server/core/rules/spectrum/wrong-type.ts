import { getNodePath, type Node } from 'jsonc-parser';
import { compose, setValue } from '../../edit';
import type { Fix } from '../../findings';
import { elements, typeName } from '../../json';
import { describeTypes, displayPath, matchesType, walkFields } from '../../schema/check';
import { SPECTRUM_APP_SCHEMA } from '../../schema/spectrum-app';
import type { FieldSpec } from '../../schema/types';
import { isLegacyValue } from '../../spectrum/fields';
import type { JsonDocument } from '../../document';
import type { Rule } from '../types';

/** Every field (and array item) of the application must have the JSON type the schema documents. */
export const rule: Rule = {
  name: 'wrong-type',
  reports: ['wrong-type'],
  kinds: ['spectrum-app'],
  check({ doc, target, report }) {
    for (const { spec, value, path } of walkFields(target.node, SPECTRUM_APP_SCHEMA.fields)) {
      if (!value) continue;
      if (!matchesType(value, spec.type)) {
        if (isLegacyValue(spec, value, path)) continue;
        const fix = repair(doc, spec, value);
        report({
          id: 'wrong-type',
          node: value,
          message: `\`${displayPath(path)}\` must be ${describeTypes(spec.type)}, not ${article(typeName(value))}${fix ? `: ${fix.hint}` : '.'}`,
          fixes: fix ? () => [fix.fix()] : undefined,
        });
        continue;
      }
      if (spec.items && value.type === 'array') {
        elements(value).forEach((item, i) => {
          if (matchesType(item, spec.items!.type)) return;
          report({
            id: 'wrong-type',
            node: item,
            message: `\`${displayPath([...path, i])}\` must be ${describeTypes(spec.items!.type)}, not ${article(typeName(item))}.`,
          });
        });
      }
    }
  },
};

const article = (t: string) => (/^[aeiou]/.test(t) ? 'an ' : 'a ') + t;

/** The unambiguous repair of a wrong type, when there is one. */
function repair(doc: JsonDocument, spec: FieldSpec, value: Node): { hint: string; fix: () => Fix } | undefined {
  const safe = (title: string, v: unknown) => (): Fix => ({ title, kind: 'safe', edits: compose(doc, [setValue(doc, getNodePath(value), v)]) });
  if (value.type === 'string') {
    const s = (value.value as string).trim();
    if (spec.type.includes('boolean') && /^(true|false)$/i.test(s)) {
      const b = s.toLowerCase() === 'true';
      return { hint: `write \`${b}\` without quotes.`, fix: safe(`Write ${b}`, b) };
    }
    if ((spec.type.includes('integer') || spec.type.includes('number')) && /^\d{1,15}$/.test(s)) {
      return { hint: `write \`${Number(s)}\` without quotes.`, fix: safe(`Write ${Number(s)}`, Number(s)) };
    }
  }
  if (spec.type.includes('array') && spec.items && matchesType(value, spec.items.type)) {
    const text = JSON.stringify(value.value);
    // Written inline, where the value was, as a one-entry list usually is.
    const wrap = (): Fix => ({ title: `Write [${text}]`, kind: 'safe', edits: [{ offset: value.offset, length: value.length, content: `[${text}]` }] });
    return { hint: `put the value in a list, \`[${text}]\`.`, fix: wrap };
  }
  return undefined;
}

