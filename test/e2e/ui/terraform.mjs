// What a person sees of a Terraform file in the UI smoke test's workbench (no HashiCorp extension): the
// .tf opens as Terraform, its mistakes are squiggled and listed in Problems with their codes, and the
// hover on the unbracketed IPv6 origin explains it. Saves the screenshot the README shows.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { quickOpen } from './quick-open.mjs';

const FILE = 'spectrum.tf';

export async function terraformChecks(page, { step, run, root, updateDocs }) {
  await page.keyboard.press('Escape');
  await quickOpen(page, FILE);
  step(`opened ${FILE}`);
  const mode = (await page.locator('#status\\.editor\\.mode').innerText()).trim();
  if (mode !== 'Terraform') throw new Error(`the .tf file's language is "${mode}", not Terraform`);

  if (!(await page.locator('.markers-panel').isVisible())) await page.keyboard.press('Control+Shift+M');
  const rows = page.locator('.markers-panel .monaco-list-row');
  for (const code of ['11002', '11000']) await rows.filter({ hasText: code }).first().waitFor({ timeout: 60_000 });
  const problems = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => /1100[02]/.test(t));
  step(`Problems: ${JSON.stringify(problems)}`);
  if (!problems.some((p) => p.includes('11002') && p.includes('spectrum-lint'))) throw new Error('no Problems entry with 11002 from spectrum-lint');

  // Bring both resources with a mistake into view (the panel takes the lower half).
  await page.locator('.editor-instance .monaco-editor').first().click({ position: { x: 300, y: 40 } });
  await page.keyboard.press('Control+G');
  const quickInput = page.locator('.quick-input-widget input');
  await quickInput.waitFor({ timeout: 15_000 });
  await quickInput.fill(':30');
  await page.keyboard.press('Enter');
  const squiggles = page.locator('.editor-instance .monaco-editor .squiggly-error');
  await squiggles.first().waitFor({ timeout: 60_000 });
  const count = await squiggles.count();
  step(`${count} error squiggle(s) in ${FILE}`);

  // The topmost squiggle is the unbracketed IPv6 origin of the `ssh` resource.
  const boxes = [];
  for (let i = 0; i < count; i++) boxes.push(await squiggles.nth(i).boundingBox());
  const target = boxes.filter(Boolean).sort((a, b) => a.y - b.y)[0];
  await page.mouse.move(target.x + Math.min(40, target.width / 2), target.y + target.height / 2);
  const hover = page.locator('.monaco-hover', { hasText: '11002' }).first();
  await hover.waitFor({ state: 'visible', timeout: 30_000 });
  const hoverText = (await hover.innerText()).replace(/\s+/g, ' ').trim();
  step(`hover: ${hoverText.slice(0, 160)}…`);
  if (!/brackets/i.test(hoverText)) throw new Error(`the hover does not explain the missing brackets: ${hoverText}`);

  const screenshot = join(run, 'terraform.png');
  await page.screenshot({ path: screenshot });
  step(`screenshot ${screenshot}`);
  if (updateDocs) {
    mkdirSync(join(root, 'docs'), { recursive: true });
    copyFileSync(screenshot, join(root, 'docs/screenshot-terraform.png'));
    step('copied to docs/screenshot-terraform.png');
  }
}
