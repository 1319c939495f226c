import { effectiveVersion } from '../../terraform/version';
import { resourceEntry } from '../../terraform/by-resource';
import type { Rule } from '../types';

/**
 * A v4 form in a configuration that requires provider v5, or the reverse. The front end finds the
 * forms (terraform/version.ts); the file's version can come from another resource or block, so this
 * rule runs on every lint.
 */
export const rule: Rule = {
  name: 'version-form',
  reports: ['terraform-version-form'],
  kinds: ['spectrum-app', 'monitor', 'pool', 'load-balancer'],
  scope: 'document',
  fieldByField: true,
  check({ doc, target, options, report }) {
    const tf = doc.terraform;
    const { major, source: from, file } = tf ? effectiveVersion(tf.version, options) : { major: undefined, source: '', file: undefined };
    if (!tf || !major) return;
    const other = major === 5 ? 4 : 5;
    const source = from === 'syntax' ? 'the rest of the file' : file ? `\`${from}\` in \`${file}\`` : `\`${from}\``;
    for (const f of resourceEntry(tf, target.node)?.forms ?? []) {
      if (f.version === major) continue;
      report({
        id: 'terraform-version-form',
        offset: f.offset,
        length: f.length,
        message: `\`${f.name}\` is written in the provider v${other} form, but ${source} says provider v${major}, which writes \`${f.instead}\`.`,
        ...(f.edits ? { fixes: () => [{ title: `Write the v${major} form`, kind: 'safe' as const, edits: f.edits! }] } : {}),
      });
    }
  },
};

