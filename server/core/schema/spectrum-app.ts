import type { FieldSpec, ObjectSchema } from './types';

/**
 * Every field of a Spectrum application (`POST`/`PUT /zones/{zone_id}/spectrum/apps`), as the API
 * documents it. Hovers, completion, the wrong-type / enum / unknown-field / required-field rules and
 * the generated JSON Schema read this one description.
 */

const ENTERPRISE = 'Enterprise only';

const dns: FieldSpec = {
  name: 'dns',
  type: ['object'],
  required: true,
  description:
    'The DNS record Cloudflare creates for the application: the hostname clients connect to. ' +
    '`type` must match `edge_ips`: `"CNAME"` for dynamic edge IPs (the default), `"ADDRESS"` for static (BYOIP) edge IPs. ' +
    'The record type cannot be changed on an existing application.',
  example: { type: 'CNAME', name: 'ssh.example.com' },
  fields: [
    {
      name: 'type',
      type: ['string'],
      required: true,
      enum: ['CNAME', 'ADDRESS'],
      enumDocs: {
        CNAME: 'A CNAME to the application\'s Cloudflare-assigned hostname. Use it with dynamic edge IPs (no `edge_ips`, or `edge_ips.type` `"dynamic"`).',
        ADDRESS: 'A/AAAA records for the static edge IPs listed in `edge_ips.ips`. Required for BYOIP (`edge_ips.type` `"static"`).',
      },
      description: 'Kind of DNS record: `"CNAME"` with dynamic edge IPs, `"ADDRESS"` with static (BYOIP) edge IPs. Written in upper case.',
      example: 'CNAME',
    },
    {
      name: 'name',
      type: ['string'],
      required: true,
      description: 'Fully qualified hostname of the application, in the zone the request is sent to (for example `ssh.example.com`).',
      example: 'ssh.example.com',
    },
  ],
};

const originDns: FieldSpec = {
  name: 'origin_dns',
  type: ['object'],
  plan: ENTERPRISE,
  description:
    'The origin as a hostname that Cloudflare resolves. Use either `origin_dns` or `origin_direct`, never both. ' +
    'Unless `type` is `"SRV"`, also set `origin_port`. Not allowed with `virtual_network_id`. ' +
    'The record must be in the same zone, and Cloudflare must be authoritative for a CNAME origin.',
  example: { name: 'origin.example.com', ttl: 1200 },
  fields: [
    {
      name: 'name',
      type: ['string'],
      required: true,
      description: 'Hostname of the origin (not an IP address: put IP origins in `origin_direct`).',
      example: 'origin.example.com',
    },
    {
      name: 'ttl',
      type: ['integer'],
      minimum: 600,
      description: 'How long, in seconds, Cloudflare caches the resolved origin addresses. An integer of at least `600`; examples use `1200`.',
      example: 1200,
    },
    {
      name: 'type',
      type: ['string'],
      enum: ['', 'A', 'AAAA', 'SRV'],
      default: '',
      enumDocs: {
        '': 'Resolve both A and AAAA records (the default). Needs `origin_port`.',
        A: 'Resolve IPv4 addresses only. Needs `origin_port`.',
        AAAA: 'Resolve IPv6 addresses only. Needs `origin_port`.',
        SRV: 'Resolve an SRV record, which carries the port too, so `origin_port` is not needed.',
      },
      description: 'Which records of `name` to resolve: `""` (A and AAAA, the default), `"A"`, `"AAAA"` or `"SRV"`.',
      example: '',
    },
  ],
};

const edgeIps: FieldSpec = {
  name: 'edge_ips',
  type: ['object'],
  default: { type: 'dynamic', connectivity: 'all' },
  description:
    'The Cloudflare IP addresses the application listens on. Either dynamic, `{"type": "dynamic", "connectivity": "all"}` ' +
    '(Cloudflare assigns anycast IPs; pairs with `dns.type` `"CNAME"`), or static, `{"type": "static", "ips": [...]}` ' +
    '(your own BYOIP addresses; pairs with `dns.type` `"ADDRESS"`). Static IPs need the BYOIP entitlement and do not support UDP applications.',
  example: { type: 'dynamic', connectivity: 'all' },
  fields: [
    {
      name: 'type',
      type: ['string'],
      enum: ['dynamic', 'static'],
      default: 'dynamic',
      enumDocs: {
        dynamic: 'Cloudflare assigns anycast IPs; choose the IP versions with `connectivity`. Use `dns.type` `"CNAME"`.',
        static: 'Use the BYOIP addresses listed in `ips`. Use `dns.type` `"ADDRESS"`; TCP applications only.',
      },
      description: '`"dynamic"` (Cloudflare-assigned, the default) or `"static"` (your BYOIP addresses in `ips`).',
      example: 'dynamic',
    },
    {
      name: 'connectivity',
      type: ['string'],
      enum: ['all', 'ipv4', 'ipv6'],
      default: 'all',
      enumDocs: {
        all: 'Listen on both IPv4 and IPv6 addresses (the default).',
        ipv4: 'Listen on IPv4 addresses only.',
        ipv6: 'Listen on IPv6 addresses only.',
      },
      description: 'With dynamic edge IPs only: the IP versions to listen on, `"all"` (the default), `"ipv4"` or `"ipv6"`.',
      example: 'all',
    },
    {
      name: 'ips',
      type: ['array'],
      description: 'With static edge IPs only: at least one IPv4 or IPv6 address from your BYOIP prefixes, not used by another application.',
      items: { name: 'ips[]', type: ['string'], description: 'An IPv4 or IPv6 address from one of your BYOIP prefixes.', example: '198.51.100.10' },
      example: ['198.51.100.10'],
    },
  ],
};

