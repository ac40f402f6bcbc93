// One esbuild bundle in dist/; prompts and rarely used commands are split out and loaded with import().
import { rmSync } from 'node:fs';
import { build } from 'esbuild';
import { NODE_BANNER, lazySegmenterPlugin } from './esbuild-common.mjs';

// Chunk names carry content hashes: start empty, or old chunks pile up beside the new ones.
rmSync('dist', { recursive: true, force: true });

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
  banner: NODE_BANNER,
  plugins: [lazySegmenterPlugin],
});
