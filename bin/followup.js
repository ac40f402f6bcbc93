#!/usr/bin/env node
// Node 20 has no compile cache API; use it where it exists to speed up later starts.
import module from 'node:module';
if (typeof module.enableCompileCache === 'function') module.enableCompileCache();
const { main } = await import('../dist/cli.js');
await main(process.argv);