const fields: FieldSpec[] = [
  {
    name: 'id',
    type: ['string'],
    readOnly: true,
    description: 'Identifier of the application (32 hexadecimal characters), set by Cloudflare. Read-only: leave it out of request bodies; the update URL carries it.',
    example: 'ea95132c15732412d22c1476fa83f27a',
  },
  {
    name: 'created_on',
    type: ['string'],
    readOnly: true,
    description: 'When the application was created (RFC 3339 date-time), set by Cloudflare. Read-only.',
    example: '2014-01-02T02:20:00Z',
  },
  {
    name: 'modified_on',
    type: ['string'],
    readOnly: true,
    description: 'When the application was last changed (RFC 3339 date-time), set by Cloudflare. Read-only.',
    example: '2014-01-02T02:20:00Z',
  },
  {
    name: 'protocol',
    type: ['string'],
    required: true,
    description:
      'Transport and edge port the application listens on: `"tcp/<port>"` or `"udp/<port>"`, or a range `"tcp/<start>-<end>"` ' +
      '(ports 1-65535, start below end, lower case). An edge range maps port by port onto an origin range of the same length. ' +
      'HTTP and HTTPS applications also use a `tcp/...` protocol, with `traffic_type`. ' +
      'The API also names some protocols instead: `"ssh"`, `"rdp"` and `"minecraft"` (TCP on their standard ports, 22, 3389 and 25565).',
    example: 'tcp/22',
    enumDocs: {
      ssh: 'SSH, a TCP application on edge port 22 (as `tcp/22`). On Pro and Business plans, one SSH application is included.',
      rdp: 'Remote Desktop (RDP), a TCP application on edge port 3389 (as `tcp/3389`). On Business and Enterprise plans, one RDP application is included.',
      minecraft: 'Minecraft (Java Edition), a TCP application on edge port 25565 (as `tcp/25565`). On Pro and Business plans, one Minecraft application is included.',
    },
  },
  dns,
  {
    name: 'traffic_type',
    type: ['string'],
    enum: ['direct', 'http', 'https', 'worker'],
    default: 'direct',
    enumDocs: {
      worker: 'New (2026, in Cloudflare\'s API specification; not yet in the Terraform provider, SDKs or docs): send TCP traffic to a Worker named by `origin_worker_id` instead of an origin.',
      direct: 'Pass TCP/UDP traffic straight through to the origin (the default); the application type comes from `protocol`.',
      http: 'Send traffic through Cloudflare\'s HTTP pipeline (WAF, caching and other HTTP features); the application type is HTTP.',
      https: 'Like `http`, with TLS terminated at Cloudflare\'s edge; the application type is HTTPS.',
    },
    description:
      'How Cloudflare handles the traffic: `"direct"` (plain TCP/UDP pass-through, the default), `"http"` or `"https"` (through the HTTP pipeline). ' +
      '`argo_smart_routing` and `virtual_network_id` need `"direct"`.',
    example: 'direct',
  },
  {
    name: 'origin_direct',
    type: ['array'],
    description:
      'Origin IP addresses with transport and port: `"tcp://192.0.2.1:22"`, `"udp://[2001:db8::1]:53"` (IPv6 in brackets), or a port range `"tcp://192.0.2.1:3000-4000"`. ' +
      'IP literals only (use `origin_dns` for a hostname). Several entries spread the load across them. ' +
      'Use either `origin_direct` or `origin_dns`, never both; with `virtual_network_id`, exactly one entry with a single port.',
    items: {
      name: 'origin_direct[]',
      type: ['string'],
      description: 'One origin: `<tcp|udp>://<IPv4>:<port>` or `<tcp|udp>://[<IPv6>]:<port>`, the port optionally a range `<start>-<end>`.',
      example: 'tcp://192.0.2.1:22',
    },
    example: ['tcp://192.0.2.1:22'],
  },
  originDns,
  {
    name: 'origin_port',
    type: ['integer', 'string'],
    minimum: 1,
    maximum: 65535,
    plan: ENTERPRISE,
    description:
      'Port of the `origin_dns` origin: an integer 1-65535 (`22`), or a range as a string (`"3000-4000"`) as long as the `protocol` range. ' +
      'Only with `origin_dns` (with `origin_direct` the port is part of each address); not needed when `origin_dns.type` is `"SRV"`; no range with `virtual_network_id`.',
    example: 22,
  },
  edgeIps,
  {
    name: 'ip_firewall',
    type: ['boolean'],
    default: false,
    plan: ENTERPRISE,
    description:
      'Apply the zone\'s IP Access Rules to the application (only rules on IP, CIDR, country or ASN with `allow` or `block` are honoured). TCP applications only.',
    example: true,
  },
  {
    name: 'proxy_protocol',
    type: ['string'],
    enum: ['off', 'v1', 'v2', 'simple'],
    default: 'off',
    plan: ENTERPRISE,
    enumDocs: {
      off: 'Send no client address information to the origin (the default). Required with `virtual_network_id`.',
      v1: 'PROXY protocol version 1: a human-readable header at the start of each connection. TCP only.',
      v2: 'PROXY protocol version 2: a binary header; for TCP on each connection, for UDP on the first datagram.',
      simple: 'Simple Proxy Protocol: a header on each UDP datagram, which the origin must echo back. UDP only.',
    },
    description:
      'How the client\'s IP address and port are passed to the origin: `"off"` (the default), `"v1"` (TCP only), `"v2"` (TCP and UDP) or `"simple"` (UDP only). ' +
      'Must be `"off"` with `virtual_network_id`. The older boolean form and the `spp` field are legacy.',
    example: 'off',
  },
  {
    name: 'tls',
    type: ['string'],
    enum: ['off', 'flexible', 'full', 'strict'],
    default: 'off',
    plan: ENTERPRISE,
    enumDocs: {
      off: 'No TLS termination at the edge (the default): TLS, if any, passes through and the origin presents its own certificate.',
      flexible: 'Terminate TLS at the edge; the connection to the origin is unencrypted.',
      full: 'Terminate TLS at the edge and connect to the origin over TLS without validating its certificate.',
      strict: 'Terminate TLS at the edge and connect to the origin over TLS, validating its certificate.',
    },
    description:
      'TLS termination at Cloudflare\'s edge: `"off"` (the default), `"flexible"`, `"full"` or `"strict"`. TCP applications only. ' +
      'Needs an advanced or custom certificate (Universal SSL certificates do not cover Spectrum); the minimum TLS version and ciphers are fixed.',
    example: 'off',
  },
  {
    name: 'argo_smart_routing',
    type: ['boolean'],
    default: false,
    plan: ENTERPRISE,
    description:
      'Route traffic to the origin over Argo Smart Routing. Only with `traffic_type` `"direct"`; needs the Argo entitlement (else 11026). UDP support is in beta.',
    example: true,
  },
  {
    name: 'virtual_network_id',
    type: ['string'],
    description:
      'UUID of a Zero Trust virtual network (Cloudflare Tunnel or Cloudflare WAN connector) through which to reach a private origin. ' +
      'Needs `origin_direct` with exactly one address and a single port, inside a route of that network; `proxy_protocol` `"off"`; and `traffic_type` `"direct"`.',
    example: 'f70ff985-a4ef-4643-bbbc-4a0ed4fc8415',
  },
  {
    name: 'origin_worker_id',
    type: ['string'],
    description:
      'New (2026, in Cloudflare\'s API specification only): the Worker script tag (32 hexadecimal characters) that serves a `traffic_type` `"worker"` application, ' +
      'instead of `origin_direct`, `origin_dns` and `origin_port`. TCP only; no `proxy_protocol` or `argo_smart_routing`; `tls` `"off"` or `"flexible"`.',
    example: '023e105f4ecef8ad9ca31a8372d0c353',
  },
  {
    name: 'spp',
    type: ['boolean'],
    legacy: true,
    description: 'Legacy Simple Proxy Protocol switch. `true` is written today as `proxy_protocol` `"simple"`; `false` is the default and can be dropped.',
    example: false,
  },
  {
    name: 'ipv4',
    type: ['boolean'],
    legacy: true,
    description: 'Legacy IP-version switch of old clients. The IP versions are chosen today with `edge_ips.connectivity` (`"all"`, `"ipv4"` or `"ipv6"`).',
    example: false,
  },
];

export const SPECTRUM_APP_SCHEMA: ObjectSchema = {
  kind: 'spectrum-app',
  title: 'Spectrum application',
  description:
    'A Cloudflare Spectrum application: proxies TCP or UDP traffic (or HTTP/HTTPS through `traffic_type`) on an edge port to an origin. ' +
    'Needs `protocol`, `dns`, and exactly one of `origin_direct` / `origin_dns`. Pay-as-you-go applications may only send `protocol`, `dns` and `origin_direct`.',
  docs: 'https://developers.cloudflare.com/api/resources/spectrum/subresources/apps/',
  fields,
};

/** The spec of a field by its path of names below the application (`['dns', 'type']`), or undefined. */
export function spectrumField(path: string[]): FieldSpec | undefined {
  let list: FieldSpec[] | undefined = SPECTRUM_APP_SCHEMA.fields;
  let spec: FieldSpec | undefined;
  for (const name of path) {
    spec = list?.find((f) => f.name === name);
    if (!spec) return undefined;
    list = spec.fields;
  }
  return spec;
}
