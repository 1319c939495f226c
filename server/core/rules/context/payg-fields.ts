import { according } from '../../context/source';
import { accountOf } from '../../context/rule-support';
import { compose, remove } from '../../edit';
import { pathOf, properties, propertyName } from '../../json';
import type { Rule } from '../types';

const ALLOWED = new Set(['protocol', 'dns', 'origin_direct']);

/** 10012: Pay-as-you-go applications may send only `protocol`, `dns` and `origin_direct`. */
export const rule: Rule = {
  name: 'payg-fields',
  reports: ['10012'],
  kinds: ['spectrum-app'],
  check(ctx) {
    const account = accountOf(ctx);
    if (account?.spectrum !== 'payg') return;
    const { doc, target, report } = ctx;
    const path = pathOf(target.node);
    for (const prop of properties(target.node)) {
      const name = propertyName(prop);
      if (name === undefined || ALLOWED.has(name)) continue;
      report({
        id: '10012',
        node: prop,
        message: `\`${name}\` is rejected for Pay-as-you-go Spectrum, ${according(account)}, which accepts only \`protocol\`, \`dns\` and \`origin_direct\`. Remove it, or enable Spectrum as a paid add-on.`,
        fixes: () => [{ title: `Remove ${name}`, kind: 'safe', edits: compose(doc, [remove(doc, [...path, name])]) }],
      });
    }
  },
};
