// The esbuild bundle in dist/ (or another folder: buildCli(outdir), as test/perf does). Split into chunks:
// every command's code, the prompts and the rarely used libraries are loaded with import() only by the
// command that needs them (splitting is what turns those import() calls into separate files). Measured
// against one bundle without splitting, splitting starts faster: a single file parses everything.
// A plain `followup today` goes another way (src/quick.ts): quick.cjs, small, reads the arguments, prints the
// kept list when there is one, else loads morning.cjs, the whole morning list in one file without commander, both
// built apart and unsplit: loading two dozen chunks cost ~10 ms more than one file with the same code. A plain
// `followup add` goes the same way to add-main.cjs (src/quick-add.ts), everything add does in one file.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
    // A build's identity, part of every key of the view cache (src/store/view-cache.ts): another build may answer differently.
    define: { __FOLLOWUP_BUILD__: JSON.stringify(buildId()) },
  };
  const cjs = { ...common, banner: {}, format: 'cjs' };
  // import(x) becomes Promise.resolve().then(() => require(x)).
  const unsplit = { ...cjs, supported: { 'dynamic-import': false } };
  const [main] = await Promise.all([
    // What morning.cjs and add-main.cjs load with import() are entries of their own here, so that they can leave them out.
    build({ ...common, entryPoints: ['src/cli.ts', ...Object.values(APART)].map((e) => resolve(ROOT, e)), outdir, splitting: true }),
    // Unsplit: quick.cjs, morning.cjs and add-main.cjs are one file each, with no chunk to load beside them.
    // CommonJS, for bin/followup.js (CommonJS too, see bin/package.json): Node 20 starts a CommonJS file ~4 ms
    // sooner than an ES module, and its require('node:fs') costs nothing where an import of it costs ~1 ms. A plain
    // today or add never starts Node's ES module loader: quick.cjs compiles the other two with V8's code cache
    // (src/cli/code-cache.ts), and prints a kept list itself (cli/kept-today.ts). chalk is bundled into quick.cjs,
    // evaluated only when there may be colour.
    // No banner: CommonJS has its own require.
    build({ ...cjs, entryPoints: [resolve(ROOT, 'src/quick.ts')], outfile: resolve(outdir, 'quick.cjs') }),
    // Both are compiled with V8's code cache (src/cli/code-cache.ts), which in Node 20 leaves a script no way to
    // import(): what they load lazily is required instead, from CommonJS copies of the APART files (below).
    build({ ...unsplit, entryPoints: [resolve(ROOT, 'src/morning.ts')], outfile: resolve(outdir, 'morning.cjs'), plugins: [...common.plugins, leftApart(Object.keys(APART))] }),
    // add always writes: the write code (atomic.js) is part of it.
    build({ ...unsplit, entryPoints: [resolve(ROOT, 'src/add-main.ts')], outfile: resolve(outdir, 'add-main.cjs'), plugins: [...common.plugins, leftApart(Object.keys(APART).filter((k) => k !== './atomic.js'))] }),
    ...Object.values(APART).map((source) =>
      // No source map: the ES copies have one, and these would add ~7 MB of maps for the same libraries.
      build({ ...cjs, sourcemap: false, entryPoints: [resolve(ROOT, source)], outfile: resolve(outdir, source.slice('src/'.length).replace(/\.ts$/, '.cjs')) }),
    ),
  ]);
  return main;
}

/** A hash of what goes into the build: every source file, the build's own scripts, the package and the locked dependencies. */
export function buildId() {
  const hash = createHash('sha256');
  const files = [
    ...readdirSync(resolve(ROOT, 'src'), { recursive: true })
      .map((f) => join('src', f))
      .filter((f) => f.endsWith('.ts')),
    ...['build.mjs', 'esbuild-common.mjs'].map((f) => join('scripts', f)),
  ].sort();
  for (const f of [...files, 'package.json', 'package-lock.json']) hash.update(`${f}\0`).update(readFileSync(resolve(ROOT, f))).update('\0');
  return hash.digest('hex').slice(0, 32);
}

/**
 * Unsplit, esbuild would put what morning.cjs and add-main.cjs load with import() into them, with their static
 * imports (node:crypto for the write code; node:tty, node:os for chalk; the prompts and holiday libraries, ~3 MB)
 * loaded at start. They are left to files of their own instead, CommonJS copies beside the main build's: import('./atomic.js')
 * in src/store/ loads dist/store/atomic.cjs, and so on.
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
      return { path: `./${source.slice('src/'.length).replace(/\.ts$/, '.cjs')}`, external: true };
    });
  },
});

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildCli();
