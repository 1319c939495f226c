import type { Node } from 'jsonc-parser';
import type { Skipped } from '../document';
import { parseTerraform, type TerraformModel } from './front-end';
export { onlyRebuilt, releaseTerraform } from './front-end';
import { parseTerraformJson } from './json-front-end';
import { terraformReady } from './parser';

export type { TerraformModel } from './front-end';

/** How a document of a Terraform path is read: `.tf` is HCL, `.tf.json` is JSON with resource blocks. */
export type TerraformFrontEnd =
  | { language: 'terraform'; parse(text: string, previous: TerraformModel | undefined, keep: boolean): TerraformModel; unavailable(): Skipped | undefined }
  | { language: 'json'; parse(text: string, root: Node | undefined): TerraformModel; unavailable(): undefined };

export const isTerraformPath = (path: string | undefined): boolean => path !== undefined && /\.tf$/i.test(path);
export const isTerraformJsonPath = (path: string | undefined): boolean => path !== undefined && /\.tf\.json$/i.test(path);

export function terraformFrontEnd(path: string | undefined): TerraformFrontEnd | undefined {
  if (isTerraformPath(path)) {
    return {
      language: 'terraform',
      parse: parseTerraform,
      unavailable: () => (terraformReady() ? undefined : { reason: 'not-initialised', detail: 'Terraform support is not initialised (the HCL parser was not loaded)' }),
    };
  }
  if (isTerraformJsonPath(path)) return { language: 'json', parse: (text, root) => parseTerraformJson(text, root), unavailable: () => undefined };
  return undefined;
}
