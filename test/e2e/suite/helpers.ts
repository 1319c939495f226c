// What the end-to-end suites share. They use only the `vscode` API, as a user's editor would.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'spectrum-lint.spectrum-lint';
export const SOURCE = 'spectrum-lint';
/** The stand-in Terraform language extension of test/e2e/terraform-stand-in, and its diagnostics' source. */
export const STAND_IN_ID = 'spectrum-lint-tests.terraform-stand-in';
export const STAND_IN_SOURCE = 'Terraform';
/** Generous: the first diagnostics wait for the extension to activate and the server to start. */
export const WAIT_MS = 30_000;

export function workspaceRoot(): string {
  const root = process.env.SPECTRUM_E2E_WORKSPACE ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  assert.ok(root, 'the tests need the fixture workspace open');
  return root;
}

export const fixture = (rel: string) => vscode.Uri.file(join(workspaceRoot(), rel));

export async function open(rel: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(fixture(rel));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}

/** The diagnostics spectrum-lint gives a document (VS Code's own JSON diagnostics left out). */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' ? d.code.value : d.code;
}

export function docsOf(d: vscode.Diagnostic): string | undefined {
  return typeof d.code === 'object' ? d.code.target.toString(true) : undefined;
}

export const withCode = (uri: vscode.Uri, code: string | number) => ours(uri).filter((d) => codeOf(d) === code);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `ok` holds for the value; fails with what was last seen. */
export async function waitFor<T>(what: string, get: () => T | Thenable<T>, ok: (v: T) => boolean, ms = WAIT_MS): Promise<T> {
  const until = Date.now() + ms;
  let last: T | undefined;
  for (;;) {
    last = await get();
    if (ok(last)) return last;
    if (Date.now() > until) assert.fail(`${what}: not within ${ms / 1000} s; last seen: ${show(last)}`);
    await sleep(100);
  }
}

export function show(v: unknown): string {
  const seen = (x: unknown): unknown =>
    x instanceof vscode.Diagnostic
      ? { code: codeOf(x), severity: vscode.DiagnosticSeverity[x.severity], message: x.message, range: rangeText(x.range) }
      : x;
  return JSON.stringify(Array.isArray(v) ? v.map(seen) : seen(v), null, 1)?.slice(0, 2000) ?? String(v);
}

export const rangeText = (r: vscode.Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/** The range of the (first) occurrence of `text` in the document. */
export function rangeOf(doc: vscode.TextDocument, text: string, from = 0): vscode.Range {
  const i = doc.getText().indexOf(text, from);
  assert.ok(i >= 0, `${text} not in ${doc.uri.fsPath}`);
  return new vscode.Range(doc.positionAt(i), doc.positionAt(i + text.length));
}

/** Waits for spectrum-lint's diagnostics with this code and returns them. */
export function diagnosticsWithCode(uri: vscode.Uri, code: string | number, count = 1): Promise<vscode.Diagnostic[]> {
  return waitFor(`${count} diagnostic(s) ${code} on ${uri.path}`, () => withCode(uri, code), (ds) => ds.length === count);
}

export async function replace(doc: vscode.TextDocument, text: string, by: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, rangeOf(doc, text), by);
  assert.ok(await vscode.workspace.applyEdit(edit), `could not replace ${text}`);
}

/** Hover texts (markdown) at a position, joined. */
export async function hoverText(uri: vscode.Uri, pos: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos)) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Reverts unsaved changes of the fixture documents and closes the editors, so suites do not leak state. */
export async function closeAll(): Promise<void> {
  const root = workspaceRoot();
  for (const doc of vscode.workspace.textDocuments) {
    const ours = doc.uri.scheme === 'untitled' || (doc.uri.scheme === 'file' && doc.uri.fsPath.startsWith(root));
    if (!doc.isDirty || !ours) continue;
    // Reverting first: closing a dirty editor would ask whether to save, in a dialog nobody answers.
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand(doc.isUntitled ? 'workbench.action.revertAndCloseActiveEditor' : 'workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Runs Toggle Line Comment on one line of the editor's document, returns that line's new text, and undoes it. */
export async function toggleLineComment(editor: vscode.TextEditor, line: number): Promise<string> {
  editor.selection = new vscode.Selection(line, 0, line, 0);
  await vscode.commands.executeCommand('editor.action.commentLine');
  const text = editor.document.lineAt(line).text;
  if (editor.document.isDirty) await vscode.commands.executeCommand('undo');
  return text;
}

/** The quick fixes the editor offers for `range`. */
export async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value)) ?? [];
}

/** Applies the quick fix titled `title` offered for the (first) diagnostic of `code`. */
export async function applyQuickFix(doc: vscode.TextDocument, code: string | number, title: string): Promise<void> {
  const [d] = await diagnosticsWithCode(doc.uri, code);
  const actions = await quickFixes(doc.uri, d.range);
  const fix = actions.find((a) => a.title === title);
  assert.ok(fix?.edit, `offered: ${actions.map((a) => a.title).join(' | ')}`);
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
}
