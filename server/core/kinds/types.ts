import type { Node } from 'jsonc-parser';

/** What an object in a document is. Linted kinds have rules; the others are explained on hover. */
export type TargetKind = 'spectrum-app' | 'monitor' | 'pool' | 'load-balancer' | 'error-envelope' | 'health-events' | 'pool-health';

export interface Target {
  kind: TargetKind;
  node: Node;
  /** request: a body to send (bare object or array); response: inside an API envelope's `result`. */
  role: 'request' | 'response';
  /**
   * Only part of its object: a block of a Terraform override file (merged by Terraform into the block
   * of the same name in another file), or an object of a `patch` file (a `PATCH` body). The engine runs
   * on it only the rules that check field by field (`Rule.fieldByField`), and the workspace index
   * leaves it out (it is the object it updates).
   */
  partial?: boolean;
}

/** A kind's default globs: `*.<suffix>.json` anywhere, and any JSON file under a `<folder>/` folder; JSONC too. */
export const kindGlobs = (suffix: string, folder: string): string[] => [`**/*.${suffix}.json`, `**/*.${suffix}.jsonc`, `**/${folder}/**/*.json`, `**/${folder}/**/*.jsonc`];

export interface Detector {
  kind: TargetKind;
  /** Default file-name globs that make every top-level object of a document this kind. */
  globs: string[];
  /** Cheap test on the raw text: false means the document holds no such object, so it is not parsed. */
  hint: RegExp;
  /** Whether a candidate object (root, array element, or envelope `result`) is one of these. */
  looksLike(node: Node): boolean;
}
