#!/usr/bin/env node
// The stargate-xref command: the bundled CLI when built (npm run build), else the TypeScript source via tsx.
const fs = require('fs');
const path = require('path');
const bundled = path.join(__dirname, '..', 'dist', 'cli.js');
if (fs.existsSync(bundled)) {
  process.exitCode = require(bundled).main(process.argv.slice(2));
} else {
  require('tsx/cjs');
  process.exitCode = require('../server/src/cli.ts').main(process.argv.slice(2));
}
