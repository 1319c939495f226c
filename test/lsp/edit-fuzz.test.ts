import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Diagnostic, Position } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient } from './client';
import { prng } from '../helpers';

// LSP edit fuzz: random incremental edits (characters, truncations, type swaps, nesting thousands of
// levels deep, lone surrogates, NUL, CR/CRLF mixes, BOM) sent to one server. After every batch the
// server must be alive, answer within ANSWER_BOUND_MS (a hang detector, not a speed check), give
// ranges inside the document, and give the same diagnostics as a second server that only ever sees
// the whole text, in a document opened fresh for it.
// SPECTRUM_LINT_FUZZ_EDITS (default 10000) sets the number of edits, SPECTRUM_LINT_FUZZ_SEED the seed.

const EDITS = Number(process.env.SPECTRUM_LINT_FUZZ_EDITS ?? 10_000);
const SEED = Number(process.env.SPECTRUM_LINT_FUZZ_SEED ?? 20261203);
const BATCH = 40;
const ANSWER_BOUND_MS = 15_000;
const MAX_TEXT = 64_000;


const pretty = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
const EXAMPLES = join(process.cwd(), 'examples');
const SEEDS = [
  ...readdirSync(EXAMPLES)
    .filter((n) => /\.jsonc?$/.test(n) && n !== 'spectrum-lint.config.json')
    .sort()
    .map((n) => ({ name: n, text: readFileSync(join(EXAMPLES, n), 'utf8') })),
  { name: 'app.spectrum.json', text: pretty({ protocol: 'tcp/22', dns: { type: 'CNAME', name: 'ssh.example.com' }, origin_direct: ['tcp://192.0.2.1:22'], edge_ips: { type: 'static', ips: ['203.0.113.1'] } }) },
  { name: 'crlf.monitor.json', text: pretty({ type: 'https', interval: 30, header: [{ header: 'Host', values: ['x.example.com'] }] }).replace(/\n/g, '\r\n') },
];

const CHARS = ['{', '}', '[', ']', '"', ',', ':', '\\', '/', '*', ' ', '\t', '\n', '\r', '\r\n', '0', '9', '-', '.', 'e', 'a', 'x', 't', 'n', '\u0000', '\ud800', '\udfff', '\ufeff', '\u2028', '😀', 'é'];
const VALUES = ['123', '-0.5e3', '"x"', '"tcp/22"', 'true', 'false', 'null', '{}', '[]', '{"a": [', '"\\u00', '"//"', '/* c */', '// c\r', '"\r'];

type Edit = { start: number; end: number; text: string; kind: string };

/** One random edit of `text`, as offsets in it. */
function randomEdit(text: string, random: () => number): Edit {
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const at = Math.floor(random() * (text.length + 1));
  const r = random();
  if (r < 0.3) {
    let s = '';
    for (let i = 1 + Math.floor(random() * 4); i > 0; i--) s += pick(CHARS);
    return { start: at, end: at, text: s, kind: 'characters' };
  }
  if (r < 0.45) return { start: at, end: Math.min(text.length, at + 1 + Math.floor(random() * 12)), text: '', kind: 'deletion' };
  if (r < 0.5) return { start: at, end: text.length, text: '', kind: 'truncation' };
  if (r < 0.7) return { start: at, end: Math.min(text.length, at + Math.floor(random() * 10)), text: pick(VALUES), kind: 'type swap' };
  if (r < 0.76) {
    const depth = pick([10, 100, 499, 501, 1000, 3000, 20000]);
    const open = pick(['[', '{"a":', '[{"b":']);
    const close = random() < 0.5 ? '' : open === '[' ? ']'.repeat(depth) : open === '{"a":' ? '}'.repeat(depth) : '}]'.repeat(depth);
    // Sometimes behind a string or comment that a lone \r ends (the parser ends both there).
    const before = pick(['', '', '"\r', '//\r']);
    return { start: at, end: at, text: before + open.repeat(depth) + close, kind: 'nesting' };
  }
  if (r < 0.84) {
    const nl = text.indexOf('\n', at);
    if (nl >= 0) return { start: nl, end: nl + 1, text: pick(['\r', '\r\n', '\n\r', '\u2028']), kind: 'line ending' };
    return { start: at, end: at, text: '\r', kind: 'line ending' };
  }
  if (r < 0.88) return { start: at, end: at, text: pick(['"\r', '//\r']) + '['.repeat(20_000) + ']'.repeat(20_000), kind: 'deep after a lone CR' };
  if (r < 0.9) return { start: 0, end: 0, text: '\ufeff', kind: 'bom' };
  if (r < 0.95) return { start: at, end: at, text: pick(['\ud800', '\udc00', '\u0000', '\ud83d']), kind: 'surrogate or NUL' };
  // Undo the damage now and then: back to a clean seed (a new document state, not a new document).
  return { start: 0, end: text.length, text: pick(SEEDS).text, kind: 'reset' };
}

