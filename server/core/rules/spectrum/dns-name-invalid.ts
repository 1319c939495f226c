import { compose, setValue } from '../../edit';
import { nodeAt, pathOf } from '../../json';
import { stringField } from '../../spectrum/fields';
import { isFqdn, isIP } from '../../spectrum/values';
import type { Rule } from '../types';

/** `dns.name` is the hostname clients connect to: a fully qualified domain name. */
export const rule: Rule = {
  name: 'dns-name-invalid',
  reports: ['dns-name-invalid'],
  kinds: ['spectrum-app'],
  fieldByField: true,
  check({ doc, target, report }) {
    const app = target.node;
    const name = stringField(app, ['dns', 'name']);
    if (name === undefined || isFqdn(name)) return;
    const node = nodeAt(app, ['dns', 'name'])!;
    const host = bareHost(name);
    const fixable = host !== name && isFqdn(host);
    let why: string;
    if (name.trim() === '') why = '`dns.name` is empty';
    else if (/^<.*>$/.test(name.trim())) why = `\`dns.name\` is still the placeholder \`${name}\``;
    else if (fixable) why = `\`dns.name\` must be the bare hostname \`${host}\`, without scheme, port, path or spaces`;
    else if (isIP(name.replace(/^\[|\]$/g, ''))) why = '`dns.name` is the hostname clients connect to, not an IP address';
    else why = `\`${name}\` is not a fully qualified hostname`;
    report({
      id: 'dns-name-invalid',
      node,
      message: `${why}; use the application's full hostname in its zone, such as \`ssh.example.com\`.`,
      fixes: fixable ? () => [{ title: `Write ${host}`, kind: 'safe', edits: compose(doc, [setValue(doc, pathOf(node), host)]) }] : undefined,
    });
  },
};

/** `https://ssh.example.com:22/x ` -> `ssh.example.com`. */
function bareHost(text: string): string {
  return text
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d*$/, '');
}
