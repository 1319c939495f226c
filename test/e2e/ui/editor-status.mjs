// What a person sees of the editor status and commands, in the UI smoke test's workbench (an invalid
// Spectrum app open, its error squiggles shown): the language status hover, a cancelled documentation
// link leaving no toast, Explain from the Command Palette, and the order of the settings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Opens the Command Palette and runs the command with this label (closes: wait for the palette to close). */
async function palette(page, label, { closes = false } = {}) {
  const input = page.locator('.quick-input-widget input');
  // After a page opened in a preview, focus may sit in its webview frame, which keeps the F1 key; and a
  // preview that finishes loading can take the focus back and close a palette that just opened. Give
  // focus back to the workbench (blur the frame) and open it again until the label could be typed.
  for (let attempt = 1; ; attempt++) {
    await page.evaluate(() => document.activeElement instanceof HTMLIFrameElement && document.activeElement.blur());
    await page.keyboard.press('F1');
    try {
      await input.waitFor({ timeout: 5_000 });
      await input.fill(`>${label}`, { timeout: 5_000 });
      break;
    } catch (error) {
      if (attempt === 6) throw error;
    }
  }
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  if (closes) await input.waitFor({ state: 'hidden', timeout: 30_000 });
}

/** The language status hover of the active editor: the kind the server detected, the context, the commands. */
async function languageStatus(page, step, run) {
  await page.locator('#status\\.languageStatus').hover();
  const hover = page.locator('.workbench-hover', { hasText: 'Commands…' }).first();
  await hover.waitFor({ state: 'visible', timeout: 30_000 });
  const text = (await hover.innerText()).replace(/\s+/g, ' ').trim();
  step(`language status: ${text}`);
  for (const expected of ['Spectrum app', '2 problems', 'No account context', 'Pull…', 'Commands…']) {
    if (!text.includes(expected)) throw new Error(`the language status hover lacks "${expected}": ${text}`);
  }
  if (text.indexOf('Spectrum app') > text.indexOf('No account context')) throw new Error(`the document's kind is not above its context: ${text}`);
  await page.screenshot({ path: join(run, 'language-status.png') });
  await page.keyboard.press('Escape');
  await page.mouse.move(10, 400);
}

/** Quick Fix "Show documentation for <code>", then Cancel in the "open the external website?" dialog. */
async function cancelDocumentationLink(page, step, code) {
  const squiggle = await page.locator('.monaco-editor .squiggly-error').first().boundingBox();
  await page.mouse.click(squiggle.x + 5, squiggle.y + squiggle.height / 2);
  const docs = page.locator('.action-widget .monaco-list-row', { hasText: `Show documentation for ${code}` }).first();
  // Ctrl+. before the editor has the code actions shows nothing: ask again until the menu is there.
  for (let i = 0; i < 5 && !(await docs.isVisible()); i++) {
    await page.keyboard.press('Control+.');
    await docs.waitFor({ state: 'visible', timeout: 5_000 }).catch(() => {});
  }
  await docs.click({ timeout: 30_000 });
  const dialog = page.locator('.monaco-dialog-box', { hasText: 'open the external website' });
  await dialog.waitFor({ state: 'visible', timeout: 30_000 });
  await dialog.locator('.monaco-button', { hasText: 'Cancel' }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
  step('documentation link cancelled');
}

/**
 * Spectrum Lint: Explain error code... from the Command Palette: the catalog's quick pick, a code typed
 * and picked, its page opened. Its catalog request travels after the answer to the cancelled link, so a
 * message sent about that link is on screen before this pick can show.
 */
async function explainFromPalette(page, step, code) {
  await palette(page, 'Spectrum Lint: Explain error code...');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: code }).first().waitFor({ timeout: 30_000 });
  await page.locator('.quick-input-widget input').fill(code);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: code }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  await page.locator(`.tab:has-text("Preview ${code}.md")`).waitFor({ timeout: 30_000 });
  step(`Explain ${code} opened its page`);
}

/** No notification says `text`: neither a toast nor an entry of the notification center (where a toast hidden meanwhile goes). */
async function noNotification(page, text) {
  const toasts = (await page.locator('.notifications-toasts .notification-toast').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  await palette(page, 'Notifications: Show Notifications', { closes: true });
  const center = page.locator('.notifications-center');
  await center.waitFor({ state: 'visible', timeout: 30_000 });
  const entries = (await center.locator('.monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  await palette(page, 'Notifications: Hide Notifications', { closes: true });
  const all = [...toasts, ...entries];
  if (all.some((t) => t.includes(text))) throw new Error(`a notification says "${text}": ${JSON.stringify(all)}`);
  return all;
}

/** The Settings editor lists Enable and Rules first, API base URL and context file last. */
async function settingsOrder(page, step) {
  await palette(page, 'View: Hide Panel', { closes: true });
  await palette(page, 'Preferences: Open Settings (UI)', { closes: true });
  const search = page.locator('.settings-editor .suggest-input-container .monaco-editor').first();
  await search.waitFor({ timeout: 30_000 });
  await search.click();
  await page.keyboard.type('@ext:spectrum-lint.spectrum-lint');
  const rows = page.locator('.settings-editor .settings-tree-container .monaco-list-row');
  await rows.filter({ hasText: 'Enable' }).first().waitFor({ timeout: 30_000 });
  // The list is virtual: scroll through it, noting each setting's row index.
  const seen = new Map();
  const box = await page.locator('.settings-editor .settings-tree-container').first().boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 40 && !seen.has('Context File'); i++) {
    const found = await rows.evaluateAll((els) =>
      els.map((e) => [Number(e.getAttribute('data-index')), e.querySelector('.setting-item-label')?.textContent?.trim() ?? '']),
    );
    for (const [index, label] of found) if (label) seen.set(label, index);
    await page.mouse.wheel(0, 250);
    await sleep(100);
  }
  const order = [...seen.entries()].sort((a, b) => a[1] - b[1]).map(([label]) => label);
  step(`settings in order: ${order.join(', ')}`);
  const settings = Object.keys(JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).contributes.configuration.properties);
  if (order.length !== settings.length) throw new Error(`expected the ${settings.length} Spectrum Lint settings, saw ${order.length}`);
  if (order[0] !== 'Enable' || order[1] !== 'Rules') throw new Error(`settings start with ${order.slice(0, 2).join(', ')}`);
  if (order.at(-2) !== 'Api Base Url' || order.at(-1) !== 'Context File') throw new Error(`settings end with ${order.slice(-2).join(', ')}`);
}

export async function editorStatusChecks(page, { step, run, code }) {
  await languageStatus(page, step, run);
  await cancelDocumentationLink(page, step, code);
  await explainFromPalette(page, step, code);
  const notifications = await noNotification(page, 'Documentation:');
  step(`no documentation notification (notifications: ${JSON.stringify(notifications)})`);
  await settingsOrder(page, step);
}
