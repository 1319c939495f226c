// UI smoke test in a real workbench: code-server with the packaged .vsix, driven by playwright-core in
// Debian's chromium. Opens an invalid Spectrum app, sees the error squiggle and the Problems entry with
// its code, hovers the squiggle, and saves a screenshot (test/e2e/out/ui/ui-smoke.png); then the editor
// status checks of ui/editor-status.mjs (language status hover, cancelled docs link, Explain, settings),
// then the same for a Terraform file (ui/terraform.mjs, screenshot test/e2e/out/ui/terraform.png).
// The class names used here (.squiggly-error, .markers-panel, .monaco-hover) are the workbench's
// internals: the real assertions live in the API suites; this only proves what a user sees.
//
// Usage: node test/e2e/ui-smoke.mjs [--vsix <file>] [--update-docs]
//   (--update-docs: copy to docs/screenshot.png and docs/screenshot-terraform.png)
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { codeServerCli, launchBrowser, startCodeServer, writeUserSettings } from './lib/code-server.mjs';
import { editorStatusChecks } from './ui/editor-status.mjs';
import { terraformChecks } from './ui/terraform.mjs';
import { E2E, OUT, ROOT, missingVsCodeTools } from './lib/tools.mjs';
import { quickOpen } from './ui/quick-open.mjs';

const FILE = 'invalid-app.spectrum.json';
const CODE = '11002';
const TIMEOUT_MS = Number(process.env.CODE_SHIM_TIMEOUT_MS ?? 180_000);

const missing = missingVsCodeTools();
if (missing.length) {
  console.error(`ui-smoke: missing editor tools:\n  ${missing.join('\n  ')}`);
  process.exit(3);
}

const started = Date.now();
const run = join(OUT, 'ui');
rmSync(run, { recursive: true, force: true });
mkdirSync(run, { recursive: true });
const dirs = { config: join(run, 'code-server.yaml'), userData: join(run, 'user-data'), extensions: join(run, 'extensions') };
const screenshot = join(run, 'ui-smoke.png');

const vsixArg = process.argv.indexOf('--vsix');
let vsix = vsixArg > 0 ? resolve(process.argv[vsixArg + 1]) : undefined;
if (!vsix) {
  vsix = join(run, 'spectrum-lint.vsix');
  execFileSync(process.execPath, [join(ROOT, 'scripts/package.mjs'), '--out', vsix], { stdio: 'inherit' });
}
codeServerCli(dirs, ['--install-extension', vsix]);
const workspace = join(run, 'workspace');
cpSync(join(E2E, 'workspace'), workspace, { recursive: true });
writeUserSettings(dirs.userData, {
  'workbench.colorTheme': 'Default Dark Modern',
  'editor.fontSize': 15,
  'editor.minimap.enabled': false,
  'editor.hover.delay': 100,
  'workbench.layoutControl.enabled': false,
});

const step = (what) => console.log(`ui-smoke: ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
let server;
let browser;
const timer = setTimeout(() => fail(new Error(`no result within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);

/** Runs a command from the Command Palette, the way a user would. */
async function runCommand(page, label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 15_000 });
  await input.fill(`>${label}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: 15_000 });
}

async function fail(err) {
  console.error(`ui-smoke: FAILED: ${err?.stack ?? err}`);
  await browser?.page.screenshot({ path: join(run, 'failure.png') }).then(
    () => console.error(`ui-smoke: screenshot of the failure: ${join(run, 'failure.png')}`),
    () => {},
  );
  await browser?.close();
  await server?.stop();
  process.exit(1);
}

try {
  server = await startCodeServer({ dirs, folder: workspace, log: join(run, 'code-server.log') });
  browser = await launchBrowser();
  const { page } = browser;
  await page.goto(`${server.base}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  step('workbench loaded');

  await page.locator('.monaco-workbench').click({ position: { x: 640, y: 400 } }).catch(() => {});
  await quickOpen(page, FILE);
  step(`opened ${FILE}`);
  // The secondary side bar (chat) opens by default and only takes room in the screenshot.
  if (await page.locator('.part.auxiliarybar').isVisible()) {
    await runCommand(page, 'View: Toggle Secondary Side Bar Visibility').catch(async (e) => {
      step(`secondary side bar left open (${e.message.split('\n')[0]})`);
      await page.keyboard.press('Escape');
    });
  }

  const squiggles = page.locator('.monaco-editor .squiggly-error');
  await squiggles.first().waitFor({ timeout: 60_000 });
  const count = await squiggles.count();
  step(`${count} error squiggle(s)`);

  await page.keyboard.press('Control+Shift+M');
  const rows = page.locator('.markers-panel .monaco-list-row');
  await rows.filter({ hasText: CODE }).first().waitFor({ timeout: 30_000 });
  const problems = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  step(`Problems: ${JSON.stringify(problems)}`);
  if (!problems.some((p) => p.includes(CODE) && p.includes('spectrum-lint'))) throw new Error(`no Problems entry with ${CODE} from spectrum-lint`);

  // Hover the topmost error squiggle (the origin address on line 4) and wait for the hover to explain it.
  const boxes = [];
  for (let i = 0; i < count; i++) boxes.push(await squiggles.nth(i).boundingBox());
  const target = boxes.filter(Boolean).sort((a, b) => a.y - b.y)[0];
  await page.mouse.move(target.x + Math.min(40, target.width / 2), target.y + target.height / 2);
  const hover = page.locator('.monaco-hover', { hasText: CODE }).first();
  await hover.waitFor({ state: 'visible', timeout: 30_000 });
  const hoverText = (await hover.innerText()).replace(/\s+/g, ' ').trim();
  step(`hover: ${hoverText.slice(0, 160)}…`);
  if (!/brackets/i.test(hoverText)) throw new Error(`the hover does not explain the missing brackets: ${hoverText}`);

  await page.screenshot({ path: screenshot });
  step(`screenshot ${screenshot}`);
  if (process.argv.includes('--update-docs')) {
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    copyFileSync(screenshot, join(ROOT, 'docs/screenshot.png'));
    step('copied to docs/screenshot.png');
  }
  // Language status, a cancelled docs link, Explain from the palette, the settings' order.
  await editorStatusChecks(page, { step, run, code: CODE });
  // A Terraform file: squiggles, Problems, hover, and the README's second screenshot.
  await terraformChecks(page, { step, run, root: ROOT, updateDocs: process.argv.includes('--update-docs') });
  clearTimeout(timer);
  await browser.close();
  await server.stop();
  console.log(`ui-smoke: PASS in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (err) {
  clearTimeout(timer);
  await fail(err);
}
