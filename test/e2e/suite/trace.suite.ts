/// <reference types="mocha" />
// spectrumLint.trace.server on its own (no log level changed) logs the protocol to the output channel.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { closeAll, hoverText, open, rangeOf, waitFor } from './helpers';

/** Everything the "Spectrum Lint" output channel has written to its log files in this run. */
function outputLog(): string {
  const root = process.env.SPECTRUM_E2E_USER_DATA;
  assert.ok(root, 'SPECTRUM_E2E_USER_DATA names the user data folder of the run');
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (/^(\d+-)?Spectrum Lint\.log$/.test(e.name)) texts.push(readFileSync(join(dir, e.name), 'utf8'));
    }
  };
  walk(join(root, 'logs'));
  return texts.join('\n');
}

suite('trace.server', () => {
  const config = () => vscode.workspace.getConfiguration('spectrumLint');
  suiteTeardown(async () => {
    await config().update('trace.server', undefined, vscode.ConfigurationTarget.Global);
    await closeAll();
  });

  test('"verbose" logs each request with its params at the output channel\'s default log level', async () => {
    const { doc } = await open('apps/invalid-app.spectrum.json');
    await waitFor('the server answers hovers', () => hoverText(doc.uri, rangeOf(doc, '"proxy_protocol"').start), (t) => t.length > 0);
    assert.doesNotMatch(outputLog(), /Sending request 'textDocument\/hover/, 'nothing is traced while the setting is off');

    await config().update('trace.server', 'verbose', vscode.ConfigurationTarget.Global);
    await waitFor('the client traces after the change', () => config().get('trace.server'), (v) => v === 'verbose');
    const log = await waitFor(
      'a traced hover request with its params in the Spectrum Lint log',
      async () => {
        await hoverText(doc.uri, rangeOf(doc, '"traffic_type"').start);
        return outputLog();
      },
      (t) => /Sending request 'textDocument\/hover - \(\d+\)'/.test(t) && /Params: \{[\s\S]*"textDocument"/.test(t),
    );
    assert.match(log, /Received response 'textDocument\/hover - \(\d+\)' in \d+ms/);
  });
});
