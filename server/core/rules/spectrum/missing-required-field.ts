import { getNodePath, type Node } from 'jsonc-parser';
import { type EditStep, compose, insertAfter } from '../../edit';
import type { Fix } from '../../findings';
import { anchorOf, elements, propertyNode, stringValue, valueNode } from '../../json';
import { displayPath, walkObjects } from '../../schema/check';
import { SPECTRUM_APP_SCHEMA } from '../../schema/spectrum-app';
import { edgeIpsMode } from '../../spectrum/fields';
import { parseOrigin } from '../../spectrum/values';
import type { Rule } from '../types';

/** Placeholder for a hostname the user must fill in; dns-name-invalid flags it until edited. */
export const PLACEHOLDER_HOSTNAME = '<hostname>';

/** Required fields whose absence a rule with an API code reports instead (11001 for the origin hostname). */
const OWNED_ELSEWHERE = new Set(['origin_dns.name']);

/**
 * `protocol`, `dns`, `dns.type`, `dns.name`: one diagnostic per object, naming every missing field,
 * on the key that holds the object (or its opening brace).
 */
export const rule: Rule = {
  name: 'missing-required-field',
  reports: ['missing-required-field'],
  kinds: ['spectrum-app'],
  check({ doc, target, report }) {
    const app = target.node;
    for (const { node, fields, path } of walkObjects(app, SPECTRUM_APP_SCHEMA.fields)) {
      const missing = fields
        .filter((f) => f.required && !propertyNode(node, f.name) && !OWNED_ELSEWHERE.has(displayPath([...path, f.name])))
        .map((f) => f.name);
      if (missing.length === 0) continue;
      const list = missing.map((m) => `\`${m}\``).join(' and ');
      const what = path.length ? `\`${displayPath(path)}\` has no ${list}, which the API requires` : `The application has no ${list}, which the API requires`;
      const objectPath = getNodePath(node);
      const mode = edgeIpsMode(app);
      const dnsType = mode === 'static' ? 'ADDRESS' : mode === 'dynamic' ? 'CNAME' : undefined;
      const fixes: Array<() => Fix> = [];
      const hints: string[] = [];
      if (path.length === 0) {
        if (missing.includes('dns') && dnsType) {
          const value = { type: dnsType, name: PLACEHOLDER_HOSTNAME };
          hints.push(`add \`"dns": ${JSON.stringify(value)}\` with the application's hostname`);
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
      const holder = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
      const at = anchorOf(node);
      report({
        id: 'missing-required-field',
        ...(holder ? { node: holder } : { offset: at.offset, length: at.length }),
        message: hints.length ? `${what}: ${hints.join('; ')}.` : `${what}.`,
        fixes: fixes.length ? () => fixes.map((f) => f()) : undefined,
      });

      function fix(title: string, kind: Fix['kind'], steps: EditStep[]): Fix {
        return { title, kind, edits: compose(doc, steps) };
      }
    }
  },
};

/** `tcp/22` from the first `origin_direct` address, as a likely edge port when `protocol` is missing. */
function protocolFromOrigin(app: Node): string | undefined {
  const first = stringValue(elements(valueNode(app, 'origin_direct'))[0]);
  if (first === undefined) return undefined;
  const o = parseOrigin(first);
  if (!o.ok) return undefined;
  return `${o.scheme}/${o.ports.isRange ? `${o.ports.start}-${o.ports.end}` : o.ports.start}`;
}
