/// <reference types="mocha" />
// The extension under test is the packaged .vsix that the launcher installed, not a development folder.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAll, open, ours, waitFor } from './helpers';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)]));
}

suite('packaged extension', () => {
  suiteTeardown(closeAll);

  test('is the .vsix installed into the extensions folder', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed`);
    const installed = process.env.SPECTRUM_E2E_EXTENSIONS_DIR;
    assert.ok(installed, 'SPECTRUM_E2E_EXTENSIONS_DIR is not set by the launcher');
    assert.ok(ext.extensionPath.startsWith(installed + sep), `${ext.extensionPath} is not under ${installed}`);
    const files = filesUnder(ext.extensionPath).map((f) => f.slice(ext.extensionPath.length + 1));
    assert.ok(files.includes(join('dist', 'server.js')), 'dist/server.js is packaged');
    assert.deepEqual(files.filter((f) => f.endsWith('.map') || f.endsWith('.ts')), [], 'no sources or sourcemaps are packaged');
    assert.ok(!existsSync(join(ext.extensionPath, 'node_modules')), 'dependencies are bundled, not shipped');
  });

  test('activates on its own when a JSON document opens', async () => {
    const { doc } = await open('apps/invalid-app.spectrum.json');
    await waitFor('diagnostics after opening', () => ours(doc.uri), (ds) => ds.length > 0);
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
  });

  test('registers every command its manifest contributes', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const contributed: string[] = (ext.packageJSON.contributes?.commands ?? []).map((c: { command: string }) => c.command);
    assert.ok(contributed.includes('spectrumLint.restart'), 'spectrumLint.restart is contributed');
    const registered = await vscode.commands.getCommands(true);
    assert.deepEqual(contributed.filter((c) => !registered.includes(c)), [], 'contributed but not registered');
  });
});
