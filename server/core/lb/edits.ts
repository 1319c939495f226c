import type { Node } from 'jsonc-parser';
import type { Edit } from '../edit';

/**
 * `"x"` → `["x"]` in place, keeping the value's own text (escapes included) and the line layout:
 * a header written inline stays inline.
 */
export function wrapInArray(node: Node): Edit[] {
  return [
    { offset: node.offset, length: 0, content: '[' },
    { offset: node.offset + node.length, length: 0, content: ']' },
  ];
}
