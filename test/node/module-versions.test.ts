import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { moduleMajorOptions, refreshModuleVersions, setOpenDeclaration } from '../../server/node/terraform';
import { requires, useTerraform } from '../core/terraform/corpus';

useTerraform();

function folder(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'spectrum-lint-module-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test("a module's declaration: the other files are told it, the declaring file is not, and only a change they see counts", (t) => {
  const dir = folder(t);
  const [versions, main] = [join(dir, 'versions.tf'), join(dir, 'main.tf')];
  writeFileSync(versions, requires('~> 5.0'));
  writeFileSync(main, '# resources\n');
  assert.deepEqual(moduleMajorOptions(main), { terraformModuleMajor: { major: 5, file: 'versions.tf' } });
  assert.deepEqual(moduleMajorOptions(versions), {});
  // The same declaration read again: nothing to re-check.
  assert.equal(refreshModuleVersions([versions]), false);
  writeFileSync(versions, requires('~> 4.0'));
  assert.equal(refreshModuleVersions([versions]), true);
  assert.deepEqual(moduleMajorOptions(main), { terraformModuleMajor: { major: 4, file: 'versions.tf' } });
});

test('an open file declares with its unsaved text; closed, the file on disk counts again; a lone file changes nothing for others', (t) => {
  const dir = folder(t);
  const [versions, main] = [join(dir, 'versions.tf'), join(dir, 'main.tf')];
  writeFileSync(versions, requires('~> 5.0'));
  writeFileSync(main, '# resources\n');
  assert.equal(moduleMajorOptions(main).terraformModuleMajor?.major, 5);
  assert.equal(setOpenDeclaration(versions, 5), false, 'the same as on disk');
  assert.equal(setOpenDeclaration(versions, 4), true);
  assert.equal(moduleMajorOptions(main).terraformModuleMajor?.major, 4);
  assert.equal(setOpenDeclaration(versions, undefined, false), true);
  assert.equal(moduleMajorOptions(main).terraformModuleMajor?.major, 5);

  // A file open alone in its folder (not even on disk): its declaration is for itself only.
  const lone = join(folder(t), 'main.tf');
  assert.deepEqual(moduleMajorOptions(lone), {});
  assert.equal(setOpenDeclaration(lone, 5), false);
  assert.equal(setOpenDeclaration(lone, 4), false);
  assert.deepEqual(moduleMajorOptions(lone), {});
  setOpenDeclaration(lone, undefined, false);
});
