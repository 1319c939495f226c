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
  check({ doc, target, report }) {
    const tf = doc.terraform;
    if (!tf || !tf.version.major) return;
    const other = tf.version.major === 5 ? 4 : 5;
    const source = tf.version.declared ? '`required_providers`' : 'the rest of the file';
    for (const f of tf.forms) {
      if (f.resource !== target.node) continue;
      const written = doc.text.slice(f.offset, f.offset + f.length);
      report({
        id: 'terraform-version-form',
        offset: f.offset,
        length: f.length,
        message: `\`${written}\` is written in the provider v${other} form, but ${source} says provider v${tf.version.major}, which writes \`${f.instead}\`.`,
        ...(f.edits ? { fixes: () => [{ title: `Write the v${tf.version.major} form`, kind: 'safe' as const, edits: f.edits! }] } : {}),
      });
    }
  },
};
