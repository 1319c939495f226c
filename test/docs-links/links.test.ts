import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import GithubSlugger from 'github-slugger';
import { CATALOG } from '../../server/core';
import { SCHEMAS } from '../../server/core/schema/by-kind';
import { DOC_PAGES, README_URL } from './headings';

const ROOT = join(__dirname, '..', '..', '..');

/** The ids a page's headings get: one slugger per page, so repeated headings get `-1`, `-2`, as on the site. */
function anchorsOf(headings: string[]): Set<string> {
  const slugger = new GithubSlugger();
  return new Set(headings.map((h) => slugger.slug(h)));
}

/** README headings as GitHub reads them: outside code fences, inline code and links reduced to their text. */
function readmeHeadings(): string[] {
  const out: string[] = [];
  let fenced = false;
  for (const line of readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const m = !fenced && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (m) out.push(m[1].replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));
  }
  return out;
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sourceFiles(p, out);
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** Every documentation URL spectrum-lint shows: catalog entries, schemas, and URLs written out in the sources. */
function emittedUrls(): Map<string, string> {
  const urls = new Map<string, string>();
  for (const e of CATALOG) urls.set(e.docs, `catalog ${e.id}`);
  for (const s of SCHEMAS) urls.set(s.docs, `schema ${s.kind}`);
  for (const f of [...sourceFiles(join(ROOT, 'server')), ...sourceFiles(join(ROOT, 'client'))]) {
    for (const m of readFileSync(f, 'utf8').matchAll(/https:\/\/(?:developers\.cloudflare\.com|github\.com\/spectrum-lint\/spectrum-lint)[^\s'"`)<>]*/g)) {
      const url = m[0].replace(/[.,;:]+$/, '');
      // A prefix that code completes (`README + 'configuration'`) reaches the catalog whole.
      if (!url.endsWith('#') && !urls.has(url)) urls.set(url, f.slice(ROOT.length + 1));
    }
  }
  return urls;
}

/** Why a URL does not resolve against the headings table, or undefined when it does. */
function problemOf(url: string): string | undefined {
  const [base, fragment] = url.split('#');
  if (base === README_URL || base === README_URL + '/') {
    return fragment === undefined || anchorsOf(readmeHeadings()).has(fragment) ? undefined : `README has no heading #${fragment}`;
  }
  const headings = DOC_PAGES[base];
  if (!headings) return 'page not in the headings table';
  if (fragment === undefined) return undefined;
  return anchorsOf(headings).has(fragment) ? undefined : `no heading on the page slugs to #${fragment}`;
}

test('the slug rule is the docs site\'s: github-slugger over the heading text', () => {
  assert.deepEqual(
    [...anchorsOf(['11018 — edge_ips not enabled', 'General errors (10xxx)', 'TLS 1.2+', 'Cause', 'Cause'])],
    ['11018--edge_ips-not-enabled', 'general-errors-10xxx', 'tls-12', 'cause', 'cause-1'],
  );
});

test('every docs URL the catalog, the schemas and the sources emit resolves to a page and a heading of the table', () => {
  const urls = emittedUrls();
  assert.ok(urls.size > 60, `expected every URL, found ${urls.size}`);
  const broken = [...urls].map(([url, from]) => ({ url, from, problem: problemOf(url) })).filter((b) => b.problem);
  assert.deepEqual(broken, []);
});

test('the links the docs do not have are caught: a missing heading, a page left out of the table', () => {
  assert.match(problemOf('https://developers.cloudflare.com/load-balancing/troubleshooting/common-error-codes/#no-failures') ?? '', /no heading/);
  assert.match(problemOf('https://developers.cloudflare.com/api/resources/spectrum/subresources/apps/methods/create/') ?? '', /not in the headings table/);
  assert.match(problemOf(`${README_URL}#no-such-section`) ?? '', /README has no heading/);
  assert.equal(problemOf('https://developers.cloudflare.com/spectrum/reference/error-codes/#11002--invalid-origin-address'), undefined);
});
