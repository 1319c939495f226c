import type { Node } from 'jsonc-parser';
import { booleanValue, elements, propertyNode, valueNode } from '../json';
import type { Detector } from './types';

/** Whether an `errors` / `messages` array holds at least one `{ "code": ... }` item. */
function hasCodedItem(list: Node | undefined): boolean {
  return elements(list).some((item) => item.type === 'object' && propertyNode(item, 'code') !== undefined);
}

/**
 * A saved Cloudflare API failure: `{ "success": false, "errors": [{ "code", "message" }], ... }`.
 * A success envelope (`success: true`, empty `errors`) is not one; its `result` is detected on its own.
 */
export const errorEnvelope: Detector = {
  kind: 'error-envelope',
  globs: [],
  hint: /"success"\s*:\s*false|"(errors|messages)"\s*:\s*\[\s*\{/,
  looksLike(node: Node): boolean {
    const success = booleanValue(valueNode(node, 'success'));
    if (success === true) return hasCodedItem(valueNode(node, 'errors'));
    const errors = valueNode(node, 'errors');
    if (success === false) return errors?.type === 'array' || hasCodedItem(valueNode(node, 'messages'));
    // No `success` (a trimmed copy): coded errors next to a `result` or `messages` still make it one.
    return hasCodedItem(errors) && (propertyNode(node, 'result') !== undefined || propertyNode(node, 'messages') !== undefined);
  },
};
