import type { Node } from 'jsonc-parser';
import { compose, remove, replaceNode } from '../../edit';
import { valueText } from '../../field-text';
import type { Fix } from '../../findings';
import { elements, mayBe, propertyName, properties, typePhrase } from '../../json';
import { origins, propertyPath } from '../../lb/fields';
import { wrapInArray } from '../../lb/edits';
import { hostHeaderProblem, hostPart, type HostProblem } from '../../lb/host';
import { isFqdn, isIP } from '../../spectrum/values';
import type { Rule } from '../types';

/** An origin `header`: only `Host`, as an array with exactly one hostname. */
export const rule: Rule = {
  name: 'origin-host-header',
  reports: ['pool-origin-host-header'],
  kinds: ['pool'],
  check({ doc, target, report }) {
    for (const { node: o, index } of origins(target.node)) {
      const prop = properties(o).find((p) => propertyName(p) === 'header');
      const header = prop?.children?.[1];
      if (!header) continue;
      const at = `\`origins[${index}].header\``;
      const fix = (title: string, kind: Fix['kind'], node: Node, value: unknown): Fix => ({ title, kind, edits: compose(doc, [replaceNode(doc, node, value)]) });
      if (header.type !== 'object') {
        // Provider v5 sends a pool origin's Host header only as `host` (terraform-origin-host-header).
        const example = doc.language === 'terraform' ? { host: ['app.example.com'] } : { Host: ['app.example.com'] };
        report({ id: 'pool-origin-host-header', node: header, message: `${at} must be an object such as ${valueText(doc, example)}, not ${typePhrase(header)}.` });
        continue;
      }
      for (const p of properties(header)) {
        const name = propertyName(p);
        const key = p.children?.[0];
        const value = p.children?.[1];
        if (name === undefined || !key) continue;
        if (name.toLowerCase() !== 'host') {
          report({
            id: 'pool-origin-host-header',
            node: key,
            message: `${at} supports only \`Host\`; \`${name}\` is not sent.`,
            fixes: () => [{ title: `Remove the ${name} header`, kind: 'choice', edits: compose(doc, [remove(doc, propertyPath(p))]) }],
          });
          continue;
        }
        if (name !== 'Host') {
          // Terraform v5 and IBM's docs of the same API write `host`, and no rejection is documented: a warning, and the value is still checked.
          report({
            id: 'pool-origin-host-header',
            node: key,
            severity: 'warning',
            message: `The API documents the header name as \`Host\`; write \`Host\`, not \`${name}\`.`,
            fixes: () => [{ title: 'Rename to Host', kind: 'safe', edits: [{ offset: key.offset, length: key.length, content: '"Host"' }] }],
          });
        }
        if (!value) continue;
        if (value.type === 'string') {
          const s = value.value as string;
          report({
            id: 'pool-origin-host-header',
            node: value,
            message: `The \`Host\` value is an array with one hostname: write \`[${JSON.stringify(s)}]\`.`,
            fixes: () => [{ title: `Write [${JSON.stringify(s)}]`, kind: 'safe', edits: wrapInArray(value) }],
          });
          continue;
        }
        const items = elements(value);
        if (value.type !== 'array' || items.some((i) => !mayBe(i, 'string'))) {
          report({ id: 'pool-origin-host-header', node: value, message: 'The `Host` value must be an array with one hostname, such as `["app.example.com"]`.' });
          continue;
        }
        if (items.length !== 1) {
          report({
            id: 'pool-origin-host-header',
            node: value,
            message: items.length === 0 ? 'The `Host` array is empty; give exactly one hostname, or remove the header.' : `An origin takes exactly one \`Host\`, not ${items.length}; keep one.`,
            fixes: items.length > 1 && items.every((i) => i.type === 'string') ? () => items.map((i) => fix(`Keep "${i.value}"`, 'choice', value, [i.value])) : undefined,
          });
          continue;
        }
        if (items[0].type !== 'string') continue;
        const problem = hostHeaderProblem(items[0].value as string) ?? notFullyQualified(items[0].value as string);
        if (problem) {
          report({
            id: 'pool-origin-host-header',
            node: items[0],
            message: problem.message,
            fixes: problem.host ? () => [fix(`Write "${problem.host}"`, 'safe', items[0], problem.host)] : undefined,
          });
        }
      }
    }
  },
};

/**
 * An origin's Host must be a name under a zone of the account, the endpoint address, or a name that
 * publicly resolves to it: a single label (`origin_address`, `localhost`) is none of these.
 */
function notFullyQualified(value: string): HostProblem | undefined {
  const host = hostPart(value);
  if (isIP(host) || isFqdn(host)) return undefined;
  return { message: `\`"${value}"\` is not a fully qualified hostname; an origin's \`Host\` is a name under one of the account's zones, or one that resolves to the endpoint, such as \`"app.example.com"\`.` };
}
