import type { Finding } from '../../core/findings';
import type { Suppressed } from '../../core/suppress';

export interface FileResult {
  /** Absolute path. */
  path: string;
  /** Path as shown: relative to the working folder with `/` separators when inside it. */
  display: string;
  findings: Finding[];
  /** Findings hidden by a directive or an `ignore` entry (SARIF reports them as suppressed). */
  suppressed: Suppressed[];
}

export interface RunResult {
  files: FileResult[];
  cwd: string;
}

export interface FormatOptions {
  color: boolean;
}

export type Formatter = (run: RunResult, options: FormatOptions) => string;

export interface Summary {
  errors: number;
  warnings: number;
  /** Information and hints. */
  infos: number;
  /** How many of `infos` are hints: the terminal names them apart, as it lists them. */
  hints: number;
  suppressed: number;
}

export function summarize(run: RunResult): Summary {
  const s: Summary = { errors: 0, warnings: 0, infos: 0, hints: 0, suppressed: 0 };
  for (const f of run.files) {
    s.suppressed += f.suppressed.length;
    for (const d of f.findings) {
      if (d.severity === 'error') s.errors++;
      else if (d.severity === 'warning') s.warnings++;
      else {
        s.infos++;
        if (d.severity === 'hint') s.hints++;
      }
    }
  }
  return s;
}
