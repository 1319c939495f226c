import type { Node } from 'jsonc-parser';
import { propertyNode, stringValue, valueNode } from '../json';
import type { Detector } from './types';

/** A Spectrum application: a `tcp/...` or `udp/...` protocol plus a DNS name or an origin. */
export const spectrumApp: Detector = {
  kind: 'spectrum-app',
  globs: ['**/*.spectrum.json', '**/*.spectrum.jsonc', '**/spectrum/**/*.json', '**/spectrum/**/*.jsonc'],
  hint: /"(protocol|origin_direct|origin_dns)"/,
  looksLike(node: Node): boolean {
    const protocol = stringValue(valueNode(node, 'protocol'));
    if (protocol === undefined || !/^\s*(tcp|udp)\//i.test(protocol)) return false;
    return ['dns', 'origin_direct', 'origin_dns'].some((k) => propertyNode(node, k) !== undefined);
  },
};
