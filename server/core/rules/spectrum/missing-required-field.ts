import type { Node } from 'jsonc-parser';
import type { JsonDocument } from '../../document';
import { type EditStep, compose, insertAfter } from '../../edit';
import { fieldText } from '../../field-text';
import type { Fix } from '../../findings';
import { elements, pathOf, stringValue, valueNode } from '../../json';
import { requiredFieldCheck, type MissingRepair } from '../../schema/templates/required-field';
import type { SchemaPath } from '../../schema/walk';
import { edgeIpsMode } from '../../spectrum/fields';
import { formatProtocol, parseOrigin } from '../../spectrum/values';

/** Placeholder for a hostname the user must fill in; dns-name-invalid flags it until edited. */
export const PLACEHOLDER_HOSTNAME = '<hostname>';

/**
 * `protocol`, `dns`, `dns.type`, `dns.name`: one diagnostic per object, naming every missing field,
 * on the key that holds the object (or its opening brace).
 */
export const rule = requiredFieldCheck({
  name: 'missing-required-field',
  id: 'missing-required-field',
  kinds: ['spectrum-app'],
  noun: { 'spectrum-app': 'The application' },
  // 11001 reports a DNS origin without its hostname, with an API code.
  ownedElsewhere: ['origin_dns.name'],
  repair,
});

/** The dns object (with the type the edge IPs imply) and the protocol the origin suggests. */
function repair(doc: JsonDocument, app: Node, node: Node, path: SchemaPath, missing: string[]): MissingRepair {
  const objectPath = pathOf(node);
  const mode = edgeIpsMode(app);
  const dnsType = mode === 'static' ? 'ADDRESS' : mode === 'dynamic' ? 'CNAME' : undefined;
  const fixes: Array<() => Fix> = [];
  const hints: string[] = [];
  const fix = (title: string, kind: Fix['kind'], steps: EditStep[]): Fix => ({ title, kind, edits: compose(doc, steps) });
  if (path.length === 0) {
    if (missing.includes('dns') && dnsType) {
      const value = { type: dnsType, name: PLACEHOLDER_HOSTNAME };
      hints.push(`add ${fieldText(doc, 'dns', value, 'spectrum-app')}, with the application's hostname as the name`);
      fixes.push(() => fix('Add dns (edit the hostname)', 'placeholder', [insertAfter(doc, objectPath, 'dns', value, 'protocol')]));
    }
    const derived = missing.includes('protocol') ? protocolFromOrigin(app) : undefined;
    if (derived) {
      hints.push(`set \`protocol\` to the edge port, such as \`"${derived}"\``);
      fixes.push(() => fix(`Add protocol "${derived}" (the origin's port)`, 'choice', [insertAfter(doc, objectPath, 'protocol', derived)]));
    }
  } else if (path.length === 1 && path[0] === 'dns') {
    const steps: EditStep[] = [];
    if (missing.includes('type') && dnsType) steps.push(insertAfter(doc, objectPath, 'type', dnsType));
    if (missing.includes('name')) steps.push(insertAfter(doc, objectPath, 'name', PLACEHOLDER_HOSTNAME));
    const onlyType = missing.length === 1 && missing[0] === 'type';
    if (onlyType && dnsType) hints.push(`with ${mode} edge IPs it is \`"${dnsType}"\``);
    if (steps.length === missing.length) {
      fixes.push(() => fix(onlyType ? `Add type "${dnsType}"` : `Add ${missing.join(' and ')} (edit the hostname)`, onlyType ? 'safe' : 'placeholder', steps));
    }
  }
  return { hints, fixes: fixes.length ? () => fixes.map((f) => f()) : undefined };
}

/** `tcp/22` from the first `origin_direct` address, as a likely edge port when `protocol` is missing. */
function protocolFromOrigin(app: Node): string | undefined {
  const first = stringValue(elements(valueNode(app, 'origin_direct'))[0]);
  if (first === undefined) return undefined;
  const o = parseOrigin(first);
  if (!o.ok) return undefined;
  return formatProtocol({ transport: o.scheme, ...o.ports });
}
