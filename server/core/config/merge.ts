import { dirname } from 'node:path';
import { DETECTORS, type FileAssociations } from '../detect';
import type { LintOptions } from '../rules/types';
import type { RuleSetting } from '../settings';
import { normaliseCode } from './parse';
import type { SpectrumLintConfig } from './types';

type Rules = Record<string, RuleSetting>;

/** Severity overrides: editor settings win over the configuration file, per code. */
export function mergeRules(config: Rules | undefined, settings: Rules | undefined): Rules {
  const out: Rules = { ...config };
  for (const [key, value] of Object.entries(settings ?? {})) out[normaliseCode(key) ?? key] = value;
  return out;
}

/** Makes a glob written relative to `dir` match absolute paths. */
export function anchorGlob(dir: string, glob: string): string {
  const base = dir.replace(/\\/g, '/').replace(/[*?[\]{}()!+@]/g, '\\$&').replace(/\/$/, '');
  return `${base}/${glob.replace(/^\.?\//, '')}`;
}

/**
 * File associations for a file under this configuration: the editor's (or the defaults) plus the
 * configuration's globs, which are relative to the configuration file and add to the defaults.
 */
export function mergeFiles(config: SpectrumLintConfig | undefined, settings: FileAssociations | undefined): FileAssociations {
  const out: FileAssociations = {};
  const own = (key: keyof FileAssociations) => (config?.files[key] ?? []).map((g) => anchorGlob(dirname(config!.path), g));
  for (const d of DETECTORS) {
    const mine = own(d.kind);
    const base = settings?.[d.kind] ?? d.globs;
    out[d.kind] = mine.length ? [...base, ...mine] : base;
  }
  // `patch` has no defaults.
  const patch = [...(settings?.patch ?? []), ...own('patch')];
  if (patch.length) out.patch = patch;
  return out;
}

/** The lint options a configuration (and editor settings or command-line options, which win) gives a file. */
export function configLintOptions(
  config: SpectrumLintConfig | undefined,
  settings: { rules?: Rules; files?: FileAssociations; maxFileSize?: number } = {},
): Pick<LintOptions, 'rules' | 'files' | 'ignore' | 'maxFileSize'> {
  const maxFileSize = settings.maxFileSize ?? config?.maxFileSize;
  return {
    rules: mergeRules(config?.rules, settings.rules),
    files: mergeFiles(config, settings.files),
    ignore: config?.ignore ?? [],
    ...(maxFileSize !== undefined ? { maxFileSize } : {}),
  };
}
