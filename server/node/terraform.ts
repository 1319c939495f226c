import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { initTerraform } from '../core/terraform/parser';

/** Terraform files by name: HCL (`.tf`) and its JSON form (`.tf.json`). */
export const isTerraformPath = (path: string): boolean => /\.tf(\.json)?$/i.test(path);

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
