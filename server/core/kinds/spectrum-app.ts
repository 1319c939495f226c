import type { Node } from 'jsonc-parser';
import { propertyNode, stringValue, valueNode } from '../json';
import { isNamedProtocol } from '../spectrum/values';
import { kindGlobs, type Detector } from './types';

/** Fields only a Spectrum application has; one of them next to a Spectrum `protocol` is enough. */
const SPECTRUM_KEYS = ['dns', 'origin_direct', 'origin_dns', 'origin_port', 'edge_ips', 'tls', 'proxy_protocol', 'argo_smart_routing', 'ip_firewall', 'virtual_network_id', 'spp', 'origin_worker_id'];

/**
 * A Spectrum application: a `tcp/...` or `udp/...` protocol, or a protocol the API names (`rdp`),
 * plus a field only Spectrum applications have (a DNS name, an origin, `tls`, `edge_ips`...).
 */
export const spectrumApp: Detector = {
  kind: 'spectrum-app',
  globs: kindGlobs('spectrum', 'spectrum'),
  hint: /"(protocol|origin_direct|origin_dns)"/,
  looksLike(node: Node): boolean {
    const protocol = stringValue(valueNode(node, 'protocol'));
    if (protocol === undefined || !(/^\s*(tcp|udp)\//i.test(protocol) || isNamedProtocol(protocol.trim().toLowerCase()))) return false;
    return SPECTRUM_KEYS.some((k) => propertyNode(node, k) !== undefined);
  },
};