function withBound<T>(what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout;
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ANSWER_BOUND_MS} ms`)), ANSWER_BOUND_MS);
  });
  return Promise.race([promise, bound]).finally(() => clearTimeout(timer));
}

/** A position the document really has: converting it to an offset and back gives it again. */
function inside(doc: TextDocument, p: Position): boolean {
  return p.line >= 0 && p.character >= 0 && p.line < doc.lineCount && Object.is(doc.positionAt(doc.offsetAt(p)).line, p.line) && doc.positionAt(doc.offsetAt(p)).character === p.character;
}

/** Diagnostics without what differs between two documents of the same text (their URI, the version in `data`). */
function comparable(diagnostics: Diagnostic[], uri: string): unknown[] {
  return diagnostics.map((d) => ({
    ...d,
    data: undefined,
    relatedInformation: d.relatedInformation?.map((r) => ({ ...r, location: { ...r.location, uri: r.location.uri === uri ? '<self>' : r.location.uri } })),
  }));
}

test(`LSP edit fuzz: ${EDITS} random incremental edits, checked against a server given the whole text`, { timeout: 20 * 60_000 }, async () => {
  const random = prng(SEED);
  const fuzzed = await TestClient.start({ pull: true });
  const fresh = await TestClient.start({ pull: true });
  const kinds = new Map<string, number>();
  let edits = 0;
  let documents = 0;
  let references = 0;
  try {
    while (edits < EDITS) {
      const seed = SEEDS[documents % SEEDS.length];
      // Untitled documents: each is checked on its own, whatever the workspace index holds.
      const uri = `untitled:fuzz-${documents}-${seed.name}`;
      documents++;
      await fuzzed.open(uri, seed.text);
      let mirror = TextDocument.create(uri, 'json', 1, seed.text);
      for (let batch = 0; batch < 16 && edits < EDITS; batch++) {
        for (let i = 0; i < BATCH && edits < EDITS; i++, edits++) {
          const text = mirror.getText();
          let e = randomEdit(text, random);
          if (text.length - (e.end - e.start) + e.text.length > MAX_TEXT) e = { start: 0, end: text.length, text: seed.text, kind: 'reset' };
          kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
          const change = { range: { start: mirror.positionAt(e.start), end: mirror.positionAt(e.end) }, text: e.text };
          await fuzzed.change(uri, [change]);
          mirror = TextDocument.update(mirror, [change], mirror.version + 1);
        }
        const text = mirror.getText();
        const context = () => `seed ${SEED}, document ${uri}, after ${edits} edits; text ${JSON.stringify(text.length > 400 ? text.slice(0, 400) + '…' : text)}`;
        assert.ok(fuzzed.alive, `the server died: ${context()}\n${fuzzed.stderr}`);
        const got = await withBound('textDocument/diagnostic', fuzzed.pulled(uri));
        for (const d of got) {
          assert.ok(inside(mirror, d.range.start) && inside(mirror, d.range.end), `range ${JSON.stringify(d.range)} outside the document: ${context()}`);
          for (const r of d.relatedInformation ?? []) if (r.location.uri === uri) assert.ok(inside(mirror, r.location.range.start) && inside(mirror, r.location.range.end), `related range outside: ${context()}`);
        }
        const referenceUri = `untitled:reference-${references++}-${seed.name}`;
        await fresh.open(referenceUri, text);
        const want = await withBound('reference textDocument/diagnostic', fresh.pulled(referenceUri));
        await fresh.close(referenceUri);
        assert.deepEqual(comparable(got, uri), comparable(want, referenceUri), `incremental and whole-text diagnostics differ: ${context()}`);
        // Other requests on the damaged text answer too, and no handler failed (the server logs every exception it survives).
        await withBound('textDocument/hover', fuzzed.hover(uri, Math.floor(random() * (text.length + 1))));
        const failures = [...fuzzed.logs, ...fresh.logs].filter((l) => /failed|uncaught|unhandled|RangeError/.test(l.message));
        assert.deepEqual(failures, [], context());
      }
      await fuzzed.close(uri);
    }
    assert.ok(fuzzed.alive && fresh.alive);
    assert.equal(edits, EDITS);
    process.stdout.write(`# edit fuzz: ${edits} edits in ${documents} documents, ${references} whole-text comparisons; ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}\n`);
  } finally {
    await fuzzed.shutdown().catch(() => fuzzed.kill());
    await fresh.shutdown().catch(() => fresh.kill());
  }
});
