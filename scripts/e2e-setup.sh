#!/usr/bin/env bash
# Installs the editor tools the end-to-end tests need into a versioned folder outside the clone:
# node 24 (code-server's runtime only; the project itself stays on node 20), code-server and
# playwright-core. Nothing here goes into package.json: code-server's postinstall aborts under node 20.
# Reruns are free: a marker file records a complete install of exactly these versions.
set -euo pipefail

NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_CORE_VERSION=1.65.1
TOOLS="${SPECTRUM_LINT_EDITORS:-$HOME/.cache/spectrum-lint-editors/v1}"
MARKER="$TOOLS/.complete-node${NODE24_VERSION}-cs${CODE_SERVER_VERSION}-pw${PLAYWRIGHT_CORE_VERSION}"

if [[ -f "$MARKER" ]]; then
  echo "e2e-setup: editor tools already complete in $TOOLS"
  exit 0
fi

start=$SECONDS
mkdir -p "$TOOLS"
# Each tool gets its own prefix so that a failed step can be redone without touching the others.
npm_quiet=(--no-audit --no-fund --loglevel=error)

if [[ ! -x "$TOOLS/node24/node_modules/.bin/node" ]]; then
  echo "e2e-setup: node@$NODE24_VERSION -> $TOOLS/node24"
  npm install "${npm_quiet[@]}" --prefix "$TOOLS/node24" "node@$NODE24_VERSION"
fi
"$TOOLS/node24/node_modules/.bin/node" --version

if [[ ! -f "$TOOLS/cs/.ok-$CODE_SERVER_VERSION" ]]; then
  echo "e2e-setup: code-server@$CODE_SERVER_VERSION -> $TOOLS/cs (builds native modules; about 2 minutes)"
  # code-server's postinstall requires node 24 first on PATH. It compiles kerberos against libkrb5-dev.
  PATH="$TOOLS/node24/node_modules/.bin:$PATH" \
    npm install "${npm_quiet[@]}" --prefix "$TOOLS/cs" "code-server@$CODE_SERVER_VERSION"
  # The postinstall builds VS Code's native modules; if npm skipped install scripts, nothing is there.
  vscode_modules="$TOOLS/cs/node_modules/code-server/lib/vscode/node_modules"
  for native in "@vscode/sqlite3/build/Release/vscode-sqlite3.node" "kerberos/build/Release/kerberos.node"; do
    if [[ ! -f "$vscode_modules/$native" ]]; then
      echo "e2e-setup: code-server's postinstall did not build $native (install scripts blocked? libkrb5-dev missing?)" >&2
      exit 1
    fi
  done
  touch "$TOOLS/cs/.ok-$CODE_SERVER_VERSION"
fi
PATH="$TOOLS/node24/node_modules/.bin:$PATH" "$TOOLS/cs/node_modules/.bin/code-server" --version \
  --config "$TOOLS/cs/config.yaml" | head -1

if [[ ! -f "$TOOLS/runner/node_modules/playwright-core/package.json" ]]; then
  echo "e2e-setup: playwright-core@$PLAYWRIGHT_CORE_VERSION -> $TOOLS/runner (no browser download: Debian's chromium is used)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
    npm install "${npm_quiet[@]}" --prefix "$TOOLS/runner" "playwright-core@$PLAYWRIGHT_CORE_VERSION"
fi

touch "$MARKER"
echo "e2e-setup: editor tools complete in $TOOLS ($((SECONDS - start)) s)"
