import type { ObjectSchema } from './types';
import { timestamps } from './timestamps';

const HTTP_ONLY = 'Used by `http` and `https` monitors only.';

/** A Load Balancing monitor: `POST /accounts/{account_id}/load_balancers/monitors`. */
export const MONITOR_SCHEMA: ObjectSchema = {
  kind: 'monitor',
  title: 'Load Balancing monitor',
  description:
    'A health-check definition that pools reference by `id` in their `monitor` field. Cloudflare probes every enabled origin of those pools from the pool\'s `check_regions` on each `interval`.',
  docs: 'https://developers.cloudflare.com/api/resources/load_balancers/subresources/monitors/methods/create/',
  fields: [
    { name: 'id', type: ['string'], readOnly: true, description: 'Identifier of the monitor, set by Cloudflare. Pools reference it in `monitor`.' },
    ...timestamps('monitor'),
    {
      name: 'type',
      type: ['string'],
      description:
        'The protocol of the health check. Values are lowercase; the dashboard\'s names `ICMP-PING` and `UDP-ICMP` are written `icmp_ping` and `udp_icmp`.',
      enum: ['http', 'https', 'tcp', 'udp_icmp', 'icmp_ping', 'smtp'],
      enumDocs: {
        http: 'HTTP request to `path` on `port` (default 80); healthy when the status is in `expected_codes` and the body contains `expected_body`.',
        https: 'Like `http` over TLS (default port 443). The `Host` header is sent as SNI; without one no SNI is sent.',
        tcp: 'Healthy when a TCP connection to `port` is established (`method` `connection_established`). `port` is required.',
        udp_icmp: 'An ICMP ping, then a UDP probe to `port`; unhealthy when ICMP Port Unreachable comes back. `port` is required. Enterprise only.',
        icmp_ping: 'An ICMP echo request; healthy when the origin answers. Has no `port`. Enterprise only.',
        smtp: 'Healthy when the origin answers `HELO` with 250 and `QUIT` with 221. `port` is required. Enterprise only.',
      },
      default: 'http',
      plan: 'Non-Enterprise accounts can use `http`, `https` and `tcp` only.',
      example: 'https',
    },
    { name: 'description', type: ['string'], default: '', description: 'Free text describing the monitor.', example: 'Login page health check' },
    {
      name: 'method',
      type: ['string'],
      description:
        'For `http`/`https`: the HTTP method of the request (`GET` or `HEAD`). For `tcp`: must be `connection_established`. Not used by other types.',
      default: 'GET',
      example: 'GET',
    },
    { name: 'path', type: ['string'], default: '/', description: `The path of the health-check request, e.g. \`/health\`. ${HTTP_ONLY}`, example: '/health' },
    {
      name: 'port',
      type: ['integer', 'null'],
      minimum: 0,
      maximum: 65535,
      default: 0,
      description:
        'The port to probe. `0` means the protocol default (80 for `http`, 443 for `https`). **Required** for `tcp`, `udp_icmp` and `smtp`, which have no default; not used by `icmp_ping`.',
      example: 443,
    },
    {
      name: 'header',
      type: ['object'],
      description:
        `Request headers, as an object whose values are arrays of strings: \`{"Host": ["app.example.com"], "X-App-ID": ["abc123"]}\`. Set \`Host\` to a name the origin\'s certificate covers: it is also sent as SNI. \`User-Agent\` cannot be overridden. An origin\'s own \`Host\` header in the pool wins over this one. ${HTTP_ONLY}`,
      example: { Host: ['app.example.com'] },
    },
    {
      name: 'timeout',
      type: ['integer'],
      default: 5,
      minimum: 1,
      maximum: 10,
      description:
        'Seconds to wait for the origin before the attempt fails. 1-2 s often ends in "HTTP timeout occurred". The Terraform provider accepted 1-10.',
      example: 5,
    },
    {
      name: 'retries',
      type: ['integer'],
      default: 2,
      minimum: 0,
      maximum: 5,
      description:
        'How many times a timed-out check is retried at once before the origin is marked unhealthy; each check makes `retries + 1` attempts. Keep `(retries + 1) × timeout` below `interval`.',
      example: 2,
    },
    {
      name: 'interval',
      type: ['integer'],
      default: 60,
      minimum: 10,
      maximum: 3600,
      description:
        'Seconds between two health checks of an origin. The API rejects values outside its range with 1002 `interval is not in range [min, 3600]: validation failed`.',
      plan: 'At least 10 s on Enterprise and 15 s on other plans (the dashboard says 60 s on Pro); at most 3600 s.',
      example: 60,
    },
    {
      name: 'expected_codes',
      type: ['string'],
      default: '200',
      description: `The response status that counts as healthy: one code (\`"200"\`) or a class (\`"2xx"\`). ${HTTP_ONLY}`,
      example: '2xx',
    },
    {
      name: 'expected_body',
      type: ['string'],
      default: '',
      description: `A case-insensitive substring the response body must contain; only the first 10 KB of the body are read. Empty means the body is not checked. ${HTTP_ONLY}`,
      example: 'ok',
    },
    {
      name: 'follow_redirects',
      type: ['boolean'],
      default: false,
      description: `Follow 3xx redirects and judge the final response. Without it a redirect (for example HTTP to HTTPS) is a "Response code mismatch error". ${HTTP_ONLY}`,
      example: true,
    },
    {
      name: 'allow_insecure',
      type: ['boolean'],
      default: false,
      description: `Skip certificate validation, for origins with self-signed or privately issued certificates. ${HTTP_ONLY}`,
      example: false,
    },
    {
      name: 'probe_zone',
      type: ['string'],
      default: '',
      description: `"Simulate zone": send the health checks as if they came through this zone, so its features (Authenticated Origin Pulls, Argo Smart Routing, Aegis) apply. Usually the load balancer\'s zone. ${HTTP_ONLY}`,
      example: 'example.com',
    },
    {
      name: 'consecutive_up',
      type: ['integer'],
      default: 0,
      minimum: 0,
      description: 'How many consecutive passing checks an unhealthy origin needs to become healthy.',
      example: 2,
    },
    {
      name: 'consecutive_down',
      type: ['integer'],
      default: 0,
      minimum: 0,
      description: 'How many consecutive failing checks a healthy origin needs to become unhealthy.',
      example: 2,
    },
  ],
};
