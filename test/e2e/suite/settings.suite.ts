/// <reference types="mocha" />
// Settings take effect without a reload: spectrumLint.rules turns a code off or changes its severity.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, diagnosticsWithCode, open, waitFor, withCode } from './helpers';

suite('settings', () => {
  const rules = () => vscode.workspace.getConfiguration('spectrumLint');
  suiteTeardown(async () => {
    await rules().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAll();
  });

  test('spectrumLint.rules: a code turned off, then made a warning, then back to its default', async () => {
    const { doc } = await open('apps/settings.spectrum.json');
    const [before] = await diagnosticsWithCode(doc.uri, 11002);
    assert.equal(before.severity, vscode.DiagnosticSeverity.Error);

    await rules().update('rules', { '11002': 'off' }, vscode.ConfigurationTarget.Workspace);
    await waitFor('11002 turned off', () => withCode(doc.uri, 11002), (ds) => ds.length === 0);

    await rules().update('rules', { '11002': 'warning' }, vscode.ConfigurationTarget.Workspace);
    const [warning] = await waitFor('11002 as a warning', () => withCode(doc.uri, 11002), (ds) => ds.length === 1 && ds[0].severity === vscode.DiagnosticSeverity.Warning);
    assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);

    await rules().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor('11002 an error again', () => withCode(doc.uri, 11002), (ds) => ds.length === 1 && ds[0].severity === vscode.DiagnosticSeverity.Error);
  });
});
