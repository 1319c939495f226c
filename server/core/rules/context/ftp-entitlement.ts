import { according } from '../../context/source';
import { accountOf } from '../../context/rule-support';
import { valueNode } from '../../json';
import { appProtocol } from '../../spectrum/app';
import type { Rule } from '../types';

const FTP_PORT = 21;

/** 11014: an FTP application (TCP port 21, alone or in a range) on an account without the FTP entitlement. */
export const rule: Rule = {
  name: 'ftp-entitlement',
  reports: ['11014'],
  kinds: ['spectrum-app'],
  check(ctx) {
    const account = accountOf(ctx);
    if (account?.entitlements?.ftp !== false) return;
    const p = appProtocol(ctx.target.node);
    if (!p || p.transport !== 'tcp' || p.start > FTP_PORT || p.end < FTP_PORT) return;
    const what = p.isRange ? `The range tcp/${p.start}-${p.end} includes the FTP port 21` : 'tcp/21 is FTP';
    ctx.report({
      id: '11014',
      node: valueNode(ctx.target.node, 'protocol'),
      message: `${what}, and FTP is not enabled for the account, ${according(account)}. Ask the account team to enable FTP${p.isRange ? ', or leave port 21 out of the range' : ''}.`,
    });
  },
};
