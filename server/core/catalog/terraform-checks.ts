import { checksOf, type CatalogEntry } from './types';

const PROVIDER = 'https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs/';

const check = checksOf('terraform-check');

/** Checks of the Terraform provider's own forms: what `terraform validate` lets through or a version mix-up. */
export const TERRAFORM_CHECKS: CatalogEntry[] = [
  check({
    id: 'terraform-version-form',
    appliesTo: 'request',
    title: 'Attribute in the form of the other provider version',
    cause: 'Provider v5 writes nested objects as attributes (`dns = { ... }`, `origins = [{ ... }]`, `default_pools`); v4 writes blocks (`dns { ... }`, `origins { ... }`) and `default_pool_ids`. A form of the other version than `required_providers` names is rejected at plan time.',
    resolution: 'Write the form of the provider version the configuration requires (the fix rewrites it where the rewrite is mechanical).',
    docs: PROVIDER + 'guides/version-5-upgrade',
    severity: 'error',
  }),
  check({
    id: 'terraform-origin-host-header',
    appliesTo: 'request',
    title: 'Pool origin `Host` header dropped by provider v5',
    cause: 'In provider v5 a pool origin\'s `header = { "Host" = [...] }` applies cleanly but is silently dropped: only the lowercase `host` key reaches the API (terraform-provider-cloudflare #6963).',
    resolution: 'Write `header = { host = [...] }`.',
    docs: PROVIDER + 'resources/load_balancer_pool',
    severity: 'error',
    fields: ['origins[].header'],
  }),
];
