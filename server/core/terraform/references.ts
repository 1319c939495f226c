import type { Node } from 'jsonc-parser';
import type { ModelNode } from './hcl-tree';

/**
 * Whether a value is a reference to an attribute of a resource of `type` (such as a pool's
 * `monitor = cloudflare_load_balancer_monitor.http.id`): its value is unknown, but that it names one
 * of these objects is known (Terraform fails a reference to a resource the module does not define).
 * Read from the value alone, so a finding that uses it depends on its object's text only.
 */
export function referencesResource(value: Node | undefined, type: string): boolean {
  return (value as ModelNode | undefined)?.reference?.startsWith(type + '.') ?? false;
}
