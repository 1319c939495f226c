import type { AppSummary, FileSummary, MonitorSummary, PoolSummary } from './types';

/**
 * The request bodies of a set of files (API responses left out: they are snapshots of what exists)
 * by the keys cross-file checks compare: hostname, protocol, static edge IP, pool name, monitor id.
 */
export interface SummaryMaps {
  appsByHost: Map<string, AppSummary[]>;
  appsByProtocol: Map<string, AppSummary[]>;
  appsByEdgeIp: Map<string, AppSummary[]>;
  poolsByName: Map<string, PoolSummary[]>;
  /** Responses included: a monitor in a saved response exists. */
  monitorsById: Map<string, MonitorSummary[]>;
  /** Under the key `''`: every request pool and monitor, for quotas. */
  pools: Map<string, PoolSummary[]>;
  monitors: Map<string, MonitorSummary[]>;
  /** Under the key `''`: every request application, for quotas. */
  apps: Map<string, AppSummary[]>;
  /** Terraform pools by module (folder) and the monitor resource they reference: `moduleKey(path, ref)`. */
  poolsByMonitorRef: Map<string, PoolSummary[]>;
  /** Terraform pools by module whose monitor is an expression naming no monitor resource. */
  poolsUnresolvedMonitor: Map<string, PoolSummary[]>;
  /** Responses included (an application that exists uses its origin): apps by `origin_dns.name`. */
  appsByOriginDns: Map<string, AppSummary[]>;
  /** Terraform apps by module and the load balancer resource their `origin_dns.name` references. */
  appsByLbRef: Map<string, AppSummary[]>;
}

/** A Terraform module is a folder: the key of a name in the module of a file. */
export const moduleKey = (path: string, name = '') => path.slice(0, path.lastIndexOf('/') + 1) + '\n' + name;

export function summaryMaps(files: Iterable<FileSummary>): SummaryMaps {
  const m: SummaryMaps = {
    appsByHost: new Map(),
    appsByProtocol: new Map(),
    appsByEdgeIp: new Map(),
    poolsByName: new Map(),
    monitorsById: new Map(),
    pools: new Map(),
    monitors: new Map(),
    apps: new Map(),
    poolsByMonitorRef: new Map(),
    poolsUnresolvedMonitor: new Map(),
    appsByOriginDns: new Map(),
    appsByLbRef: new Map(),
  };
  for (const f of files) {
    for (const a of f.apps) {
      if (a.originDns) add(m.appsByOriginDns, a.originDns, a);
      if (a.originLbRef) add(m.appsByLbRef, moduleKey(a.path, a.originLbRef), a);
      if (a.response) continue;
      add(m.apps, '', a);
      if (a.dnsName) add(m.appsByHost, a.dnsName, a);
      if (a.protocol) add(m.appsByProtocol, a.protocol, a);
      if (a.edgeType === 'static') for (const ip of new Set(a.edgeIps.map((e) => e.ip))) add(m.appsByEdgeIp, ip, a);
    }
    for (const p of f.pools) {
      if (p.response) continue;
      add(m.pools, '', p);
      if (p.name !== undefined) add(m.poolsByName, p.name, p);
      if (p.monitorRef) add(m.poolsByMonitorRef, moduleKey(p.path, p.monitorRef), p);
      if (p.monitorUnresolved) add(m.poolsUnresolvedMonitor, moduleKey(p.path), p);
    }
    for (const x of f.monitors) {
      // A monitor in a saved response exists: pools may name it.
      if (x.id) add(m.monitorsById, x.id, x);
      if (!x.response) add(m.monitors, '', x);
    }
  }
  return m;
}

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
