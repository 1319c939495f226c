import { propertyName, propertyNode } from '../../json';
import { closeFieldNames, displayPath, walkObjects } from '../../schema/check';
import { renameSuggestion } from '../../schema/rename';
import { SPECTRUM_APP_SCHEMA } from '../../schema/spectrum-app';
import type { Rule } from '../types';

/** Names other tools use for the same settings, which the API does not accept. */
const FOREIGN: Record<string, string> = {
  edge_ip_connectivity: 'is a Terraform attribute, not an API field: write `edge_ips.connectivity` instead.',
  origin_port_range: 'is a Terraform attribute, not an API field: write the range as a string in `origin_port`, such as `"3000-4000"`.',
};

/**
 * Keys the schema does not know, at every level it describes. API responses are left alone: what
 * Cloudflare itself returned is known to the API.
 */
export const rule: Rule = {
  name: 'unknown-field',
  reports: ['unknown-field'],
  kinds: ['spectrum-app'],
  check({ target, report }) {
    for (const { node, fields, path } of walkObjects(target.node, SPECTRUM_APP_SCHEMA.fields)) {
      const known = new Set(fields.map((f) => f.name));
      const where = path.length ? ` in \`${displayPath(path)}\`` : '';
      for (const prop of node.children ?? []) {
        const name = propertyName(prop);
        const key = prop.children?.[0];
        if (name === undefined || !key || known.has(name)) continue;
        // `$schema` names the generated JSON Schema for editors (schemas/spectrum-app.schema.json).
        if (path.length === 0 && name === '$schema') continue;
        const foreign = path.length === 0 ? FOREIGN[name] : undefined;
        if (foreign) {
          report({ id: 'unknown-field', node: key, message: `\`${name}\` ${foreign}` });
          continue;
        }
        const close = closeFieldNames(name, fields).filter((c) => !propertyNode(node, c));
        const { hint, fixes } = renameSuggestion(key, close);
        report({ id: 'unknown-field', node: key, message: `\`${name}\` is not a field${where} of a Spectrum application.${hint}`, fixes });
      }
    }
  },
};
