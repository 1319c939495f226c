import { before } from 'node:test';
import { initTerraform } from '../../../server/core/terraform/parser';
import type { LintOptions } from '../../../server/core';

/** Every Terraform test file loads the HCL parser first. */
export const useTerraform = () => before(() => initTerraform());

export const TF: LintOptions = { path: '/work/infra/main.tf' };
export const TF_JSON: LintOptions = { path: '/work/infra/main.tf.json' };

export const requires = (version: string) => `terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "${version}"
    }
  }
}
`;

/** Clean resources in the provider v5 form (nested attributes), written from the provider's documentation. */
export const V5 = {
  app: `resource "cloudflare_spectrum_application" "ssh" {
  zone_id      = var.zone_id
  protocol     = "tcp/22"
  traffic_type = "direct"
  dns = {
    type = "CNAME"
    name = "ssh.example.com"
  }
  origin_direct = ["tcp://192.0.2.10:22"]
}
`,
  monitor: `resource "cloudflare_load_balancer_monitor" "http" {
  account_id     = var.account_id
  type           = "https"
  expected_codes = "200"
  interval       = 60
  path           = "/health"
  header = {
    Host = ["app.example.com"]
  }
}
`,
  pool: `resource "cloudflare_load_balancer_pool" "web" {
  account_id = var.account_id
  name       = "web"
  monitor    = cloudflare_load_balancer_monitor.http.id
  origins = [{
    name    = "web-1"
    address = "origin-1.example.com"
    weight  = 1
    header  = { host = ["app.example.com"] }
  }]
}
`,
  lb: `resource "cloudflare_load_balancer" "www" {
  zone_id          = var.zone_id
  name             = "www.example.com"
  default_pools    = [cloudflare_load_balancer_pool.web.id]
  fallback_pool    = cloudflare_load_balancer_pool.web.id
  proxied          = true
  session_affinity = "cookie"
}
`,
};

/** What `terraform init` writes in `.terraform.lock.hcl` after installing provider v5. */
export const LOCK_V5 = '# This file is maintained automatically by "terraform init".\nprovider "registry.terraform.io/cloudflare/cloudflare" {\n  version     = "5.8.2"\n  constraints = "~> 5.0"\n  hashes = [\n    "h1:abc=",\n  ]\n}\n';

/** The same resources in the provider v4 form (blocks, `default_pool_ids`). */
export const V4 = {
  app: `resource "cloudflare_spectrum_application" "ssh" {
  zone_id      = var.zone_id
  protocol     = "tcp/22"
  traffic_type = "direct"
  dns {
    type = "CNAME"
    name = "ssh.example.com"
  }
  origin_direct = ["tcp://192.0.2.10:22"]
  edge_ips {
    type         = "dynamic"
    connectivity = "all"
  }
}
`,
  monitor: `resource "cloudflare_load_balancer_monitor" "http" {
  account_id     = var.account_id
  type           = "https"
  expected_codes = "200"
  interval       = 60
  path           = "/health"
  header {
    header = "Host"
    values = ["app.example.com"]
  }
}
`,
  pool: `resource "cloudflare_load_balancer_pool" "web" {
  account_id = var.account_id
  name       = "web"
  monitor    = cloudflare_load_balancer_monitor.http.id
  origins {
    name    = "web-1"
    address = "origin-1.example.com"
    weight  = 1
    header {
      header = "Host"
      values = ["app.example.com"]
    }
  }
}
`,
  lb: `resource "cloudflare_load_balancer" "www" {
  zone_id          = var.zone_id
  name             = "www.example.com"
  default_pool_ids = [cloudflare_load_balancer_pool.web.id]
  fallback_pool_id = cloudflare_load_balancer_pool.web.id
  proxied          = true
  session_affinity = "cookie"
}
`,
};

/** A text with one piece replaced; fails loudly when the piece is not there (a fixture typo). */
export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture has no ${JSON.stringify(from)}`);
  return text.replace(from, () => to);
}
