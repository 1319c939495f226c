import type { Node } from 'jsonc-parser';
import type { JsonDocument } from '../../document';
import type { FixProvider } from '../../findings';
import type { TargetKind } from '../../kinds/types';
import { anchorOf, propertyNode } from '../../json';
import type { Rule } from '../../rules/types';
import { displayPath } from '../check';
import { misspeltFields } from '../misspelt';
import { walkSchemaObjects, type SchemaPath } from '../walk';
import { type SchemaCheckParams, ownedBy, schemaRule } from './params';

/** What a kind adds to one object's finding: hints for the message and the fixes that add the fields. */
export interface MissingRepair {
  hints: string[];
  fixes?: FixProvider;
}

export interface RequiredFieldParams extends SchemaCheckParams {
  /** How the top object of each kind is named: "The application", "The monitor". */
  noun: Partial<Record<TargetKind, string>>;
  /** The kind's repairs for the missing fields of one object (`path` [] for the top object). */
  repair?: (doc: JsonDocument, top: Node, object: Node, path: SchemaPath, missing: string[]) => MissingRepair;
}

/**
 * Template: required fields of the kind's schema, one diagnostic per object naming every missing
 * field, on the key that holds the object (or its opening brace, for the top object or an array item).
 */
export function requiredFieldCheck(p: RequiredFieldParams): Rule {
  return schemaRule(p, ({ doc, target, report }, schema) => {
    for (const { node, fields, path } of walkSchemaObjects(target.node, schema.fields)) {
      const misspelt = misspeltFields(target, node, fields);
      const missing = fields.filter((f) => f.required && !propertyNode(node, f.name) && !misspelt.has(f.name) && !ownedBy(p.ownedElsewhere, [...path, f.name])).map((f) => f.name);
      if (missing.length === 0) continue;
      const list = missing.map((m) => `\`${m}\``).join(' and ');
      const what = path.length ? `\`${displayPath(path)}\` has no ${list}, which the API requires` : `${p.noun[target.kind] ?? 'The object'} has no ${list}, which the API requires`;
      const { hints, fixes } = p.repair?.(doc, target.node, node, path, missing) ?? { hints: [] };
      const holder = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
      const at = anchorOf(node);
      report({
        id: p.id,
        ...(holder ? { node: holder } : { offset: at.offset, length: at.length }),
        message: hints.length ? `${what}: ${hints.join('; ')}.` : `${what}.`,
        fixes,
      });
    }
  });
}
