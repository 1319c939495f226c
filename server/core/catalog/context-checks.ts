import { checksOf, type CatalogEntry } from './types';

const PLAN = 'https://developers.cloudflare.com/spectrum/reference/settings-by-plan/';
const CFG = 'https://developers.cloudflare.com/spectrum/reference/configuration-options/';
const MONITORS = 'https://developers.cloudflare.com/load-balancing/monitors/';
const POOLS = 'https://developers.cloudflare.com/load-balancing/pools/create-pool/';

/** Checks that need the account context or the other files of the workspace, and have no Cloudflare code. */
const spectrumCheck = checksOf('spectrum-check', 'context');
const lbCheck = checksOf('lb-check', 'context');
/** Cross-file checks need no account: the workspace alone predicts them. */
const spectrumWorkspaceCheck = checksOf('spectrum-check');
const lbWorkspaceCheck = checksOf('lb-check');

export const CONTEXT_CHECKS: CatalogEntry[] = [
  spectrumCheck({
    id: 'enterprise-only-field',
    title: 'Enterprise-only setting on a non-Enterprise plan',
    cause: '`origin_dns`, `origin_port`, `proxy_protocol`, `ip_firewall`, `tls` and `argo_smart_routing` are available on the Enterprise plan only; on Pro and Business the application cannot use them.',
    resolution: 'Remove the setting, or move the application to an Enterprise zone.',
    docs: PLAN,
    severity: 'warning',
    fields: ['origin_dns', 'origin_port', 'proxy_protocol', 'ip_firewall', 'tls', 'argo_smart_routing'],
  }),
  lbCheck({
    id: 'enterprise-monitor-type',
    title: 'Monitor type needs Enterprise',
    cause: 'Outside Enterprise, monitors can only be HTTP, HTTPS or TCP; `udp_icmp`, `icmp_ping` and `smtp` are Enterprise monitor types.',
    resolution: 'Use an `http`, `https` or `tcp` monitor, or an Enterprise account.',
    docs: MONITORS,
    severity: 'warning',
    fields: ['type'],
  }),
  lbCheck({
    id: 'unknown-monitor',
    title: 'Pool refers to a monitor that does not exist',
    cause: 'The pool\'s `monitor` is not the id of any monitor of the account or of the workspace, so the API cannot attach it.',
    resolution: 'Use the `id` of an existing monitor (List monitors), or create the monitor first.',
    docs: POOLS,
    severity: 'warning',
    fields: ['monitor'],
  }),
  spectrumWorkspaceCheck({
    id: 'duplicate-hostname',
    appliesTo: 'request',
    title: 'Hostname and port already used by another application',
    cause: 'Two applications with the same `dns.name` and overlapping edge ports of the same transport cannot both exist: one of them would be rejected or shadow the other.',
    resolution: 'Use another hostname, or move one application to ports the other does not use.',
    docs: CFG,
    severity: 'warning',
    fields: ['dns.name', 'protocol'],
  }),
  spectrumWorkspaceCheck({
    id: 'duplicate-edge-ip',
    appliesTo: 'request',
    title: 'Static edge IP already used on the same ports',
    cause: 'Two applications list the same static edge IP with overlapping edge ports of the same transport, so both would listen on the same address and port.',
    resolution: 'Use another edge IP for one of them, or ports the other application does not use.',
    docs: CFG,
    severity: 'warning',
    fields: ['edge_ips.ips'],
  }),
  lbWorkspaceCheck({
    id: 'duplicate-pool-name',
    appliesTo: 'request',
    title: 'Pool name already used',
    cause: 'Pool names must be unique in the account; another pool of the workspace or of the account already has this name.',
    resolution: 'Give the pool a name no other pool has.',
    docs: POOLS,
    severity: 'error',
    fields: ['name'],
  }),
];
