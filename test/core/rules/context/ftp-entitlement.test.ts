import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagged, json, only, expectClean } from '../../../helpers';
import { account, app } from '../../context/support';

const none = account({ entitlements: [] });
const all = account({ entitlements: ['ftp', 'byoip', 'argo_smart_routing', 'load_balancing'] });
const unknown = account({ entitlements: { load_balancing: true } });

const ftp = json(app({ protocol: 'tcp/21', origin_direct: ['tcp://192.0.2.1:21'] }));
const ftpRange = json(app({ protocol: 'tcp/20-25', origin_direct: ['tcp://192.0.2.1:20-25'] }));

test('11014 FTP: fires on tcp/21 and on a range containing 21 without the entitlement', () => {
  const f = only(ftp, '11014', { account: none });
  assert.equal(flagged(ftp, f), '"tcp/21"');
  assert.match(f.message, /FTP is not enabled for the account, according to the account context/);
  assert.match(only(ftpRange, '11014', { account: none }).message, /includes the FTP port 21/);
});

test('11014 is quiet without context, with the entitlement, when unknown, and for other ports or UDP', () => {
  for (const options of [{}, { account: all }, { account: unknown }]) expectClean(ftp, options);
  expectClean(json(app()), { account: none });
  expectClean(json(app({ protocol: 'udp/21', origin_direct: ['udp://192.0.2.1:21'] })), { account: none });
});
