import { elements, properties, valueNode } from '../../json';
import type { Node } from 'jsonc-parser';
import type { FlaggedNode } from '../../terraform/model';
import { effectiveVersion } from '../../terraform/version';
import type { Rule } from '../types';

/**
 * Provider v5 drops a pool origin's `header = { "Host" = [...] }` without a word: only the lowercase
 * `host` key reaches the API (terraform-provider-cloudflare #6963). The model names both `Host` (the
 * API's name), so the key is read as written.
 */
export const rule: Rule = {
  name: 'v5-origin-host-header',
  reports: ['terraform-origin-host-header'],
  kinds: ['pool'],
  scope: 'document',
  fieldByField: true,
  check({ doc, target, options, report }) {
    if (!doc.terraform || effectiveVersion(doc.terraform.version, options).major !== 5) return;
    for (const origin of elements(valueNode(target.node, 'origins'))) {
      const header = valueNode(origin, 'header') as FlaggedNode | undefined;
      // A v4 `header { }` block (mapped) is the version-form check's.
      if (header?.synthetic) continue;
      for (const p of properties(header as Node | undefined)) {
        const key = p.children?.[0];
        if (!key || String(key.value).toLowerCase() !== 'host') continue;
        const written = doc.text.slice(key.offset, key.offset + key.length);
        const quoted = written.startsWith('"');
        const name = quoted ? written.slice(1, -1) : written;
        if (name === 'host' || name.toLowerCase() !== 'host') continue;
        report({
          id: 'terraform-origin-host-header',
          node: key,
          message: `Provider v5 silently drops \`${name}\` in an origin's \`header\`: only the lowercase \`host\` key is sent. Write \`host\`.`,
          fixes: () => [{ title: 'Rename to host', kind: 'safe', edits: [{ offset: key.offset, length: key.length, content: quoted ? '"host"' : 'host' }] }],
        });
      }
    }
  },
};
