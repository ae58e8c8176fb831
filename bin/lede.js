#!/usr/bin/env node
// The `lede` command (see `lede --help` and docs/server.md); the code is in dist/server/cli.js.
import { text } from 'node:stream/consumers';
import { main } from '../dist/server/cli.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (chunk) => process.stderr.write(chunk),
  stdin: () => text(process.stdin),
});
