import type { Node } from 'jsonc-parser';
import { CATALOG, findApiCode, type CatalogEntry } from '../catalog';
import { elements, propertyNode, stringValue, valueNode } from '../json';

/** One `{ "code", "message" }` item of an API envelope's `errors` or `messages`. */
export interface EnvelopeItem {
  list: 'errors' | 'messages';
  item: Node;
  codeNode: Node;
  code: number;
  message?: string;
}

/** A code as the API writes it (an integer), or as a copy may have it (a string of digits). */
export function codeOf(node: Node | undefined): number | undefined {
  if (node?.type === 'number' && Number.isInteger(node.value)) return node.value as number;
  if (node?.type === 'string' && /^\d{1,6}$/.test(node.value as string)) return Number(node.value);
  return undefined;
}

export function envelopeItems(envelope: Node): EnvelopeItem[] {
  const out: EnvelopeItem[] = [];
  for (const list of ['errors', 'messages'] as const) {
    for (const item of elements(valueNode(envelope, list))) {
      const codeNode = valueNode(item, 'code');
      const code = codeOf(codeNode);
      if (!codeNode || code === undefined) continue;
      out.push({ list, item, codeNode, code, message: stringValue(valueNode(item, 'message')) });
    }
  }
  return out;
}

/** Whether `node` is an `errors` / `messages` list of an object with `success` (an API envelope). */
export function isEnvelopeList(list: Node | undefined): boolean {
  const prop = list?.parent;
  if (prop?.type !== 'property' || prop.children?.[1] !== list) return false;
  const key = prop.children?.[0]?.value;
  return (key === 'errors' || key === 'messages') && propertyNode(prop.parent, 'success') !== undefined;
}

const normalise = (s: string) => s.trim().toLowerCase();

/**
 * A documented error without a number that a returned message identifies (e.g. `interval is not in
 * range [0, 0]` under 1002 means Load Balancing is not enabled), or undefined.
 */
export function entryForMessage(code: number, message: string | undefined): CatalogEntry | undefined {
  if (!message || !findApiCode(code)) return undefined;
  const m = normalise(message);
  return CATALOG.find((e) => (e.group === 'lb-api' || e.group === 'spectrum-api') && typeof e.code === 'string' && e.messages?.some((x) => normalise(x) === m));
}
