/// <reference types="mocha" />
// Not a test (nothing here asserts a time): the real-editor part of `npm run bench`. In this VS Code it
// times what a user waits for on large API dumps: open → first diagnostics, an edit → its diagnostics,
// completion, code actions and hover. VS Code's own JSON language features, given the app schema by
// the bench's user settings, are timed on the same documents and edits: the peer.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { closeAll, fixture, SOURCE } from './helpers';

const DOCS = (process.env.SPECTRUM_E2E_BENCH_DOCS ?? '').split(',').filter(Boolean);
const OUT_FILE = process.env.SPECTRUM_E2E_BENCH_OUT ?? '';
const EDITS = Number(process.env.SPECTRUM_E2E_BENCH_EDITS ?? 7);
const WAIT_MS = Number(process.env.SPECTRUM_E2E_BENCH_WAIT_MS ?? 120_000);
/** How long the peer may take to give its first diagnostics before it counts as not checking the document. */
const PEER_MS = 60_000;
/** Between two keystrokes of the typing rounds: a fast typist. */
const TYPING_MS = 40;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** VS Code's JSON language features give their diagnostics no source. */
const JSON_SOURCE = '';

type Diagnostics = readonly vscode.Diagnostic[];
const from = (uri: vscode.Uri, source: string): Diagnostics => vscode.languages.getDiagnostics(uri).filter((d) => (d.source ?? '') === source);

/** When (performance.now) `ok` first holds for the document's diagnostics from `source`. */
function when(uri: vscode.Uri, source: string, ok: (ds: Diagnostics) => boolean, ms = WAIT_MS): Promise<number> {
  return new Promise((resolve, reject) => {
    if (ok(from(uri, source))) return resolve(performance.now());
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`${source} diagnostics of ${uri.fsPath}: not within ${ms / 1000} s`));
    }, ms);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString()) || !ok(from(uri, source))) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(performance.now());
    });
  });
}

const onLine = (line: number) => (ds: Diagnostics) => ds.some((d) => d.range.start.line === line);
const offLine = (line: number) => (ds: Diagnostics) => !ds.some((d) => d.range.start.line === line);

function countSources(uri: vscode.Uri): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of vscode.languages.getDiagnostics(uri)) counts[d.source ?? ''] = (counts[d.source ?? ''] ?? 0) + 1;
  return counts;
}

async function timed<T>(f: () => Thenable<T>): Promise<number> {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}

interface Sample {
  doc: string;
  bytes: number;
  lines: number;
  diagnostics: number;
  /** How many diagnostics each source gave the document once it was opened. */
  sources: Record<string, number>;
  first: { ours: number; json?: number };
  /** Edit → diagnostics, per source; `apply`: until the editor had applied the edit (part of both). */
  edits: { ours: number[]; json: number[]; apply: number[] };
  /** The edit above when it ends a burst of typing: 8 characters typed 40 ms apart into a hostname first. */
  afterTyping: number[];
  completion: number[];
  codeActions: number[];
  hover: number[];
}

const samples: Sample[] = [];

suite('latency in VS Code (bench)', () => {
  suiteTeardown(() => {
    if (OUT_FILE) writeFileSync(OUT_FILE, JSON.stringify(samples, null, 2));
  });

  for (const rel of DOCS) {
    test(rel, async function () {
      this.timeout(WAIT_MS * 4);
      const uri = fixture(rel);
      const t0 = performance.now();
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc, { preview: false });
      const some = (ds: Diagnostics) => ds.length > 0;
      // A peer that reports nothing (no schema association) is left out rather than waited for.
      const [ours, json] = await Promise.all([when(uri, SOURCE, some), when(uri, JSON_SOURCE, some, PEER_MS).catch(() => undefined)]);
      const s: Sample = {
        doc: rel,
        bytes: doc.getText().length,
        lines: doc.lineCount,
        diagnostics: from(uri, SOURCE).length,
        sources: countSources(uri),
        first: { ours: ours - t0, json: json === undefined ? undefined : json - t0 },
        edits: { ours: [], json: [], apply: [] },
        afterTyping: [],
        completion: [],
        codeActions: [],
        hover: [],
      };

      // Each round turns one app's `argo_smart_routing` into a number (a wrong type for both the rules
      // and the schema), then back: every edit changes the diagnostics of both, on that line.
      const text = doc.getText();
      for (let i = 0; i < EDITS; i++) {
        const at = text.indexOf('"argo_smart_routing": ', Math.floor(((i * 7919 + 13) % 997) / 997 * text.length));
        if (at < 0) continue;
        const start = doc.positionAt(at + '"argo_smart_routing": '.length);
        const current = doc.getText(new vscode.Range(start, start.translate(0, 5))).startsWith('true') ? 'true' : 'false';
        for (const [by, was, ok] of [['1', current, onLine], [current, '1', offLine]] as const) {
          const range = new vscode.Range(start, start.translate(0, was.length));
          const e0 = performance.now();
          const waits = [when(uri, SOURCE, ok(start.line)), json === undefined ? undefined : when(uri, JSON_SOURCE, ok(start.line))] as const;
          await editor.edit((b) => b.replace(range, by));
          s.edits.apply.push(performance.now() - e0);
          const [a, b] = await Promise.all(waits);
          s.edits.ours.push(a - e0);
          if (b !== undefined) s.edits.json.push(b - e0);
        }
      }

      // Typing: each keystroke is a change the server may still be checking when the next one comes.
      for (let i = 0; i < EDITS; i++) {
        const name = text.indexOf('"name": "app-', Math.floor(((i * 6007 + 101) % 991) / 991 * text.length));
        const argo = text.indexOf('"argo_smart_routing": ', name);
        if (name < 0 || argo < 0) continue;
        const end = doc.positionAt(text.indexOf('"', name + '"name": "'.length));
        const value = doc.positionAt(argo + '"argo_smart_routing": '.length);
        const current = doc.getText(new vscode.Range(value, value.translate(0, 5))).startsWith('true') ? 'true' : 'false';
        const typed = 'abcdefgh';
        for (let k = 0; k < typed.length; k++) {
          await editor.edit((b) => b.insert(end.translate(0, k), typed[k]));
          await sleep(TYPING_MS);
        }
        const e0 = performance.now();
        const shown = when(uri, SOURCE, onLine(value.line));
        await editor.edit((b) => b.replace(new vscode.Range(value, value.translate(0, current.length)), '1'));
        s.afterTyping.push((await shown) - e0);
        // Back as it was, the next round's offsets with it.
        const gone = when(uri, SOURCE, offLine(value.line));
        await editor.edit((b) => {
          b.replace(new vscode.Range(value, value.translate(0, 1)), current);
          b.delete(new vscode.Range(end, end.translate(0, typed.length)));
        });
        await gone;
      }

      // Requests at three places: every provider answers, as the user waits for all of them.
      const value = doc.positionAt(text.indexOf('"traffic_type": "', text.length >> 1) + '"traffic_type": "'.length);
      const key = doc.positionAt(text.indexOf('"protocol"', text.length >> 1) + 2);
      const reported = from(uri, SOURCE);
      const finding = reported[reported.length >> 1];
      for (let i = 0; i < EDITS; i++) {
        s.completion.push(await timed(() => vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, value)));
        if (finding) s.codeActions.push(await timed(() => vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, finding.range)));
        s.hover.push(await timed(() => vscode.commands.executeCommand('vscode.executeHoverProvider', uri, key)));
      }
      samples.push(s);
      await closeAll();
    });
  }
});
