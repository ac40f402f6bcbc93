#!/usr/bin/env node
// CommonJS (bin/package.json): Node 20 starts it ~4 ms sooner than an ES module, which counts for a command run at
// every shell start-up. The full command line (dist/cli.js) is an ES module, loaded with import().
'use strict';
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // The version alone needs neither commander nor the rest of the CLI (the same answer as its -V, --version).
  process.stdout.write(`${require('../package.json').version}\n`);
} else {
  // Node 20 has no compile cache; use it where it exists (Node ≥ 22.1) to speed up later starts.
  const { enableCompileCache } = require('node:module');
  if (typeof enableCompileCache === 'function') enableCompileCache();
  // A plain `followup today` (the morning list) or `followup add` runs without commander; anything else goes to
  // the full CLI.
  const quick = (args.includes('today') || args.includes('add')) && require('../dist/quick.cjs').quick;
  (async () => {
    if (!quick || !(await quick(process.argv))) {
      const { main } = await import('../dist/cli.js');
      await main(process.argv);
    }
  })();
}
