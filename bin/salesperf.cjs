#!/usr/bin/env node
'use strict';
// The CLI is TypeScript; tsx compiles it on the fly so `npx salesperf` works right after `npm ci`.
const path = require('path');
const { register } = require('tsx/cjs/api');

register();
// A closed pipe (salesperf … | head) ends output quietly instead of with a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') {
    process.exit(process.exitCode ?? 0);
  }
  throw error;
});
const { main } = require(path.join(__dirname, '..', 'src', 'node', 'cli', 'main.ts'));

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`salesperf: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  }
);
