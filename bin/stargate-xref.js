#!/usr/bin/env node
// The stargate-xref command: the bundled CLI when built (npm run build), else the TypeScript source via tsx.
const fs = require('fs');
const path = require('path');
const bundled = path.join(__dirname, '..', 'dist', 'cli.js');
if (fs.existsSync(bundled)) {
  require(bundled).launch(process.argv.slice(2));
} else {
  require('tsx/cjs');
  require('../server/src/cli/main.ts').run(process.argv.slice(2));
}
