/**
 * The documentation pages spectrum-lint links to, with the headings of each page in page order, as
 * their text reads (inline code loses its backticks, as the docs' slugger sees it). A heading
 * renamed upstream is one line to change here; the links test slugs these with github-slugger, the
 * library the docs site uses for heading ids. An empty list: only the page itself is linked.
 *
 * Sources: cloudflare/cloudflare-docs `src/content/docs/...` (the .mdx of each page) and the
 * rendered pages, as of 2026-09.
 */
export const DOC_PAGES: Record<string, string[]> = {
  'https://developers.cloudflare.com/spectrum/reference/error-codes/': [
    'How errors are returned',
    'General errors (10xxx)',
    '10002 — Unexpected internal server error',
    '10012 — Unknown field in request JSON',
    'Application configuration errors (11xxx)',
    '11000 — Invalid origin configuration',
    '11001 — Invalid origin DNS configuration',
    '11002 — Invalid origin address',
    '11004 — Invalid DNS configuration',
    '11014 — FTP not enabled',
    '11018 — edge_ips not enabled',
    '11019 — edge_ips not authorized',
    '11026 — Argo Smart Routing not enabled',
    '11033 — edge_ips in use',
    '11034 — Cannot create more applications for protocol',
    '11050 — Invalid cross-zone origin DNS configuration',
    'Virtual network origin errors',
    '11041 — Virtual network requires origin direct',
    '11042 — Virtual network requires single origin',
    '11043 — Virtual network no port range',
    '11044 — Virtual network route not found',
    '11045 — Virtual network invalid UUID',
    'Addressing errors (12xxx)',
    '12005 — IPv4 quota limit',
    'Protocol errors (13xxx)',
    '13002 — Protocol not available',
    'Hostname errors (16xxx)',
    '16001 — Zone mismatch',
  ],
  'https://developers.cloudflare.com/load-balancing/troubleshooting/common-error-codes/': [
    'TCP connection failed',
    'HTTP timeout occurred',
    'Response code mismatch error',
    'Response body mismatch error',
    'TLS untrusted certificate error',
    'TLS name mismatch error',
    'TLS protocol error',
    'TLS unrecognized name error',
    'No route to host error',
    'Exceeded quota error',
    'TCP Timeout',
    'TLS Handshake Failure',
    'Network Unreachable',
    'HTTP Invalid Response',
    'DNS Unknown Host',
    'Connection Reset by Peer',
    'Monitor Config Error',
    'DNS Internal',
    'Load Balancing Not Enabled',
    'Validation failed error',
    'Object referenced by other objects',
    'Other Failure',
  ],
  // Only the headings we link; "Virtual network origin" came with cloudflare-docs PR #30774.
  'https://developers.cloudflare.com/spectrum/reference/configuration-options/': ['Port ranges', 'Virtual network origin'],
  // "Retry timing" came with cloudflare-docs PR #31583.
  'https://developers.cloudflare.com/load-balancing/monitors/create-monitor/': ['Retry timing'],
  'https://developers.cloudflare.com/spectrum/how-to/enable-proxy-protocol/': [],
  'https://developers.cloudflare.com/spectrum/reference/limitations/': [],
  'https://developers.cloudflare.com/spectrum/reference/logs/': [],
  'https://developers.cloudflare.com/spectrum/reference/settings-by-plan/': [],
  'https://developers.cloudflare.com/load-balancing/monitors/': [],
  'https://developers.cloudflare.com/load-balancing/pools/create-pool/': [],
  'https://developers.cloudflare.com/load-balancing/additional-options/override-http-host-headers/': [],
  'https://developers.cloudflare.com/load-balancing/additional-options/spectrum/': ['Set up', '1. Configure your load balancer', '2. Configure your Spectrum application', 'Limitations'],
  'https://developers.cloudflare.com/fundamentals/api/': [],
  'https://developers.cloudflare.com/api/': [],
  // The API reference's HTTP view: the apps overview lists List, Get and Delete; there is no create page.
  'https://developers.cloudflare.com/api/resources/spectrum/subresources/apps/': [],
  'https://developers.cloudflare.com/api/resources/load_balancers/': [],
  'https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs/guides/version-5-upgrade': [],
  'https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs/resources/load_balancer_pool': [],
  'https://developers.cloudflare.com/api/resources/load_balancers/subresources/monitors/methods/create/': [],
  'https://developers.cloudflare.com/api/resources/load_balancers/subresources/pools/methods/create/': [],
};

/** Our own README: GitHub makes its heading ids with the same slugger, from the README in this repository. */
export const README_URL = 'https://github.com/spectrum-lint/spectrum-lint';
