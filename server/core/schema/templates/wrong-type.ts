import type { Node } from 'jsonc-parser';
import type { JsonDocument } from '../../document';
import { compose, replaceNode } from '../../edit';
import type { Fix } from '../../findings';
import { typePhrase } from '../../json';
import { wrapInArray } from '../../lb/edits';
import type { Rule } from '../../rules/types';
import { describeTypes, displayPath, matchesType } from '../check';
import type { FieldSpec } from '../types';
import { schemaVisits, type SchemaPath } from '../walk';
import { type SchemaCheckParams, ownedBy, schemaRule } from './params';

export interface WrongTypeParams extends SchemaCheckParams {
  /** Integer fields whose fractions a value rule with its own code reports (else this check does). */
  valueChecked?: string[];
  /** A number where only a string is allowed is quoted (`"expected_codes": 200`), where the kind's strings can be numeric. */
  quoteNumbers?: boolean;
  /** Values of another documented shape (a legacy form) that another rule reports. */
  skip?: (spec: FieldSpec, value: Node, path: SchemaPath) => boolean;
}

/** Template: every field and array item of the kind must have the JSON type its schema documents. */
export function wrongTypeCheck(p: WrongTypeParams): Rule {
  return schemaRule(p, ({ doc, target, report }, schema) => {
    for (const { spec, value, path } of schemaVisits(target.node, schema.fields)) {
      if (!value || ownedBy(p.ownedElsewhere, path)) continue;
      if (!matchesType(value, spec.type)) {
        if (p.skip?.(spec, value, path)) continue;
        const fix = repair(doc, spec, value, p.quoteNumbers ?? false);
        report({
          id: p.id,
          node: value,
          message: `${quoted(path)} must be ${describeTypes(spec.type)}, not ${typePhrase(value)}${fix ? `: ${fix.hint}` : '.'}`,
          fixes: fix ? () => [fix.fix()] : undefined,
        });
      } else if (fraction(spec, value) && !ownedBy(p.valueChecked, path)) {
        report({ id: p.id, node: value, message: `${quoted(path)} must be a whole number, not ${value.value}.` });
      }
    }
  }, true);
}

const fraction = (spec: FieldSpec, value: Node) =>
  value.type === 'number' && spec.type.includes('integer') && !spec.type.includes('number') && !Number.isInteger(value.value);

/** Spelled only for a report: most visits of a dump find the right type. */
const quoted = (path: SchemaPath) => `\`${displayPath(path)}\``;


/** The one required string field of an object spec, which a bare string stands for (a pool origin's `address`). */
function soleRequiredString(spec: FieldSpec): string | undefined {
  const required = spec.fields?.filter((f) => f.required) ?? [];
  return required.length === 1 && required[0].type.length === 1 && required[0].type[0] === 'string' ? required[0].name : undefined;
}

/** The unambiguous repair of a wrong type, when there is one. */
function repair(doc: JsonDocument, spec: FieldSpec, value: Node, quoteNumbers: boolean): { hint: string; fix: () => Fix } | undefined {
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
    const field = spec.type.includes('object') ? soleRequiredString(spec) : undefined;
    if (field) {
      const object = { [field]: value.value as string };
      const text = `{${JSON.stringify(field)}: ${JSON.stringify(value.value)}}`;
      return { hint: `write \`${text}\`.`, fix: safe(`Write ${text}`, object) };
    }
  }
  if (quoteNumbers && value.type === 'number' && spec.type.includes('string')) {
    const s = String(value.value);
    return { hint: `write \`"${s}"\` in quotes.`, fix: safe(`Write "${s}"`, s) };
  }
  if (spec.type.includes('array') && spec.items && matchesType(value, spec.items.type) && value.type !== 'array') {
    const text = JSON.stringify(value.value);
    return { hint: `put the value in a list, \`[${text}]\`.`, fix: () => ({ title: `Write [${text}]`, kind: 'safe', edits: wrapInArray(value) }) };
  }
  return undefined;
}
