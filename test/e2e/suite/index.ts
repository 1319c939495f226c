// Entry point that VS Code's extension host calls with the extension-test payload: runs every file next
// to this one whose name ends in SPECTRUM_E2E_SUITES (default .suite.js; run-vscode.mjs names one suffix
// per session) in one mocha (tdd) run. Not named *.test so the node:test runner skips them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.SPECTRUM_E2E_GREP;
  if (grep) mocha.grep(grep);
  const suffix = process.env.SPECTRUM_E2E_SUITES || '.suite.js';
  for (const f of readdirSync(__dirname).sort()) if (f.endsWith(suffix)) mocha.addFile(join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} end-to-end test(s) failed`)) : resolve()));
  });
}
