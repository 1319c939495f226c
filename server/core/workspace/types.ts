import type { Range } from '../document';

/** What the workspace index keeps of one Spectrum application, to compare it with the others. */
export interface AppSummary {
  path: string;
  /** JSON pointer of the application object. */
  pointer: string;
  /** Inside an API response envelope: a snapshot of what exists, not a body to send. */
  response?: boolean;
  /** Where to point related information: the key holding the object, else its opening brace. */
  range: Range;
  id?: string;
  protocol?: string;
  transport?: 'tcp' | 'udp';
  start?: number;
  end?: number;
  /** Lower-case, without the final dot. */
  dnsName?: string;
  dnsRange?: Range;
  /** `edge_ips.type` (`dynamic` when absent). */
  edgeType: 'dynamic' | 'static' | 'other';
  connectivity?: string;
  /** Static edge IPs, normalized, each with the range of its string. */
  edgeIps: Array<{ ip: string; range: Range }>;
  /** `origin_dns.name`, lower-case, without the final dot: a record or a load balancer of the zone. */
  originDns?: string;
  /** Terraform: the load balancer resource (`cloudflare_load_balancer.<name>`) `origin_dns.name` references. */
  originLbRef?: string;
}

export interface MonitorSummary {
  path: string;
  pointer: string;
  response?: boolean;
  range: Range;
  id?: string;
  type?: string;
}

export interface PoolSummary {
  path: string;
  pointer: string;
  response?: boolean;
  range: Range;
  id?: string;
  name?: string;
  nameRange?: Range;
  monitor?: string;
  /** Number of origins (endpoints). */
  origins: number;
  /** Terraform: the monitor resource (`cloudflare_load_balancer_monitor.<name>`) its `monitor` references. */
  monitorRef?: string;
  /** Terraform: a `monitor` or `monitor_group` that is an expression naming no monitor resource: which monitor it is is not known. */
  monitorUnresolved?: true;
  /** Terraform: every origin sets a `Host` header the provider sends (literal origins, at least one). */
  originsHost?: true;
}

export interface FileSummary {
  path: string;
  apps: AppSummary[];
  monitors: MonitorSummary[];
  pools: PoolSummary[];
}
