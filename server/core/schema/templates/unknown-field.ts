import type { TargetKind } from '../../kinds/types';
import { propertyName } from '../../json';
import type { Rule } from '../../rules/types';
import { displayPath } from '../check';
import { renameCandidates } from '../misspelt';
import { renameSuggestion } from '../rename';
import { fieldMap, walkSchemaObjects } from '../walk';
import { KIND_NOUN, type SchemaCheckParams, ownedBy, schemaRule } from './params';

export interface UnknownFieldParams extends SchemaCheckParams {
  /** Per kind, top-level keys that are known mistakes (another tool's name, a field of another object), with what to write instead. */
  explained?: Partial<Record<TargetKind, Record<string, string>>>;
}

/**
 * Template: keys the kind's schema does not know, at every level it describes (nested objects and
 * objects in arrays). API responses are left alone: what Cloudflare returned is known to the API.
 */
export function unknownFieldCheck(p: UnknownFieldParams): Rule {
  return schemaRule(p, ({ target, report }, schema) => {
    const what = KIND_NOUN[target.kind] ?? 'this object';
    for (const { node, fields, path } of walkSchemaObjects(target.node, schema.fields)) {
      if (path.length && ownedBy(p.ownedElsewhere, path)) continue;
      const known = fieldMap(fields);
      const where = path.length ? ` in \`${displayPath(path)}\` of ${what}` : ` of ${what}`;
      for (const prop of node.children ?? []) {
        const name = propertyName(prop);
        const key = prop.children?.[0];
        if (name === undefined || !key || known.has(name)) continue;
        // `$schema` names the generated JSON Schema for editors (schemas/*.schema.json).
        if (path.length === 0 && name === '$schema') continue;
        const explained = path.length === 0 ? p.explained?.[target.kind]?.[name] : undefined;
        if (explained) {
          report({ id: p.id, node: key, message: `\`${name}\` ${explained}` });
          continue;
        }
        const { hint, fixes } = renameSuggestion(key, renameCandidates(name, node, fields));
        report({ id: p.id, node: key, message: `\`${name}\` is not a field${where}.${hint}`, fixes });
      }
    }
  }, true);
}
