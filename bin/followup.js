#!/usr/bin/env node
// Node 20 has no compile cache API; use it where it exists (Node ≥ 22.1) to speed up later starts.
import module from 'node:module';
if (typeof module.enableCompileCache === 'function') module.enableCompileCache();
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // The version alone needs neither commander nor the rest of the CLI (the same answer as its -V, --version).
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  // A plain `followup today` (the morning list) or `followup add` runs without commander; anything else goes to the full CLI.
  const { quick } = await import('../dist/quick.js');
  if (!(await quick(process.argv))) {
    const { main } = await import('../dist/cli.js');
    await main(process.argv);
  }
}
