import type { TerraformModel } from './front-end';
import type { TerraformResource } from './model';
import type { VersionForm } from './version';

/** What a file's model holds of one resource, by the resource's node (a target's node). */
export interface ResourceEntry {
  resource: TerraformResource;
  forms: VersionForm[];
}

const indexes = new WeakMap<TerraformModel, Map<unknown, ResourceEntry>>();

/**
 * A resource of the model by its node, with its version forms. Made once per model: checks that run
 * for every resource of a file would otherwise scan the file's resources and forms each time.
 */
export function resourceEntry(model: TerraformModel, node: unknown): ResourceEntry | undefined {
  let index = indexes.get(model);
  if (!index) {
    index = new Map(model.resources.map((resource) => [resource.node, { resource, forms: [] as VersionForm[] }]));
    for (const f of model.forms) index.get(f.resource)?.forms.push(f);
    indexes.set(model, index);
  }
  return index.get(node);
}
