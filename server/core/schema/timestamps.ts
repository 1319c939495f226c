import type { FieldSpec } from './types';

/** `created_on` and `modified_on`, which Cloudflare sets on every Load Balancing object. */
export function timestamps(noun: string): FieldSpec[] {
  return [
    { name: 'created_on', type: ['string'], readOnly: true, description: `When the ${noun} was created (RFC 3339), set by Cloudflare.` },
    { name: 'modified_on', type: ['string'], readOnly: true, description: `When the ${noun} was last changed (RFC 3339), set by Cloudflare.` },
  ];
}
