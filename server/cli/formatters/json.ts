import { summarize, type Formatter } from './types';

/** The machine-readable report: zero-based LSP positions, one entry per linted file. */
export const json: Formatter = (run) => {
  const s = summarize(run);
  const out = {
    files: run.files.map((f) => ({
      path: f.display,
      diagnostics: f.findings.map((d) => ({
        code: d.code,
        severity: d.severity,
        message: d.message,
        range: { start: { line: d.range.start.line, character: d.range.start.character }, end: { line: d.range.end.line, character: d.range.end.character } },
        pointer: d.pointer,
        docs: d.docs,
      })),
    })),
    summary: { errors: s.errors, warnings: s.warnings, infos: s.infos },
  };
  return JSON.stringify(out, null, 2) + '\n';
};
