// Quick Open (Ctrl+P) is the keyboard path every user knows; it does not depend on the explorer's state.

/** Opens a workspace file by its name through Quick Open and waits for its tab to be the active one. */
export async function quickOpen(page, file) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 15_000 });
  await input.fill(file);
  // The file search indexes the workspace first: slow on a busy machine.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: file }).first().waitFor({ timeout: 60_000 });
  await page.keyboard.press('Enter');
  await page.locator(`.tab.active:has-text("${file}")`).waitFor({ timeout: 15_000 });
}
