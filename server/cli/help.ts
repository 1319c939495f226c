import { CONFIG_FILE_NAME } from '../core/config';
import { DEFAULT_CONTEXT_FILE } from '../core/context/default-file';

export const USAGE = `Usage: spectrum-lint [options] [paths or globs...]
       spectrum-lint explain <code> [--markdown]
       spectrum-lint context pull --account <id> --zone <id> [--out file] [--base-url url]`;

export const HELP = `${USAGE}

Lints Cloudflare Spectrum applications and Load Balancing monitors and pools kept as JSON or JSONC,
or as Terraform resources (.tf and .tf.json). Folders are searched recursively for .json, .jsonc
and .tf files (node_modules and dot-folders such as .terraform are skipped); with no path, the
current folder is linted. Each file uses the nearest ${CONFIG_FILE_NAME}
at or above its folder.

Options:
  -f, --format <name>     stylish (default), json, sarif or github
      --max-warnings <n>  exit 1 when there are more than n warnings (default -1: no limit)
      --rule <id=sev>     set a code's severity: error, warning, info, hint or off (repeatable,
                          comma-separated; overrides ${CONFIG_FILE_NAME})
      --max-file-size <n> largest file checked, in bytes, or with a k or M suffix (default 64M,
                          or "maxFileSize" of ${CONFIG_FILE_NAME}); a larger file is reported
                          as not checked and makes the exit code 1
      --context <file>    account context for every file, over the "account" of
                          ${CONFIG_FILE_NAME} (default: ${DEFAULT_CONTEXT_FILE} in the current
                          folder when it exists and no configuration names an account)
  -q, --quiet             report errors only
      --exit-zero         exit 0 even when errors are found (usage and read errors still exit 2)
      --no-config         do not read ${CONFIG_FILE_NAME} files
      --color, --no-color force or disable colours (default: colours on a terminal, unless NO_COLOR)
  -h, --help              show this help
  -v, --version           show the version

Commands:
  explain <code>          what a code means, its cause and its resolution (e.g. 11002, 1002,
                          "TCP connection failed"); --markdown prints Markdown
  context pull            fetch the account context (plan, zones, virtual networks, routes,
                          prefixes, Spectrum apps, monitors, pools) with CLOUDFLARE_API_TOKEN and
                          write it for the "account" of ${CONFIG_FILE_NAME}; --help for options

Exit codes: 0 no errors, 1 errors found (or more warnings than --max-warnings, or a file that was
not checked: too large, too deeply nested or binary), 2 bad usage or an unreadable input.`;
