import type { Node } from 'jsonc-parser';
import { compose, replaceNode } from '../../edit';
import { fieldText, valueText } from '../../field-text';
import { elements, mayBe, propertyName, properties, stringValue, typePhrase, valueNode } from '../../json';
import { blocksToObject, wrapInArray } from '../../lb/edits';
import { isHttpType, monitorType } from '../../lb/fields';
import { flattenedHeaderBlock, hostHeaderProblem } from '../../lb/host';
import type { Rule } from '../types';

/**
 * `header` is `{"Name": ["value", ...]}`. Catches a bare string value, the Terraform v4 list of
 * `{header, values}` blocks (and one such block flattened into an object, as a recorded response
 * had it), and a `Host` that is a URL rather than a hostname.
 */
export const rule: Rule = {
  name: 'header-shape',
  reports: ['monitor-header-shape'],
  kinds: ['monitor'],
  check({ doc, target, report }) {
    // On other types the whole `header` is reported as having no effect.
    const type = monitorType(target.node);
    if (type && !isHttpType(type)) return;
    const header = valueNode(target.node, 'header');
    if (!header) return;
    if (header.type === 'array') {
      const converted = fromTerraformBlocks(header);
      report({
        id: 'monitor-header-shape',
        node: header,
        message: converted
          ? `\`header\` uses the Terraform v4 block shape; the API takes an object such as \`${JSON.stringify(converted)}\`.`
          : '`header` must be an object whose values are arrays of strings, such as `{"Host": ["app.example.com"]}`.',
        fixes: converted ? () => [{ title: 'Convert to {"Name": ["value"]}', kind: 'safe', edits: blocksToObject(doc, header, converted) }] : undefined,
      });
      return;
    }
    if (header.type !== 'object') {
      report({ id: 'monitor-header-shape', node: header, message: `\`header\` must be an object such as ${valueText(doc, { Host: ['app.example.com'] })}, not ${typePhrase(header)}.` });
      return;
    }
    const flattened = flattenedHeaderBlock(header);
    if (flattened) {
      report({
        id: 'monitor-header-shape',
        node: header,
        message: `\`header\` is a Terraform v4 \`{header, values}\` block flattened into an object: it sends headers literally named \`${flattened.keys.join('` and `')}\`, and no ${flattened.name}. Write \`${JSON.stringify(flattened.value)}\`.`,
        fixes: () => [{ title: `Write ${JSON.stringify(flattened.value)}`, kind: 'safe', edits: compose(doc, [replaceNode(doc, header, flattened.value)]) }],
      });
      return;
    }
    for (const prop of properties(header)) {
      const name = propertyName(prop);
      const value = prop.children?.[1];
      if (name === undefined || !value) continue;
      if (value.type === 'string') {
        const s = value.value as string;
        report({
          id: 'monitor-header-shape',
          node: value,
          message: `Header values are arrays of strings: write ${fieldText(doc, name, [s])}.`,
          fixes: () => [{ title: `Write [${JSON.stringify(s)}]`, kind: 'safe', edits: wrapInArray(value) }],
        });
        continue;
      }
      if (value.type !== 'array' || elements(value).some((v) => !mayBe(v, 'string'))) {
        report({ id: 'monitor-header-shape', node: value, message: `The value of header \`${name}\` must be an array of strings, such as \`["value"]\`.` });
        continue;
      }
      if (name.toLowerCase() !== 'host') continue;
      for (const item of elements(value)) {
        if (item.type !== 'string') continue;
        const problem = hostHeaderProblem(item.value as string);
        if (!problem) continue;
        report({
          id: 'monitor-header-shape',
          node: item,
          message: problem.message,
          fixes: problem.host ? () => [{ title: `Write "${problem.host}"`, kind: 'safe', edits: compose(doc, [replaceNode(doc, item, problem.host)]) }] : undefined,
        });
      }
    }
  },
};

/** `[{"header": "Host", "values": ["x"]}]` as the API's object, when every block has that shape. */
function fromTerraformBlocks(arr: Node): Record<string, string[]> | undefined {
  const out: Record<string, string[]> = {};
  const blocks = elements(arr);
  if (blocks.length === 0) return undefined;
  for (const b of blocks) {
    const name = stringValue(valueNode(b, 'header'));
    const values = valueNode(b, 'values');
    if (b.type !== 'object' || name === undefined || b.children?.length !== 2) return undefined;
    if (values?.type === 'string') out[name] = [...(out[name] ?? []), values.value as string];
    else if (values?.type === 'array' && elements(values).every((v) => v.type === 'string')) out[name] = [...(out[name] ?? []), ...elements(values).map((v) => v.value as string)];
    else return undefined;
  }
  return out;
}
