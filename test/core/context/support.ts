import { validateAccount, type AccountContext } from '../../../server/core/context';

export const VNET_A = 'f70ff985-a4ef-4643-bbbc-4a0ed4fc8415';
export const VNET_B = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
export const VNET_MISSING = '11111111-2222-4333-8444-555555555555';

/** An account context as if read from spectrum-lint.config.json. */
export function account(raw: Record<string, unknown>): AccountContext {
  const { context, problems } = validateAccount(raw, { kind: 'file', path: '/ws/spectrum-lint.config.json' });
  if (problems.length) throw new Error('test context has problems: ' + JSON.stringify(problems));
  return context;
}

export const NETWORKS = {
  virtual_networks: [
    { id: VNET_A, name: 'us-east-1-vpc', is_default_network: true, comment: '', created_at: '2019-10-12T07:20:50.52Z', deleted_at: null },
    { id: VNET_B, name: 'eu-west-vpc', is_default_network: false, comment: '', created_at: '2019-10-12T07:20:50.52Z', deleted_at: null },
  ],
  routes: [
    { id: 'r1', network: '10.0.0.0/16', tunnel_name: 'east', virtual_network_id: VNET_A, deleted_at: null },
    { id: 'r2', network: '10.0.5.0/24', tunnel_name: 'east-db', virtual_network_id: VNET_A, deleted_at: null },
    { id: 'r3', network: '172.16.0.0/12', tunnel_name: 'west', virtual_network_id: VNET_B, deleted_at: null },
    { id: 'r4', network: 'fd00:10::/32', tunnel_name: 'east6', virtual_network_id: VNET_A, deleted_at: null },
    { id: 'r5', network: '192.168.0.0/16', tunnel_name: 'gone', virtual_network_id: VNET_A, deleted_at: '2024-01-01T00:00:00Z' },
  ],
};

/** A Spectrum application request body. */
export const app = (extra: Record<string, unknown> = {}) => ({
  protocol: 'tcp/22',
  dns: { type: 'CNAME', name: 'ssh.example.com' },
  origin_direct: ['tcp://192.0.2.1:22'],
  ...extra,
});
