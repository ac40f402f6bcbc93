// One esbuild bundle in dist/; prompts and rarely used commands are split out and loaded with import().
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.17',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  // commander and other CommonJS dependencies call require(); an ESM bundle needs one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
