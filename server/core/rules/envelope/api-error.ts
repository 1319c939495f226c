import { CATALOG, findApiCode } from '../../catalog';
import { entryForMessage, envelopeItems } from '../../envelope/codes';
import type { Rule } from '../types';

/**
 * Explains each coded error of a saved API error envelope as an information diagnostic on its
 * `code`, so the Problems panel lists what every returned code means. Unknown codes get none (the
 * hover says they are not in the catalog).
 */
export const rule: Rule = {
  name: 'api-error',
  reports: CATALOG.filter((e) => (e.group === 'spectrum-api' || e.group === 'lb-api') && typeof e.code === 'number').map((e) => e.id),
  kinds: ['error-envelope'],
  check({ target, report }) {
    for (const { codeNode, code, message, list } of envelopeItems(target.node)) {
      const e = findApiCode(code);
      if (!e) continue;
      const specific = entryForMessage(code, message);
      const what = list === 'errors' ? 'The API returned' : 'The API added the message';
      const text = specific
        ? `${what} ${code} (${e.title}); its message is the documented error "${specific.title}". ${specific.resolution}`
        : `${what} ${code} (${e.title}). ${e.resolution}`;
      report({ id: e.id, node: codeNode, severity: 'information', message: text });
    }
  },
};
