import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a fault does to the next request of a path. */
export type Fault =
  | { kind: 'rate-limit'; retryAfter: string }
  | { kind: 'server-error' }
  | { kind: 'malformed' }
  | { kind: 'slow'; ms: number }
  | { kind: 'error-envelope'; status: number; code: number; message: string }
  /** A 3xx to `location` (which would get the token if followed). */
  | { kind: 'redirect'; status: number; location: string }
  /** A body that never ends; `pauseMs` between chunks (0: as fast as the client reads). */
  | { kind: 'endless'; pauseMs: number }
  /** A valid envelope of about `bytes` bytes, with or without a Content-Length. */
  | { kind: 'huge'; bytes: number; declared: boolean }
  /** The connection is reset before any answer. */
  | { kind: 'reset' }
  /** A 200 envelope whose zone name is `length` characters long. */
  | { kind: 'long-zone-name'; length: number };

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

export const ACCOUNT = '023e105f4ecef8ad9ca31a8372d0c353';
export const ZONE = '9a7806061c88ada191ed06f989cc3dac';
export const ZONE2 = 'b2a8a1e2c3d4e5f60718293a4b5c6d7e';
export const ZONE3 = 'c3b9b2f3d4e5f60718293a4b5c6d7e8f';
export const VNET = 'f70ff985-a4ef-4643-bbbc-4a0ed4fc8415';

/** The data the fake account holds, in the API's own shapes. */
export const DATA = {
  zone: { id: ZONE, name: 'example.com', plan: { legacy_id: 'enterprise', name: 'Enterprise Website' } },
  zones: [
    { id: ZONE, name: 'example.com' },
    { id: ZONE2, name: 'example.net' },
    { id: ZONE3, name: 'example.org' },
  ],
  virtual_networks: [{ id: VNET, name: 'us-east-1-vpc', is_default_network: true, comment: '', created_at: '2019-10-12T07:20:50.52Z', deleted_at: null }],
  routes: [
    { id: 'r1', network: '10.0.0.0/16', tunnel_id: 't1', tunnel_name: 'east', tun_type: 'cfd_tunnel', virtual_network_id: VNET, comment: '', created_at: '2024-01-01T00:00:00Z', deleted_at: null },
    { id: 'r2', network: '10.1.0.0/16', tunnel_id: 't1', tunnel_name: 'east', tun_type: 'cfd_tunnel', virtual_network_id: VNET, comment: '', created_at: '2024-01-01T00:00:00Z', deleted_at: null },
    { id: 'r3', network: '172.16.0.0/12', tunnel_id: 't2', tunnel_name: 'west', tun_type: 'cfd_tunnel', virtual_network_id: VNET, comment: '', created_at: '2024-01-01T00:00:00Z', deleted_at: null },
    { id: 'r4', network: 'fd00::/16', tunnel_id: 't2', tunnel_name: 'west', tun_type: 'cfd_tunnel', virtual_network_id: VNET, comment: '', created_at: '2024-01-01T00:00:00Z', deleted_at: null },
    { id: 'r5', network: '192.168.0.0/16', tunnel_id: 't3', tunnel_name: 'lab', tun_type: 'warp_connector', virtual_network_id: VNET, comment: '', created_at: '2024-01-01T00:00:00Z', deleted_at: null },
  ],
  prefixes: [{ id: 'p1', account_id: ACCOUNT, cidr: '203.0.113.0/24', asn: 13335, description: 'BYOIP', approved: 'V' }],
  spectrum_apps: [
    { id: 'a1', protocol: 'tcp/22', dns: { type: 'CNAME', name: 'ssh.example.com' }, origin_direct: ['tcp://192.0.2.1:22'], traffic_type: 'direct' },
    { id: 'a2', protocol: 'tcp/3389', dns: { type: 'CNAME', name: 'rdp.example.com' }, origin_direct: ['tcp://192.0.2.2:3389'], traffic_type: 'direct' },
    { id: 'a3', protocol: 'udp/53', dns: { type: 'CNAME', name: 'dns.example.com' }, origin_direct: ['udp://192.0.2.3:53'], traffic_type: 'direct' },
  ],
  other_zone_apps: [{ id: 'b1', protocol: 'tcp/22', dns: { type: 'ADDRESS', name: 'ssh.example.net' }, edge_ips: { type: 'static', ips: ['203.0.113.9'] }, origin_direct: ['tcp://192.0.2.9:22'] }],
  monitors: [{ id: 'm1', type: 'https', interval: 60 }],
  pools: [{ id: 'p1', name: 'primary', monitor: 'm1', origins: [{ name: 'a', address: '192.0.2.10' }] }],
};

/**
 * A Cloudflare API on loopback: the endpoints the pull reads, paginated with a small page size,
 * and faults queued per path (429 with Retry-After, 500, malformed JSON, a slow answer, an error envelope).
 */
export class FakeCloudflareApi {
  readonly requests: RecordedRequest[] = [];
  /** The routes the account holds (tests set thousands, for many pages). */
  routes: unknown[] = DATA.routes;
  /** Routes answer full pages without result_info, for ever. */
  endlessPages = false;
  /** Routes pages after the first answer an empty list although more pages are announced. */
  emptyLaterPages = false;
  private readonly faults = new Map<string, Fault[]>();
  private server!: Server;
  private readonly timers = new Set<NodeJS.Timeout>();
  baseUrl = '';

