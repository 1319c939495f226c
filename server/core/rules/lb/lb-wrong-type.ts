import type { Node } from 'jsonc-parser';
import type { JsonDocument } from '../../document';
import { compose, replaceNode } from '../../edit';
import type { Fix } from '../../findings';
import { typeName } from '../../json';
import { wrapInArray } from '../../lb/edits';
import { lbSchema } from '../../lb/fields';
import { fieldName, schemaVisits } from '../../schema/walk';
import { describeTypes, displayPath, matchesType } from '../../schema/check';
import type { FieldSpec } from '../../schema/types';
import type { Rule } from '../types';

/** Headers have their own rules, which know the Terraform block shape and the single `Host` value. */
const OWNED_ELSEWHERE = new Set(['header', 'origins[].header']);

/** A null `origins` is an empty origin list to the API: pool-origins-empty reports it with the API's answer. */
const NULL_OWNED_ELSEWHERE = new Set(['origins']);

/** A header or anything inside one. */
const owned = (name: string) => [...OWNED_ELSEWHERE].some((o) => name === o || name.startsWith(o + '.') || name.startsWith(o + '['));

/** Every field and array item of a monitor or pool must have the JSON type the schema documents. */
export const rule: Rule = {
  name: 'lb-wrong-type',
  reports: ['lb-wrong-type'],
  kinds: ['monitor', 'pool'],
  check({ doc, target, report }) {
    const schema = lbSchema(target.kind);
    if (!schema) return;
    for (const { spec, value, path } of schemaVisits(target.node, schema.fields)) {
      if (!value || owned(fieldName(path)) || (value.type === 'null' && NULL_OWNED_ELSEWHERE.has(fieldName(path)))) continue;
      const where = `\`${displayPath(path)}\``;
      if (!matchesType(value, spec.type)) {
        const fix = repair(doc, spec, value);
        report({
          id: 'lb-wrong-type',
          node: value,
          message: `${where} must be ${describeTypes(spec.type)}, not ${article(typeName(value))}${fix ? `: ${fix.hint}` : '.'}`,
          fixes: fix ? () => [fix.fix()] : undefined,
        });
      } else if (value.type === 'number' && spec.type.includes('integer') && !spec.type.includes('number') && !Number.isInteger(value.value)) {
        report({ id: 'lb-wrong-type', node: value, message: `${where} must be a whole number, not ${value.value}.` });
      }
    }
  },
};

const article = (t: string) => (/^[aeiou]/.test(t) ? 'an ' : 'a ') + t;

/** The unambiguous repair of a wrong type, when there is one. */
function repair(doc: JsonDocument, spec: FieldSpec, value: Node): { hint: string; fix: () => Fix } | undefined {
  const safe = (title: string, v: unknown) => (): Fix => ({ title, kind: 'safe', edits: compose(doc, [replaceNode(doc, value, v)]) });
  const numeric = spec.type.includes('integer') || spec.type.includes('number');
  if (value.type === 'string') {
    const s = (value.value as string).trim();
    if (spec.type.includes('boolean') && /^(true|false)$/i.test(s)) {
      const b = s.toLowerCase() === 'true';
      return { hint: `write \`${b}\` without quotes.`, fix: safe(`Write ${b}`, b) };
    }
    const n = Number(s);
    if (numeric && /^-?\d{1,15}(\.\d+)?$/.test(s) && (spec.type.includes('number') || Number.isInteger(n))) {
      return { hint: `write \`${n}\` without quotes.`, fix: safe(`Write ${n}`, n) };
    }
  }
  // `"expected_codes": 200` is a number where the API wants the string "200".
  if (value.type === 'number' && spec.type.includes('string')) {
    const s = String(value.value);
    return { hint: `write \`"${s}"\` in quotes.`, fix: safe(`Write "${s}"`, s) };
  }
  // A pool origin written as a bare address string.
  if (value.type === 'string' && spec.name === 'origins[]') {
    const address = value.value as string;
    return { hint: `write \`{"address": ${JSON.stringify(address)}}\`.`, fix: safe(`Write {"address": ${JSON.stringify(address)}}`, { address }) };
  }
  if (spec.type.includes('array') && spec.items && matchesType(value, spec.items.type) && value.type !== 'array') {
    const text = JSON.stringify(value.value);
    return { hint: `put the value in a list, \`[${text}]\`.`, fix: () => ({ title: `Write [${text}]`, kind: 'safe', edits: wrapInArray(value) }) };
  }
  return undefined;
}
