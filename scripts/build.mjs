// The esbuild bundle in dist/ (or another folder: buildCli(outdir), as test/perf does). Split into chunks:
// every command's code, the prompts and the rarely used libraries are loaded with import() only by the
// command that needs them (splitting is what turns those import() calls into separate files). Measured
// against one bundle without splitting, splitting starts faster: a single file parses everything.
// A plain `followup today` goes another way (src/quick.ts): quick.js, tiny, reads the arguments and loads
// morning.js, the whole morning list in one file without commander, both built apart and unsplit: loading two
// dozen chunks cost ~10 ms more than one file with the same code. A plain `followup add` goes the same way to
// add-main.js (src/quick-add.ts), everything add does in one file.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { NODE_BANNER, lazyChildProcessPlugin, lazySegmenterPlugin } from './esbuild-common.mjs';

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
    plugins: [lazySegmenterPlugin, lazyChildProcessPlugin],
  };
  const [main] = await Promise.all([
    // What morning.js loads with import() are entries of their own here, so that it can leave them out.
    build({ ...common, entryPoints: ['src/cli.ts', ...Object.values(APART)].map((e) => resolve(ROOT, e)), outdir, splitting: true }),
    // Unsplit: quick.js, morning.js and add-main.js are one file each, with no chunk to load beside them.
    build({ ...common, entryPoints: ['src/quick.ts', 'src/morning.ts'].map((e) => resolve(ROOT, e)), outdir, plugins: [...common.plugins, leftApart(Object.keys(APART))] }),
    // add always writes: the write code (atomic.js) is part of it.
    build({ ...common, entryPoints: [resolve(ROOT, 'src/add-main.ts')], outdir, plugins: [...common.plugins, leftApart(Object.keys(APART).filter((k) => k !== './atomic.js'))] }),
  ]);
  return main;
}

/**
 * Unsplit, esbuild would put what morning.js and add-main.js load with import() into them, with their static
 * imports (node:crypto for the write code; node:tty, node:os for chalk; the prompts and holiday libraries, ~3 MB)
 * loaded at start. They are left to the main build's files instead: import('./atomic.js') in src/store/ loads
 * dist/store/atomic.js, and so on.
 */
const APART = {
  './atomic.js': 'src/store/atomic.ts',
  './chalk-lib.js': 'src/ui/chalk-lib.ts',
  './inquirer-lib.js': 'src/ui/inquirer-lib.ts',
  './holidays-lib.js': 'src/store/holidays-lib.ts',
};
const leftApart = (names) => ({
  name: 'left-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/[\w-]+\.js$/ }, (args) => {
      if (args.kind !== 'dynamic-import' || !names.includes(args.path)) return undefined;
      const source = APART[args.path];
      return { path: `./${source.slice('src/'.length).replace(/\.ts$/, '.js')}`, external: true };
    });
  },
});

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildCli();
