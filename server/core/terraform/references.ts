import type { Node } from 'jsonc-parser';
import type { JsonDocument } from '../document';
import type { ModelNode } from './hcl-tree';

/**
 * Whether a value is a reference to a resource of `type` defined in the same Terraform file (such as
 * a pool's `monitor = cloudflare_load_balancer_monitor.http.id`): its value is unknown, but that it
 * names one of these objects is known.
 */
export function referencesResource(doc: JsonDocument, value: Node | undefined, type: string): boolean {
  const ref = (value as ModelNode | undefined)?.reference;
  if (!ref || !doc.terraform || !ref.startsWith(type + '.')) return false;
  return doc.terraform.resources.some((r) => `${r.type}.${r.name}` === ref);
}
