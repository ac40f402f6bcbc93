// The esbuild bundle in dist/ (or another folder: buildCli(outdir), as test/perf does). Split into chunks:
// every command's code, the prompts and the rarely used libraries are loaded with import() only by the
// command that needs them (splitting is what turns those import() calls into separate files). Measured
// against one bundle without splitting, splitting starts faster: a single file parses everything.
// A plain `followup today` goes another way (src/quick.ts): quick.js, tiny, reads the arguments and loads
// morning.js, the whole morning list in one file without commander, built apart: loading two
// dozen chunks cost ~10 ms more than one file with the same code.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { NODE_BANNER, lazySegmenterPlugin } from './esbuild-common.mjs';

const ROOT = resolve(import.meta.dirname, '..');

export async function buildCli(outdir = resolve(ROOT, 'dist')) {
  // Chunk names carry content hashes: start empty, or old chunks pile up beside the new ones.
  rmSync(outdir, { recursive: true, force: true });
  const common = {
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.17',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    banner: NODE_BANNER,
    plugins: [lazySegmenterPlugin],
  };
  const [main] = await Promise.all([
    // The write code is an entry of its own (dist/store/atomic.js), so that morning.js can leave it out.
    build({ ...common, entryPoints: ['src/cli.ts', 'src/quick.ts', 'src/store/atomic.ts'].map((e) => resolve(ROOT, e)), outdir, splitting: true }),
    build({ ...common, entryPoints: [resolve(ROOT, 'src/morning.ts')], outdir, plugins: [...common.plugins, writeCodeApart] }),
  ]);
  return main;
}

/**
 * Unsplit, esbuild would put what morning.js loads with import() into it, with its static imports (node:crypto,
 * node:fs/promises) loaded at start: the write code is left to the main build's dist/store/atomic.js instead.
 */
const writeCodeApart = {
  name: 'write-code-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/atomic\.js$/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      return { path: './store/atomic.js', external: true };
    });
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildCli();
