import { unknownFieldCheck } from '../../schema/templates/unknown-field';

/** Names other tools use for the same settings, which the API does not accept. */
const FOREIGN: Record<string, string> = {
  edge_ip_connectivity: 'is a Terraform attribute, not an API field: write `edge_ips.connectivity` instead.',
  origin_port_range: 'is a Terraform attribute, not an API field: write the range as a string in `origin_port`, such as `"3000-4000"`.',
};

/** Keys the schema does not know, at every level it describes; API responses are left alone. */
export const rule = unknownFieldCheck({ name: 'unknown-field', id: 'unknown-field', kinds: ['spectrum-app'], explained: { 'spectrum-app': FOREIGN } });
