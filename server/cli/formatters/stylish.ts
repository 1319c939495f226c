import { entry } from '../../core/catalog';
import { plainText } from '../../core/plain-text';
import type { Severity } from '../../core/catalog';
import { printable } from '../printable';
import { summarize, type Formatter } from './types';

type Paint = (s: string) => string;
const ansi = (open: number, close: number): Paint => (s) => `\u001b[${open}m${s}\u001b[${close}m`;
const PAINT = { red: ansi(31, 39), yellow: ansi(33, 39), blue: ansi(34, 39), green: ansi(32, 39), dim: ansi(2, 22), bold: ansi(1, 22), underline: ansi(4, 24) };
const plain: Paint = (s) => s;

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * For people: the file, then each finding as `line:col  severity  message  code` with the catalog's
 * resolution and documentation link below it, and a summary. Positions are one-based.
 */
export const stylish: Formatter = (run, { color }) => {
  const c = color ? PAINT : { red: plain, yellow: plain, blue: plain, green: plain, dim: plain, bold: plain, underline: plain };
  const sevColor: Record<Severity, Paint> = { error: c.red, warning: c.yellow, information: c.blue, hint: c.dim };
  const out: string[] = [];
  for (const f of run.files) {
    if (f.findings.length === 0) continue;
    out.push(c.underline(printable(f.display)));
    const pos = f.findings.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}`);
    const posWidth = Math.max(...pos.map((p) => p.length));
    const sevWidth = Math.max(...f.findings.map((d) => LABEL[d.severity].length));
    const pad = ' '.repeat(2 + posWidth + 2 + sevWidth + 2);
    f.findings.forEach((d, i) => {
      const e = entry(d.id);
      out.push(`  ${c.dim(pos[i].padStart(posWidth))}  ${sevColor[d.severity](LABEL[d.severity].padEnd(sevWidth))}  ${printable(d.message)}  ${c.dim(String(d.code))}`);
      out.push(`${pad}${c.dim(`${plainText(e.resolution)} ${d.docs}`)}`);
    });
    out.push('');
  }
  const s = summarize(run);
  const total = s.errors + s.warnings + s.infos;
  const hidden = s.suppressed ? `, ${s.suppressed} suppressed` : '';
  if (total === 0) {
    out.push(c.green(`✔ No problems in ${plural(run.files.length, 'file')}${hidden}.`));
  } else {
    // Hints are counted as hints, as the list above labels them.
    const infos = s.infos - s.hints;
    const counts = [plural(s.errors, 'error'), plural(s.warnings, 'warning')];
    if (infos || !s.hints) counts.push(plural(infos, 'info'));
    if (s.hints) counts.push(plural(s.hints, 'hint'));
    const line = `✖ ${plural(total, 'problem')} (${counts.join(', ')}) in ${plural(run.files.length, 'file')}${hidden}`;
    out.push(c.bold(s.errors ? c.red(line) : s.warnings ? c.yellow(line) : line));
    out.push(c.dim('More about a code: spectrum-lint explain <code>'));
  }
  return out.join('\n') + '\n';
};