  constructor(private readonly pageSize = 2) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => this.handle(req.method ?? 'GET', req.url ?? '/', req.headers, res));
    this.server.on('clientError', (_e, socket) => socket.destroy());
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    const { port } = this.server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}/client/v4`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  /** Queues faults for the next requests whose path (without /client/v4 and the query) ends with `suffix`. */
  fail(suffix: string, ...faults: Fault[]): void {
    this.faults.set(suffix, [...(this.faults.get(suffix) ?? []), ...faults]);
  }

  private handle(method: string, rawUrl: string, headers: IncomingHttpHeaders, res: ServerResponse): void {
    this.requests.push({ method, url: rawUrl, headers });
    const url = new URL(rawUrl, 'http://127.0.0.1');
    const path = url.pathname.replace(/^\/client\/v4/, '');
    for (const [suffix, queue] of this.faults) {
      if (path.endsWith(suffix) && queue.length) {
        const fault = queue.shift()!;
        if (this.applyFault(fault, res)) return;
      }
    }
    if (headers.authorization !== 'Bearer test-token-SECRET-123') return this.send(res, 403, { success: false, errors: [{ code: 10000, message: 'Authentication error' }], messages: [], result: null });
    const a = `/accounts/${ACCOUNT}`;
    const page = (items: unknown[]) => {
      const p = Math.max(1, Number(url.searchParams.get('page') ?? 1));
      const per = Math.min(this.pageSize, Math.max(1, Number(url.searchParams.get('per_page') ?? 20)));
      const slice = items.slice((p - 1) * per, p * per);
      return { success: true, errors: [], messages: [], result: slice, result_info: { page: p, per_page: per, count: slice.length, total_count: items.length, total_pages: Math.ceil(items.length / per) } };
    };
    const ok = (result: unknown) => ({ success: true, errors: [], messages: [], result });
    if (method !== 'GET') return this.send(res, 405, { success: false, errors: [{ code: 7001, message: 'Method not allowed' }], messages: [], result: null });
    switch (path) {
      case `/zones/${ZONE}`:
        return this.send(res, 200, ok(DATA.zone));
      case '/zones':
        return this.send(res, 200, page(DATA.zones));
      case `${a}/teamnet/virtual_networks`:
        return this.send(res, 200, ok(DATA.virtual_networks));
      case `${a}/teamnet/routes`: {
        const per = Math.min(this.pageSize, Math.max(1, Number(url.searchParams.get('per_page') ?? 20)));
        if (this.endlessPages) return this.send(res, 200, { ...ok(Array.from({ length: per }, (_, i) => ({ id: `e${i}`, network: '10.9.0.0/16' }))), result_info: { per_page: per } });
        const body = page(this.routes);
        if (this.emptyLaterPages && body.result_info.page > 1) body.result = [];
        return this.send(res, 200, body);
      }
      case `${a}/addressing/prefixes`:
        return this.send(res, 200, ok(DATA.prefixes));
      case `/zones/${ZONE}/spectrum/apps`:
        return this.send(res, 200, page(DATA.spectrum_apps));
      case `/zones/${ZONE2}/spectrum/apps`:
        return this.send(res, 200, page(DATA.other_zone_apps));
      case `${a}/load_balancers/monitors`:
        return this.send(res, 200, ok(DATA.monitors));
      case `${a}/load_balancers/pools`:
        return this.send(res, 200, ok(DATA.pools));
      default:
        return this.send(res, 404, { success: false, errors: [{ code: 7003, message: 'No route for the URI' }], messages: [], result: null });
    }
  }

  /** Returns true when the fault answered the request. */
  private applyFault(fault: Fault, res: ServerResponse): boolean {
    switch (fault.kind) {
      case 'rate-limit':
        res.setHeader('Retry-After', fault.retryAfter);
        this.send(res, 429, { success: false, errors: [{ code: 971, message: 'Please wait and consider throttling your request speed' }], messages: [], result: null });
        return true;
      case 'server-error':
        res.writeHead(500, { 'content-type': 'text/html' }).end('<html>500 Internal Server Error</html>');
        return true;
      case 'malformed':
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"success": true, "result": [');
        return true;
      case 'slow': {
        const t = setTimeout(() => {
          this.timers.delete(t);
          if (!res.writableEnded) this.send(res, 200, { success: true, errors: [], messages: [], result: [] });
        }, fault.ms);
        this.timers.add(t);
        return true;
      }
      case 'error-envelope':
        this.send(res, fault.status, { success: false, errors: [{ code: fault.code, message: fault.message }], messages: [], result: null });
        return true;
      case 'redirect':
        res.writeHead(fault.status, { location: fault.location, 'content-type': 'application/json' }).end('{}');
        return true;
      case 'endless': {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"success": true, "errors": [], "result": [');
        const chunk = '{"id": "r", "network": "10.0.0.0/8"},'.repeat(fault.pauseMs ? 1 : 500);
        const pump = () => {
          if (res.destroyed) return;
          if (fault.pauseMs) {
            res.write(chunk);
            const t = setTimeout(() => (this.timers.delete(t), pump()), fault.pauseMs);
            this.timers.add(t);
            return;
          }
          while (!res.destroyed && res.write(chunk));
          if (!res.destroyed) res.once('drain', pump);
        };
        pump();
        return true;
      }
      case 'huge': {
        const item = '{"id": "r", "network": "10.0.0.0/8"}';
        const n = Math.max(1, Math.floor(fault.bytes / (item.length + 1)));
        const head = '{"success": true, "errors": [], "result": [';
        const body = head + Array(n).fill(item).join(',') + ']}';
        res.writeHead(200, { 'content-type': 'application/json', ...(fault.declared ? { 'content-length': Buffer.byteLength(body) } : {}) });
        res.end(body);
        return true;
      }
      case 'reset':
        res.socket?.destroy();
        return true;
      case 'long-zone-name':
        this.send(res, 200, { success: true, errors: [], messages: [], result: { ...DATA.zone, name: 'a'.repeat(fault.length) + '.example' } });
        return true;
    }
  }

  private send(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }
}
