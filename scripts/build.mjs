// The esbuild bundle in dist/ (or another folder: buildCli(outdir), as test/perf does). Split into chunks:
// every command's code, the prompts and the rarely used libraries are loaded with import() only by the
// command that needs them (splitting is what turns those import() calls into separate files). Measured
// against one bundle without splitting, splitting starts faster: a single file parses everything.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { NODE_BANNER, lazySegmenterPlugin } from './esbuild-common.mjs';

const ROOT = resolve(import.meta.dirname, '..');

export async function buildCli(outdir = resolve(ROOT, 'dist')) {
  // Chunk names carry content hashes: start empty, or old chunks pile up beside the new ones.
  rmSync(outdir, { recursive: true, force: true });
  return build({
    entryPoints: [resolve(ROOT, 'src/cli.ts')],
    outdir,
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
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildCli();
