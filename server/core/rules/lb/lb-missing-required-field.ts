import { anchorOf, propertyNode } from '../../json';
import { lbSchema } from '../../lb/fields';
import { fieldName, walkSchemaObjects } from '../../schema/walk';
import { displayPath } from '../../schema/check';
import type { Rule } from '../types';

/** Pool `name` and `origins`, and each origin's `address`: one diagnostic per object, naming every missing field. */
export const rule: Rule = {
  name: 'lb-missing-required-field',
  reports: ['lb-missing-required-field'],
  kinds: ['monitor', 'pool'],
  check({ target, report }) {
    const schema = lbSchema(target.kind);
    if (!schema) return;
    for (const { node, fields, path } of walkSchemaObjects(target.node, schema.fields)) {
      const missing = fields.filter((f) => f.required && !propertyNode(node, f.name)).map((f) => `\`${f.name}\``);
      if (missing.length === 0) continue;
      const list = missing.join(' and ');
      const what = path.length
        ? `\`${displayPath(path)}\` has no ${list}, which the API requires.`
        : `The ${target.kind} has no ${list}, which the API requires.`;
      const holder = node.parent?.type === 'property' ? node.parent : undefined;
      const at = anchorOf(node);
      // An origin inside `origins` has no key: point at its opening brace.
      const where = holder && fieldName(path) !== 'origins[]' ? { node: holder } : { offset: at.offset, length: at.length };
      report({ id: 'lb-missing-required-field', ...where, message: what });
    }
  },
};
