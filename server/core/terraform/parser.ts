import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Language, Parser, type Tree } from 'web-tree-sitter';

/**
 * The HCL parser (tree-sitter's Terraform grammar, as WASM). Loading WASM is asynchronous, the engine is
 * not: `initTerraform` runs once before the first `.tf` document, and `terraformParser` gives the
 * loaded parser to synchronous code.
 */
let parser: Parser | undefined;
let loading: Promise<void> | undefined;

/** Where the two WASM files are by default: the packages' own folders (the bundle passes its folder). */
function defaultPaths(): { runtime: string; grammar: string } {
  // Resolved at run time from this file (a bundle has the packages' code, not their WASM files).
  const resolve = createRequire(__filename).resolve;
  return {
    runtime: join(dirname(resolve('web-tree-sitter')), 'tree-sitter.wasm'),
    grammar: resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'),
  };
}

/**
 * Loads `tree-sitter.wasm` and `tree-sitter-terraform.wasm` from `wasmDir` (default: node_modules).
 * Safe to call more than once: later calls wait for the first. A failed load can be retried.
 */
export function initTerraform(wasmDir?: string): Promise<void> {
  if (parser) return Promise.resolve();
  if (!loading) {
    const paths = wasmDir ? { runtime: join(wasmDir, 'tree-sitter.wasm'), grammar: join(wasmDir, 'tree-sitter-terraform.wasm') } : defaultPaths();
    loading = (async () => {
      await Parser.init({ locateFile: () => paths.runtime });
      const language = await Language.load(paths.grammar);
      const p = new Parser();
      p.setLanguage(language);
      parser = p;
    })().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  }
  return loading;
}

export function terraformReady(): boolean {
  return parser !== undefined;
}

/** The loaded parser; throws when `initTerraform` has not finished. */
export function terraformParser(): Parser {
  if (!parser) throw new Error('Terraform support is not initialised: await initTerraform() before linting .tf files.');
  return parser;
}

/**
 * Parses HCL text. Node offsets (`startIndex`, `endIndex`) count UTF-16 code units of `text`, as every
 * other offset of the engine does: web-tree-sitter reads a JavaScript string as UTF-16.
 */
export function parseHcl(text: string, previous?: Tree): Tree {
  const tree = terraformParser().parse(text, previous);
  if (!tree) throw new Error('The HCL parser gave no tree.');
  return tree;
}
