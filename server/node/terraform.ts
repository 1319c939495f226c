import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { LintOptions } from '../core';
import { declaredProviderMajor, lockedProviderMajor } from '../core/terraform/front-end';
import { initTerraform, terraformReady } from '../core/terraform/parser';
import { readTextFileSync } from './read-text';

/** Terraform files by name: HCL (`.tf`) and its JSON form (`.tf.json`). */
export const isTerraformFile = (path: string): boolean => /\.tf(\.json)?$/i.test(path);

/** The file `terraform init` writes beside a module, with the provider versions it locked. */
export const LOCK_FILE = '.terraform.lock.hcl';
export const isLockFile = (path: string | undefined): boolean => path !== undefined && basename(path) === LOCK_FILE;

/**
 * The folder of the running bundle when the build copied the parser's WASM next to it (dist/, the
 * .vsix); otherwise (compiled sources) undefined, and the parser loads it from node_modules.
 */
export function wasmDir(): string | undefined {
  return existsSync(join(__dirname, 'tree-sitter-terraform.wasm')) ? __dirname : undefined;
}

/** Loads the HCL parser once; the reason as text when it cannot be loaded (Terraform files are then reported as not checked). */
export async function loadTerraform(): Promise<string | undefined> {
  try {
    await initTerraform(wasmDir());
    return undefined;
  } catch (error) {
    // The first line says what is missing; a require stack adds nothing for the user.
    return (error instanceof Error ? error.message : String(error)).split('\n')[0];
  }
}

/**
 * The provider's major version that `terraform init` locked for the module of a Terraform file (its
 * folder's `.terraform.lock.hcl`), as the lint option the version checks use when the file's
 * `required_providers` names none; undefined without a readable lock file or a loaded parser.
 */
export function lockedMajorOptions(path: string | undefined): { terraformLockedMajor?: 4 | 5 } {
  if (!path || !isTerraformFile(path) || !terraformReady()) return {};
  let text: string;
  try {
    text = readTextFileSync(join(dirname(path), LOCK_FILE), 1024 * 1024);
  } catch {
    return {};
  }
  const major = lockedProviderMajor(text);
  return major ? { terraformLockedMajor: major } : {};
}

/** A module's `required_providers` major and the file that declares it. */
interface Declared {
  major: 4 | 5;
  path: string;
}

/** What a folder's Terraform files declare (undefined: nothing, or majors that disagree), and those files. */
interface Module {
  declared: Declared | undefined;
  files: string[];
}

/** Per folder, as read last. */
const declaredByFolder = new Map<string, Module>();
/** What the unsaved text of an open Terraform file declares (undefined: nothing): it counts instead of the file on disk. */
const openDeclarations = new Map<string, 4 | 5 | undefined>();
/** A folder of more Terraform files is read this far only. */
const MAX_MODULE_FILES = 500;

/**
 * The provider's major version that another Terraform file of the same folder (the module: Terraform
 * reads one `required_providers` for all its files, often in `versions.tf`) declares, as the lint
 * option the version checks use when the file itself names none. Each folder is read once, until
 * `refreshModuleVersions`; undefined without a loaded parser.
 */
export function moduleMajorOptions(path: string | undefined): Pick<LintOptions, 'terraformModuleMajor'> {
  if (!path || !isTerraformFile(path) || !terraformReady()) return {};
  const dir = dirname(path);
  let m = declaredByFolder.get(dir);
  if (!m) declaredByFolder.set(dir, (m = readModule(dir)));
  const d = m.declared;
  return d && d.path !== path ? { terraformModuleMajor: { major: d.major, file: basename(d.path) } } : {};
}

/** What a file of the module is told (the declaring file itself is told nothing: its own declaration counts). */
const toldTo = (d: Declared | undefined, path: string) => (d && d.path !== path ? `${d.major} ${d.path}` : '');

/**
 * Reads again the folders of changed Terraform files that were read before; whether what one of their
 * files is told changed (then the documents' options must be made again). A declaration that only
 * its own file reads (a module of one file) changes nothing for the others.
 */
export function refreshModuleVersions(paths: readonly string[]): boolean {
  let changed = false;
  for (const dir of new Set(paths.filter(isTerraformFile).map((p) => dirname(p)))) {
    const before = declaredByFolder.get(dir);
    if (!before) continue;
    const now = readModule(dir);
    declaredByFolder.set(dir, now);
    const files = new Set([...before.files, ...now.files]);
    if ([...files].some((f) => toldTo(before.declared, f) !== toldTo(now.declared, f))) changed = true;
  }
  return changed;
}

/**
 * An open Terraform file's own declaration, from its editor text (the adapter reads it from the lint's
 * model), or undefined when it is closed: its file on disk counts again. Whether what its folder
 * declares changed (then the documents' options must be made again).
 */
export function setOpenDeclaration(path: string, major: 4 | 5 | undefined, open = true): boolean {
  if (open ? openDeclarations.has(path) && openDeclarations.get(path) === major : !openDeclarations.has(path)) return false;
  if (open) openDeclarations.set(path, major);
  else openDeclarations.delete(path);
  return refreshModuleVersions([path]);
}

function readModule(dir: string): Module {
  let onDisk: string[] = [];
  try {
    onDisk = readdirSync(dir).filter(isTerraformFile);
  } catch {
    // Only open files, if any.
  }
  const open = [...openDeclarations.keys()].filter((p) => dirname(p) === dir).map((p) => basename(p));
  const files = [...new Set([...onDisk, ...open])].sort().slice(0, MAX_MODULE_FILES).map((name) => join(dir, name));
  let found: Declared | undefined;
  for (const path of files) {
    let major: 4 | 5 | undefined;
    try {
      major = openDeclarations.has(path) ? openDeclarations.get(path) : declaredProviderMajor(readTextFileSync(path, 1024 * 1024), path);
    } catch {
      continue;
    }
    if (!major) continue;
    // Two files that disagree make `terraform init` fail: then no file's version is taken for the others.
    if (found && found.major !== major) return { declared: undefined, files };
    found ??= { major, path };
  }
  return { declared: found, files };
}
