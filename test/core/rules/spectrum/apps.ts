import assert from 'node:assert/strict';
import { applyEdits, type Fix } from '../../../../server/core';
import { findings } from '../../../helpers';

/** Valid applications the Spectrum rule tests start from; each lints clean (checked in apps.test.ts). */
export const PAYGO = { protocol: 'tcp/22', dns: { type: 'CNAME', name: 'ssh.example.com' }, origin_direct: ['tcp://93.184.216.34:22'] };

export const FULL = {
  protocol: 'tcp/22',
  dns: { type: 'CNAME', name: 'ssh.example.com' },
  traffic_type: 'direct',
  origin_direct: ['tcp://93.184.216.34:22'],
  edge_ips: { type: 'dynamic', connectivity: 'all' },
  proxy_protocol: 'off',
  ip_firewall: true,
  tls: 'off',
  argo_smart_routing: false,
};

export const UDP = { ...FULL, protocol: 'udp/53', origin_direct: ['udp://93.184.216.34:53'], ip_firewall: false };

export const DNS_ORIGIN = {
  protocol: 'tcp/22',
  dns: { type: 'CNAME', name: 'ssh.example.com' },
  traffic_type: 'direct',
  origin_dns: { name: 'origin.example.com', ttl: 1200, type: '' },
  origin_port: 22,
};

export const STATIC = {
  ...FULL,
  dns: { type: 'ADDRESS', name: 'ssh.example.com' },
  edge_ips: { type: 'static', ips: ['198.51.100.10', '2001:db8::1'] },
};

export const VNET = {
  protocol: 'tcp/22',
  dns: { type: 'CNAME', name: 'ssh.example.com' },
  traffic_type: 'direct',
  origin_direct: ['tcp://10.0.0.5:22'],
  virtual_network_id: 'f70ff985-a4ef-4643-bbbc-4a0ed4fc8415',
  proxy_protocol: 'off',
  edge_ips: { type: 'dynamic', connectivity: 'all' },
  tls: 'off',
};

/** Every finding id of a document: for "this is the only diagnostic" assertions. */
export function allIds(text: string, path?: string): string[] {
  return findings(text, path ? { path } : {}).map((f) => f.id);
}

/** Applies a fix and checks that its edits stay inside [from, to) of the original text. */
export function appliedWithin(text: string, fix: Fix, from: number, to: number): string {
  for (const e of fix.edits) assert.ok(e.offset >= from && e.offset + e.length <= to, `fix "${fix.title}" edits outside ${from}-${to}: ${JSON.stringify(e)}`);
  return applyEdits(text, fix.edits);
}
