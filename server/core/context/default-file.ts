/** The file `context pull` writes, and the editor and the CLI read by default (at the workspace root, in the current folder). */
export const DEFAULT_CONTEXT_FILE = 'spectrum-lint.account.json';
