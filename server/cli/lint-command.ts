import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { entry } from '../core/catalog';
import { ConfigResolver, configLintOptions, mergeRules, type ConfigHost, type IgnoreEntry } from '../core/config';
import { DEFAULT_CONTEXT_FILE } from '../core/context/default-file';
import type { Finding } from '../core/findings';
import { lint, type Analysis, type LintOptions } from '../core/lint';
import { effectiveSeverity, type RuleSetting } from '../core/settings';
import { ignoreCoversFile, unusedIgnoreFindings } from '../core/suppress';
import { version } from '../../package.json';
import { parseLintArgs } from './args';
import { expandInputs } from './files';
import { FORMATTERS, summarize, type FileResult } from './formatters';
import { HELP } from './help';
import { useColor, type CliIo } from './io';
import { printable } from './printable';
import { CliWorkspace } from './workspace';
import { describeFsError, readTextFileSync, readTextOrUndefined } from '../node/read-text';
import { isTerraformFile, loadTerraform, lockedMajorOptions, moduleMajorOptions } from '../node/terraform';

const fsHost: ConfigHost = { readFile: (path) => readTextOrUndefined(path) };

/** `spectrum-lint [options] [paths or globs...]`. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseLintArgs(argv);
  if (args.help) {
    io.stdout.write(HELP + '\n');
    return 0;
  }
  if (args.version) {
    io.stdout.write(version + '\n');
    return 0;
  }

  const inputs = expandInputs(args.patterns, io.cwd);
  let inputError = false;
  const fail = (message: string) => {
    io.stderr.write(`spectrum-lint: ${printable(message)}\n`);
    inputError = true;
  };
  inputs.problems.forEach(fail);
  // The HCL parser loads once, and only for a run that has Terraform files: JSON runs do not wait for it.
  if (inputs.files.some(isTerraformFile)) {
    const problem = await loadTerraform();
    if (problem) fail(`Terraform files cannot be checked: ${problem}`);
  }

  const display = (p: string) => {
    const r = relative(io.cwd, p);
    return (r && !r.startsWith('..') && !isAbsolute(r) ? r : p).replace(/\\/g, '/');
  };
  const keep = (findings: Finding[]) => (args.quiet ? findings.filter((f) => f.severity === 'error') : findings);
  // --max-warnings counts the warnings --quiet hides (as ESLint does).
  let warnings = 0;
  const count = (findings: Finding[]) => {
    warnings += findings.filter((f) => f.severity === 'warning').length;
    return findings;
  };

  const resolver = new ConfigResolver(fsHost, { syntaxErrors: true });
  // Account context and cross-file checks: every input is summarised before any is linted.
  const contextFile = args.context === undefined ? undefined : resolve(io.cwd, args.context);
  const workspace = new CliWorkspace(contextFile, join(io.cwd, DEFAULT_CONTEXT_FILE));
  if (!(await workspace.contextFileReadable())) {
    io.stderr.write(`spectrum-lint: cannot read the account context --context ${printable(args.context!)}\n`);
    return 2;
  }
  await workspace.indexFiles(inputs.files, args.config ? resolver : undefined, args.maxFileSize);
  const files: FileResult[] = [];
  const used = new Set<IgnoreEntry>();
  const linted: string[] = [];
  /** Files not checked (too large, too deep, binary): CI must never pass a file it did not check. */
  const skipped: string[] = [];
  for (const path of inputs.files) {
    let input: string | Analysis | undefined = workspace.takeParse(path);
    if (!input) {
      try {
        input = readTextFileSync(path);
      } catch (error) {
        fail(`cannot read ${display(path)}: ${describeFsError(error)}`);
        continue;
      }
    }
    // One file's failure never costs the others of the run: it is reported, and the run goes on.
    try {
      const parsed = args.config ? await resolver.forFile(path) : undefined;
      const options: LintOptions = { path, syntaxErrors: true, ...configLintOptions(parsed?.config, { rules: args.rules, maxFileSize: args.maxFileSize }), ...(await workspace.options(parsed?.config)), ...lockedMajorOptions(path), ...moduleMajorOptions(path) };
      const result = lint(input, options);
      for (const e of result.usedIgnores ?? []) used.add(e);
      for (const { rule, error } of result.ruleErrors) io.stderr.write(`spectrum-lint: rule ${rule} failed on ${printable(display(path))}: ${printable(String(error))}\n`);
      linted.push(path);
      if (result.doc?.skipped) skipped.push(display(path));
      files.push({ path, display: display(path), findings: keep(count(result.findings)), suppressed: result.suppressed ?? [] });
    } catch (error) {
      fail(`internal error while checking ${display(path)} (the other files are checked): ${error instanceof Error ? error.name + ': ' + error.message : String(error)}`);
    }
  }

  // Configuration files: their own problems, and `ignore` entries that covered linted files but matched nothing.
  if (args.config) for (const c of inputs.configs) await resolver.forFile(join(dirname(c), 'any.json'));
  for (const parsed of await resolver.loaded()) {
    const rules = mergeRules(parsed.config.rules, args.rules);
    const covering = parsed.config.ignore.filter((e) => linted.some((p) => ignoreCoversFile(e, p)));
    const findings = [...overrideSeverity(parsed.findings, args.rules), ...unusedIgnoreFindings(parsed.doc, covering, used, rules)];
    if (findings.length) files.push({ path: parsed.config.path, display: display(parsed.config.path), findings: keep(count(findings)), suppressed: [] });
  }
  for (const c of await workspace.contextFindings()) {
    const shown = files.find((f) => f.path === c.path);
    const findings = keep(count(overrideSeverity(c.findings, args.rules)));
    if (shown) shown.findings.push(...findings);
    else files.push({ path: c.path, display: display(c.path), findings, suppressed: [] });
  }
  files.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));

  const run = { files, cwd: io.cwd };
  io.stdout.write(FORMATTERS[args.format](run, { color: useColor(io.stdout, io.env, args.color) }));

  if (inputError) return 2;
  const s = summarize(run);
  const tooManyWarnings = args.maxWarnings >= 0 && warnings > args.maxWarnings;
  if (tooManyWarnings) io.stderr.write(`spectrum-lint: ${warnings} warnings, more than --max-warnings ${args.maxWarnings}.\n`);
  if (skipped.length) io.stderr.write(`spectrum-lint: ${skipped.length === 1 ? `${printable(skipped[0])} was` : `${skipped.length} files were`} not checked (see the document-skipped warnings; --max-file-size raises the size limit).\n`);
  if (args.exitZero) return 0;
  return s.errors > 0 || tooManyWarnings || skipped.length > 0 ? 1 : 0;
}

/** Applies --rule to findings made before it was known (the configuration file's own). */
function overrideSeverity(findings: Finding[], rules: Record<string, RuleSetting>): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    if (rules[f.id] === undefined) {
      out.push(f);
      continue;
    }
    const severity = effectiveSeverity(f.id, entry(f.id).severity, rules);
    if (severity) out.push({ ...f, severity });
  }
  return out;
}
