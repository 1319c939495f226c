import { compose, insertAfter, replaceNode } from '../../edit';
import { anchorOf, pathOf, propertyNode, valueNode } from '../../json';
import { EXPECTED_CODES, isHttpType, monitorType } from '../../lb/fields';
import type { Rule } from '../types';

/** `expected_codes` on http(s) monitors: present, and one code or one class. */
export const rule: Rule = {
  name: 'expected-codes',
  reports: ['monitor-expected-codes-missing', 'monitor-expected-codes-format'],
  kinds: ['monitor'],
  check({ doc, target, report }) {
    const m = target.node;
    if (!isHttpType(monitorType(m))) return;
    const path = pathOf(m);
    const prop = propertyNode(m, 'expected_codes');
    const value = valueNode(m, 'expected_codes');
    if (!prop || (value?.type === 'string' && value.value.trim() === '')) {
      const at = anchorOf(m);
      report({
        id: 'monitor-expected-codes-missing',
        ...(value ? { node: value } : propertyNode(m, 'type') ? { node: propertyNode(m, 'type')! } : { offset: at.offset, length: at.length }),
        message: 'This HTTP monitor has no `expected_codes`, so only a 200 counts as healthy; set it to what the health endpoint returns, such as `"200"` or `"2xx"`.',
        fixes: () => [
          {
            title: 'Set expected_codes "200" (the API default)',
            kind: 'safe',
            edits: compose(doc, [value ? replaceNode(doc, value, '200') : insertAfter(doc, path, 'expected_codes', '200', propertyNode(m, 'path') ? 'path' : 'type')]),
          },
        ],
      });
      return;
    }
    if (value?.type !== 'string') return; // the wrong-type rule's
    const text = value.value as string;
    if (EXPECTED_CODES.test(text)) return;
    // `2XX`, ` 2xx `, `2**`: the same class written another way.
    const normal = text.trim().toLowerCase().replace(/^([1-5])(\*\*|xx)$/, '$1xx');
    const fixable = normal !== text && EXPECTED_CODES.test(normal);
    const several = /[,;\s|]/.test(text.trim()) || /^\d{3}-\d{3}$/.test(text.trim());
    // Cloudflare's dashboard help lists codes "individually (200, 302)": whether the API takes a list is unknown, so a warning.
    const listed = /^[1-5]\d\d(\s*,\s*[1-5]\d\d)+$/.test(text.trim());
    report({
      id: 'monitor-expected-codes-format',
      node: value,
      ...(listed ? { severity: 'warning' as const } : {}),
      message: listed
        ? `\`expected_codes\` \`"${text}"\` lists codes as the dashboard help writes them; the API documents one code or one class, and may not accept a list: if it is rejected, use a class such as \`"2xx"\`.`
        : fixable
        ? `\`expected_codes\` is written \`"${normal}"\`, not \`"${text}"\`.`
        : several
          ? `\`expected_codes\` takes one code or one class, not a list or range like \`"${text}"\`; use a class such as \`"2xx"\`.`
          : `\`"${text}"\` is not a status code or class; use one code such as \`"200"\` or a class such as \`"2xx"\`.`,
      fixes: fixable ? () => [{ title: `Write "${normal}"`, kind: 'safe', edits: compose(doc, [replaceNode(doc, value, normal)]) }] : undefined,
    });
  },
};
