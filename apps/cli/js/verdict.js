#!/usr/bin/env node
// `npx verdict check|import|render …`: verdict's command-line tool (see cli/lib.js). The same
// messages and exit codes as the Rust binaries verdict-check and verdict-import.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
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
  const usage = `usage: verdict ${args[0]} [SITE] [--local]\n`;
  try {
    const { values, positionals } = parseArgs({
      args: args.slice(1),
      options: { local: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
    if (values.help || positionals.length > 1) {
      out = { stdout: '', stderr: usage, code: 2, files: [] };
    } else {
      const sites = await import('./sites.js');
      const site = positionals[0] ?? '.';
      const result = await (args[0] === 'hugo' ? sites.hugo : sites.jekyll)(site, { local: values.local ?? false });
      out = { stdout: '', stderr: result.stderr, code: result.code, files: [] };
    }
  } catch (error) {
    out = { stdout: '', stderr: `verdict ${args[0]}: ${error instanceof Error ? error.message : error}\n${usage}`, code: 2, files: [] };
  }
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
