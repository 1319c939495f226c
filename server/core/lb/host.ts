import type { Node } from 'jsonc-parser';
import { elements, propertyName, properties, stringValue } from '../json';
import { isHostname, isIP } from '../spectrum/values';

/** What is wrong with a `Host` header value, and the bare hostname it meant when that is clear. */
export interface HostProblem {
  message: string;
  host?: string;
}

/** Placeholder for a hostname the user must fill in; the Host checks flag it until edited. */
export const PLACEHOLDER_HOST = '<hostname>';

/** A Host value is a hostname or IP, optionally with `:port`; not a URL, not empty. */
export function hostHeaderProblem(value: string): HostProblem | undefined {
  if (isHostOk(value)) return undefined;
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#]+)(?:[/?#].*)?$/i.exec(value.trim());
  const host = m && isHostOk(m[1]) ? m[1] : undefined;
  if (value.trim() === '') return { message: 'The `Host` header is empty; write the hostname the origin serves.' };
  if (value === PLACEHOLDER_HOST) return { message: 'Replace the placeholder with the hostname the origin serves.' };
  return host
    ? { message: `The \`Host\` header is a bare hostname: write \`"${host}"\`, not \`"${value}"\`.`, host }
    : { message: `\`"${value}"\` is not a hostname; the \`Host\` header takes a name such as \`"app.example.com"\`.` };
}

function isHostOk(s: string): boolean {
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(s);
  if (bracketed) return isIP(bracketed[1]) && portOk(bracketed[2]);
  const colon = s.lastIndexOf(':');
  if (colon > 0 && s.indexOf(':') === colon) return hostOrIp(s.slice(0, colon)) && portOk(s.slice(colon + 1));
  return hostOrIp(s);
}

const hostOrIp = (s: string) => isHostname(s) || isIP(s);
const portOk = (p: string | undefined) => p === undefined || (/^\d{1,5}$/.test(p) && Number(p) <= 65535);

/** The host part of a Host value, without port or brackets. */
export function hostPart(value: string): string {
  const b = /^\[([^\]]+)\]/.exec(value);
  if (b) return b[1];
  const colon = value.lastIndexOf(':');
  return colon > 0 && value.indexOf(':') === colon ? value.slice(0, colon) : value;
}

/**
 * `{"Header": ["Host"], "Values": ["example.com"]}`: one v4 block written as the header object. Only
 * when its two keys are exactly those names (any case) and the header name is one string.
 */
export function flattenedHeaderBlock(obj: Node): { keys: string[]; name: string; value: Record<string, string[]> } | undefined {
  const props = properties(obj);
  if (props.length !== 2) return undefined;
  const byName = new Map(props.map((p) => [propertyName(p)?.toLowerCase(), p]));
  const headerProp = byName.get('header');
  const valuesProp = byName.get('values');
  if (!headerProp || !valuesProp) return undefined;
  const h = headerProp.children?.[1];
  const names = h?.type === 'string' ? [h.value as string] : elements(h).map(stringValue);
  const v = valuesProp.children?.[1];
  const values = v?.type === 'string' ? [v.value as string] : v?.type === 'array' ? elements(v).map(stringValue) : [];
  const name = names.length === 1 ? names[0] : undefined;
  if (!name || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name) || values.length === 0 || values.some((x) => x === undefined)) return undefined;
  return { keys: props.map((p) => propertyName(p)!), name, value: { [name]: values as string[] } };
}
