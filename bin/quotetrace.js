#!/usr/bin/env node
// The CLI is compiled by `npm ci` (the `prepare` script); this shim keeps `npx quotetrace` stable.
import('../dist/cli/main.js').then((m) => m.main(process.argv.slice(2))).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(`quotetrace: ${err instanceof Error ? err.message : String(err)}`); process.exitCode = 1; },
);
