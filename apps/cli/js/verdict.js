#!/usr/bin/env node
// `npx verdict check|import|render …`: verdict's command-line tool (see cli/lib.js). The same
// messages and exit codes as the Rust binaries verdict-check and verdict-import.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { run } from './lib.js';

process.on('uncaughtException', (error) => {
  // A panic in the WebAssembly (said on stderr by its hook) ends the tool.
  process.stderr.write(`verdict: ${error.message}\n`);
  process.exit(2);
});

const args = process.argv.slice(2);
let out;
if (args[0] === 'hugo' || args[0] === 'jekyll') {
  // The build step for site generators (cli/sites.js): SITE folder, --local.
  const sites = await import('./sites.js');
  const rest = args.slice(1);
  const site = rest.find((a) => !a.startsWith('--')) ?? '.';
  const result = await sites[args[0]](site, { local: rest.includes('--local') });
  out = { stdout: '', stderr: result.stderr, code: result.code, files: [] };
} else {
  out = await run(args);
}
for (const [path, contents] of out.files) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, contents);
}
process.stdout.write(out.stdout);
process.stderr.write(out.stderr);
process.exitCode = out.code;
