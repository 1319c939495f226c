// A .tf document parsed from its previous version (the parser's tree told the edit, unchanged top-level
// items and resources taken over) gives the findings of a fresh lint of the same text, after hundreds of
// seeded random edits, syntax-breaking ones included; an edit inside one resource rebuilds that one only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, lint, ObjectCache, releaseAnalysis, type Analysis, type LintOptions, type LintResult } from '../../../server/core';
import type { ModelNode } from '../../../server/core/terraform/hcl-tree';
import type { SyntaxNode } from '../../../server/core/terraform/syntax';
import { parseTerraform, releaseTerraform, type TerraformModel } from '../../../server/core/terraform/front-end';
import { prng } from '../../helpers';
import { TF, useTerraform } from './corpus';

useTerraform();

/** A module of all four resource types in both provider forms, with comments, a heredoc, expressions and a directive. */
const MODULE = `# Edge services of the shop (written for these tests).
variable "zone_id" {}

resource "cloudflare_spectrum_application" "ssh" {
  zone_id      = var.zone_id
  protocol     = "tcp/22"
  traffic_type = "direct"
  dns = {
    type = "CNAME"
    name = "ssh.shop.example"
  }
  origin_direct = ["tcp://2001:db8::10:22"]
}

resource "cloudflare_spectrum_application" "game" {
  zone_id  = var.zone_id
  protocol = "udp/27015-27020"
  dns {
    type = "CNAME"
    name = "game.shop.example" // the public name
  }
  origin_port_range {
    start = 27015
    end   = 27020
  }
  # spectrum-lint-disable-next-line 11002 -- the lab origin is reached over the site VPN
  origin_direct = ["udp://10.1.2.3"]
  edge_ips {
    type         = "dynamic"
    connectivity = "ipv9"
  }
}

resource "cloudflare_load_balancer_monitor" "http" {
  account_id     = var.account_id
  type           = "https"
  expected_codes = "2xx"
  interval       = 3
  path           = "/health"
  description    = <<-EOT
    Checks the shop's health page.
    Übergang: ✓ 😀
  EOT
  header {
    header = "Host"
    values = ["shop.example"]
  }
}

resource "cloudflare_load_balancer_monitor" "tcp" {
  account_id = var.account_id
  type       = "tcp"
  port       = var.enabled ? 443 : 8443
  header = {
    Host = ["shop.example"]
  }
}

/* The pools: one per region. */
resource "cloudflare_load_balancer_pool" "eu" {
  account_id = var.account_id
  name       = "eu pool"
  monitor    = cloudflare_load_balancer_monitor.http.id
  origins {
    name    = "eu-1"
    address = "192.0.2.1"
    weight  = 2
    header {
      header = "Host"
      values = ["shop.example"]
    }
  }
}

resource "cloudflare_load_balancer_pool" "us" {
  for_each   = toset(["a", "b"])
  account_id = var.account_id
  name       = "us-\${each.key}"
  origins = [{
    name    = "us-1"
    address = "origin.shop.example"
    header  = { host = ["shop.example"] }
  }]
}

resource "cloudflare_load_balancer" "www" {
  zone_id          = var.zone_id
  name             = "www.shop.example"
  default_pool_ids = [cloudflare_load_balancer_pool.eu.id]
  fallback_pool_id = cloudflare_load_balancer_pool.eu.id
  session_affinity = "cookies"
  region_pools {
    region   = "WEU"
    pool_ids = [cloudflare_load_balancer_pool.eu.id]
  }
}

resource "cloudflare_load_balancer" "api" {
  count         = 2
  zone_id       = var.zone_id
  name          = "api.shop.example"
  default_pools = [cloudflare_load_balancer_pool.us["a"].id]
  fallback_pool = cloudflare_load_balancer_pool.us["b"].id
  proxied       = true
  ttl           = 30
}
`;

/** Everything a user sees of a lint: each finding (with its fixes' edits when `withFixes`), the suppressed ones too. */
async function seen(r: LintResult, withFixes = true): Promise<string[]> {
  const out: string[] = [];
  for (const f of r.findings) {
    const fixes = f.fixes && withFixes ? await f.fixes({}) : [];
    out.push(JSON.stringify({ ...f, fixes: fixes.map((x) => ({ title: x.title, kind: x.kind, edits: x.edits })) }));
  }
  for (const s of r.suppressed ?? []) out.push(`suppressed ${s.finding.id}@${s.finding.offset}:${s.finding.length}`);
  return out;
}

