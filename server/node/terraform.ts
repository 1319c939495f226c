import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { lockedProviderMajor } from '../core/terraform/front-end';
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
