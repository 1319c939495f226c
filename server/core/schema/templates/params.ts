import type { TargetKind } from '../../kinds/types';
import type { Rule, RuleContext } from '../../rules/types';
import { dottedName, schemaFor, type SchemaPath } from '../by-kind';
import type { ObjectSchema } from '../types';

/**
 * What every schema-driven check template is given (as kube-linter's templates take parameters):
 * the rule's name, the catalog id it reports and the kinds whose schema (`schemaFor`) it reads.
 */
export interface SchemaCheckParams {
  name: string;
  id: string;
  kinds: TargetKind[];
  /**
   * Fields (as `dottedName` spells them: `header`, `origins[].header`) whose value and contents rules
   * of their own check; the template leaves them and everything below them alone.
   */
  ownedElsewhere?: string[];
}

/** Whether a path is at or below one of the fields another rule owns. */
export function ownedBy(owned: readonly string[] | undefined, path: SchemaPath): boolean {
  if (!owned?.length) return false;
  const name = dottedName(path);
  return owned.some((o) => name === o || name.startsWith(o + '.') || name.startsWith(o + '['));
}

/** How a kind is named in messages: "a Spectrum application", "a monitor", "a pool", "a load balancer". */
export const KIND_NOUN: Partial<Record<TargetKind, string>> = { 'spectrum-app': 'a Spectrum application', monitor: 'a monitor', pool: 'a pool', 'load-balancer': 'a load balancer' };

/**
 * The registration every template shares: a rule over the schema of its target's kind. `fieldByField`
 * for the templates whose findings are each about one field alone (see `Rule.fieldByField`).
 */
export function schemaRule(p: SchemaCheckParams, check: (ctx: RuleContext, schema: ObjectSchema) => void, fieldByField = false): Rule {
  return {
    name: p.name,
    reports: [p.id],
    kinds: p.kinds,
    ...(fieldByField ? { fieldByField } : {}),
    check(ctx) {
      const schema = schemaFor(ctx.target.kind);
      if (schema) check(ctx, schema);
    },
  };
}