/** The model as plain data (no parent links), so two models compare by value. */
function plain(m: TerraformModel): unknown {
  const node = (n: ModelNode): unknown => ({ t: n.type, v: n.value, o: n.offset, l: n.length, c: n.colonOffset, u: n.unknown, r: n.reference, k: n.children?.map(node) });
  return {
    root: node(m.root),
    errors: m.errors,
    resources: m.resources.map((r) => [r.type, r.name, r.kind]),
    version: m.version,
    forms: m.forms.map(({ resource, ...f }) => ({ ...f, resource: resource.offset })),
    unknown: m.unknown,
    comments: m.comments,
    tokenStarts: m.tokenStarts,
  };
}

/** The syntax copy a model keeps for its next version, node by node (zero-width ones too). */
function syntax(m: TerraformModel): string[] {
  const out: string[] = [];
  const visit = (n: SyntaxNode, depth: number) => {
    out.push(`${depth} ${n.type} ${n.startIndex}-${n.endIndex}${n.isMissing ? ' missing' : ''}${n.hasError ? ' error' : ''}`);
    for (const c of n.children) visit(c, depth + 1);
  };
  visit(m.hcl!.syntax, 0);
  return out;
}

const pieces = ['x', '"', '{', '}', '=', '\n', '\r\n', '#', '/*', '*/', '<<EOT\n', '${', 'é', '😀', ' ', '[', ']', ',', '\r'];

