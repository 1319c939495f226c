#!/usr/bin/env node
// `spectrum-lint` command: the bundled CLI (built by `npm run build`, and by `npm ci` through `prepare`).
require('../dist/cli.js');
