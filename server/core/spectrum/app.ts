import type { Node } from 'jsonc-parser';
import { stringValue, valueNode } from '../json';
import { parseProtocol, type Protocol } from './values';

/** The parsed `protocol` of an app, or undefined when it is missing or invalid (another rule reports that). */
export function appProtocol(app: Node): Protocol | undefined {
  const text = stringValue(valueNode(app, 'protocol'));
  if (text === undefined) return undefined;
  const p = parseProtocol(text);
  return p.ok ? p : undefined;
}

/** The port part of `protocol` as written (`22` or `1000-2000`), for building origins that match it. */
export function protocolPortText(p: Protocol): string {
  return p.isRange ? `${p.start}-${p.end}` : String(p.start);
}

/** Placeholder for an IP the user must still fill in; `origin_direct` validation flags it until edited. */
export const PLACEHOLDER_IP = '<origin-ip>';
