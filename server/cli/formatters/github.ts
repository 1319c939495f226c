import type { Severity } from '../../core/catalog';
import { printable } from '../printable';
import type { Formatter } from './types';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

// Workflow-command escaping (as in @actions/core): data escapes %, CR, LF; properties also : and ,.
// Other control characters would reach the log's terminal raw: they are written out first.
const data = (s: string) => printable(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions annotations, one per finding; positions are one-based. */
export const github: Formatter = (run) => {
  const lines: string[] = [];
  for (const f of run.files) {
    for (const d of f.findings) {
      const { start, end } = d.range;
      const props = [
        `file=${prop(f.display)}`,
        `line=${start.line + 1}`,
        `col=${start.character + 1}`,
        `endLine=${end.line + 1}`,
        `endColumn=${end.character + 1}`,
        `title=${prop(String(d.code))}`,
      ].join(',');
      lines.push(`::${COMMAND[d.severity]} ${props}::${data(d.message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};