/** Seeded random edits of every kind: typing, deleting, replacing, lines added or removed, blocks duplicated. */
const edits: Array<(text: string, rnd: () => number) => string> = [
  (t, rnd) => {
    const i = Math.floor(rnd() * (t.length + 1));
    return t.slice(0, i) + pieces[Math.floor(rnd() * pieces.length)] + t.slice(i);
  },
  (t, rnd) => {
    const i = Math.floor(rnd() * t.length);
    return t.slice(0, i) + t.slice(i + 1 + Math.floor(rnd() * 6));
  },
  (t, rnd) => {
    const i = Math.floor(rnd() * t.length);
    return t.slice(0, i) + pieces[Math.floor(rnd() * pieces.length)] + t.slice(i + 1 + Math.floor(rnd() * 3));
  },
  // A value changed to another one (findings come and go).
  (t, rnd) => {
    const swaps: Array<[RegExp, string]> = [[/"tcp\/22"/, '"tcp/99999"'], [/interval {7}= \d+/, 'interval       = 60'], [/= true/, '= "yes"'], [/"cookies"/, '"cookie"'], [/ipv9/, 'all'], [/27020/, '26000'], [/"2xx"/, '"200"']];
    const [from, to] = swaps[Math.floor(rnd() * swaps.length)];
    return from.test(t) ? t.replace(from, to) : t.replace(to, (from.source.match(/"[^"]*"|\w+/) ?? [''])[0]);
  },
  // A line added inside a resource, or one removed.
  (t, rnd) => {
    const lines = t.split('\n');
    const i = Math.floor(rnd() * lines.length);
    if (rnd() < 0.5) lines.splice(i, 1);
    else lines.splice(i, 0, rnd() < 0.5 ? '  proxy_protocol = "v9"' : '  tls = "flexible" # in review');
    return lines.join('\n');
  },
  // A resource block written twice (its name duplicated), or one removed.
  (t, rnd) => {
    const starts = [...t.matchAll(/^resource /gm)].map((m) => m.index!);
    if (!starts.length) return t;
    const k = Math.floor(rnd() * starts.length);
    const end = starts[k + 1] ?? t.length;
    const block = t.slice(starts[k], end);
    return rnd() < 0.5 ? t.slice(0, end) + block + t.slice(end) : t.slice(0, starts[k]) + t.slice(end);
  },
  // Line breaks turned into CR LF from some point on.
  (t, rnd) => {
    const i = Math.floor(rnd() * t.length);
    return t.slice(0, i) + t.slice(i).replace(/(?<!\r)\n/g, '\r\n');
  },
];

const OPTIONS: LintOptions[] = [{ ...TF, syntaxErrors: true }, TF];

for (const options of OPTIONS) {
  test(`random edits of a .tf module: each version parsed from the last lints as a fresh parse does (syntaxErrors: ${options.syntaxErrors === true})`, async () => {
    const rnd = prng(options.syntaxErrors ? 7331 : 4242);
    const cache = new ObjectCache();
    let text = MODULE;
    let analysis: Analysis = analyze(text, options, undefined, true);
    lint(analysis, options, undefined, cache);
    let reused = 0;
    for (let step = 0; step < 300; step++) {
      // Now and then back to the whole module: a large edit, and a clean start for the next run of edits.
      const next = step % 40 === 39 ? MODULE : edits[Math.floor(rnd() * edits.length)](text, rnd);
      const before = analysis.doc?.terraform?.resources.map((r) => r.node) ?? [];
      analysis = analyze(next, options, analysis, true);
      text = next;
      const fresh = analyze(text, options);
      const at = `step ${step}`;
      if (fresh.doc?.terraform) {
        assert.deepEqual(plain(analysis.doc!.terraform!), plain(fresh.doc.terraform), `${at}: the model`);
        const copy = parseTerraform(text, undefined, true);
        releaseTerraform(copy);
        assert.deepEqual(syntax(analysis.doc!.terraform!), syntax(copy), `${at}: the syntax`);
        reused += analysis.doc!.terraform!.resources.filter((r) => before.includes(r.node)).length;
      } else assert.equal(analysis.doc?.terraform, undefined, at);
      // Fixes are computed on demand (each one checks its result again): compared every few steps.
      const withFixes = step % 8 === 0;
      assert.deepEqual(await seen(lint(analysis, options, undefined, cache), withFixes), await seen(lint(fresh, options), withFixes), `${at}: the findings of\n${text}`);
    }
    releaseAnalysis(analysis);
    assert.equal(analysis.doc?.terraform?.hcl?.tree, undefined, 'released');
    // Not a figure of speed: a check that the runs above went through the reuse at all.
    assert.ok(reused > 300, `resources taken over: ${reused}`);
  });
}

/** A module of `n` small applications. */
const apps = (n: number) => Array.from({ length: n }, (_, i) => `resource "cloudflare_spectrum_application" "app_${i}" {\n  protocol = "tcp/${1000 + i}"\n  dns = {\n    type = "CNAME"\n    name = "app-${i}.shop.example"\n  }\n  origin_direct = ["tcp://192.0.2.${i}:${1000 + i}"]\n}\n`).join('\n');

test('an edit inside one resource rebuilds that resource only; the others keep their model, moved', () => {
  const text = apps(6);
  const first = parseTerraform(text, undefined, true);
  const edited = text.replace('"tcp/1003"', '"tcp/10003-10004"');
  const second = parseTerraform(edited, first, true);
  const kept = second.resources.map((r, i) => r.node === first.resources[i]!.node);
  assert.deepEqual(kept, [true, true, true, false, true, true]);
  assert.deepEqual(plain(second), plain(parseTerraform(edited)), 'moved to where a fresh parse puts them');
  assert.equal(first.hcl?.tree, undefined, 'the earlier tree was taken over (and freed)');
  assert.ok(second.hcl?.tree, 'the new tree is kept for the next version');
  // A version made from one whose tree was taken over already is a full parse: nothing is shared.
  const again = parseTerraform(edited, first, false);
  assert.ok(again.resources.every((r, i) => r.node !== first.resources[i]!.node));
  assert.equal(again.hcl, undefined, 'nothing kept without `keep`');
  second.hcl!.tree!.delete();
});

test('an edit that breaks a resource and one that mends it: the other resources are still taken over', () => {
  const text = apps(4);
  const first = parseTerraform(text, undefined, true);
  const broken = parseTerraform(text.replace('"tcp/1002"', '"tcp/1002'), first, true);
  assert.ok(broken.errors.length > 0);
  assert.equal(broken.resources[0]!.node, first.resources[0]!.node);
  const mended = parseTerraform(text, broken, true);
  assert.deepEqual(mended.errors, []);
  assert.equal(mended.resources[0]!.node, first.resources[0]!.node);
  assert.deepEqual(plain(mended), plain(parseTerraform(text)));
  mended.hcl!.tree!.delete();
});
