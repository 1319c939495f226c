import { entry } from '../../catalog';
import { compose, insertAfter, replaceNode } from '../../edit';
import { anchorOf, pathOf, propertyNode, valueNode } from '../../json';
import { EXPECTED_CODES, has, monitorType, MONITOR_FIELDS, typedBoolean, typedString } from '../../lb/fields';
import type { Rule } from '../types';

/**
 * An `http` monitor that does not follow redirects and does not expect a 3xx fails with "Response
 * code mismatch error" as soon as the origin redirects HTTP to HTTPS.
 */
export const rule: Rule = {
  name: 'redirects',
  reports: ['response-code-mismatch-error'],
  kinds: ['monitor'],
  check({ doc, target, report }) {
    const m = target.node;
    if (monitorType(m) !== 'http') return;
    if (has(m, 'follow_redirects') && typedBoolean(m, MONITOR_FIELDS, 'follow_redirects') !== false) return;
    const codes = has(m, 'expected_codes') ? typedString(m, MONITOR_FIELDS, 'expected_codes') : '200';
    if (codes === undefined || !EXPECTED_CODES.test(codes) || codes.startsWith('3')) return; // invalid codes are another rule's
    const follow = valueNode(m, 'follow_redirects');
    const anchorProp = propertyNode(m, 'type');
    const at = anchorOf(m);
    const where = follow ? { node: follow } : anchorProp ? { node: anchorProp } : { offset: at.offset, length: at.length };
    const after = propertyNode(m, 'expected_codes') ? 'expected_codes' : 'type';
    report({
      id: 'response-code-mismatch-error',
      ...where,
      message: `This http monitor ${follow ? 'does not follow' : 'does not set `follow_redirects`, so it does not follow'} redirects and expects \`${codes}\`: an origin that redirects to HTTPS fails with "${entry('response-code-mismatch-error').title}". Set \`follow_redirects\` to \`true\`, or use an https monitor.`,
      fixes: () => [
        {
          title: 'Set follow_redirects true',
          kind: 'safe',
          edits: compose(doc, [follow ? replaceNode(doc, follow, true) : insertAfter(doc, pathOf(m), 'follow_redirects', true, after)]),
        },
      ],
    });
  },
};
