import { normaliseCode } from '../core/config';
import { isRuleSetting, type RuleSetting } from '../core/settings';
import { MIN_FILE_SIZE, parseSize } from '../core/size';
import { FORMATS, type FormatName } from './formatters';
import { UsageError } from './io';

export interface LintArgs {
  patterns: string[];
  format: FormatName;
  /** -1: no limit. */
  maxWarnings: number;
  rules: Record<string, RuleSetting>;
  /** Largest file checked, in characters; undefined: the configuration's or the default. */
  maxFileSize?: number;
  /** Account context file for every file (over a configuration's `account`). */
  context?: string;
  quiet: boolean;
  exitZero: boolean;
  config: boolean;
  color?: boolean;
  help: boolean;
  version: boolean;
}

/** Parses the lint command's arguments; throws UsageError with a clear message on anything wrong. */
export function parseLintArgs(argv: string[]): LintArgs {
  const a: LintArgs = { patterns: [], format: 'stylish', maxWarnings: -1, rules: {}, quiet: false, exitZero: false, config: true, help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      a.patterns.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      a.patterns.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (eq > 0) return arg.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case '-f':
      case '--format': {
        const v = value();
        if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`unknown format "${v}"; use one of ${FORMATS.join(', ')}`);
        a.format = v as FormatName;
        break;
      }
      case '--max-warnings': {
        const v = value();
        if (!/^-?\d+$/.test(v) || Number(v) < -1) throw new UsageError(`--max-warnings needs a whole number (-1 for no limit), not "${v}"`);
        a.maxWarnings = Number(v);
        break;
      }
      case '--max-file-size': {
        const v = value();
        const size = parseSize(v);
        if (size === undefined || size < MIN_FILE_SIZE) throw new UsageError(`--max-file-size needs a size of at least ${MIN_FILE_SIZE} bytes, such as 67108864, 512k or 64M, not "${v}"`);
        a.maxFileSize = size;
        break;
      }
      case '--context': {
        const v = value();
        if (v.trim() === '') throw new UsageError('--context needs the path of an account context file');
        a.context = v;
        break;
      }
      case '--rule':
        for (const part of value().split(',')) {
          if (part.trim() === '') continue;
          const m = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/.exec(part);
          if (!m) throw new UsageError(`--rule expects id=severity (e.g. 11002=warning), not "${part}"`);
          const id = normaliseCode(m[1]);
          if (!id) throw new UsageError(`--rule: "${m[1]}" is not a spectrum-lint code (try \`spectrum-lint explain ${m[1]}\`)`);
          if (!isRuleSetting(m[2])) throw new UsageError(`--rule: severity "${m[2]}" must be error, warning, information, info, hint or off`);
          a.rules[id] = m[2];
        }
        break;
      case '-q':
      case '--quiet':
        a.quiet = true;
        break;
      case '--exit-zero':
        a.exitZero = true;
        break;
      case '--no-config':
        a.config = false;
        break;
      case '--color':
        a.color = true;
        break;
      case '--no-color':
        a.color = false;
        break;
      case '-h':
      case '--help':
        a.help = true;
        break;
      case '-v':
      case '--version':
        a.version = true;
        break;
      default:
        throw new UsageError(`unknown option ${name}`);
    }
  }
  return a;
}
