// Node 20 has no compile cache (bin/followup.js turns on module.enableCompileCache where it exists, Node ≥ 22.1).
// The one-file bundles quick.ts loads, morning.cjs and add-main.cjs (~170 kB), are compiled here with V8's code
// cache instead, kept in the cache folder (store/cache-file.ts): the first run after a build compiles them as Node
// would and, as it ends, keeps what V8 compiled by then; the runs after it start from that, with the functions
// they call already compiled (~5 ms of a plain `followup add` at 1,000 applications).
// V8 checks a code cache against its own version, its flags and the length of the source, not its text: the cache
// file's head ties it to this build (a hash of the sources), Node's version, and the bundle's size and time. A
// cache V8 rejects, or none, costs nothing more than the usual compile.
// The bundles hold no import(): Node 20 loses the dynamic import callback of a script compiled from a code cache,
// so scripts/build.mjs makes their lazily loaded libraries CommonJS files of their own, loaded with require.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname } from 'node:path';
import { Script } from 'node:vm';
import { BUILD, readCacheFile, writeCacheFile } from '../store/cache-file.js';

/** require(file) for a CommonJS bundle, compiled with the code cache kept in `dir` (none: compiled as usual). */
export function requireCached(file: string, dir: string | undefined): unknown {
  const source = readFileSync(file, 'utf8');
  const { size, mtimeMs } = statSync(file);
  const name = `code.${basename(file)}`;
  const made = JSON.stringify([BUILD, process.version, process.arch, size, mtimeMs]);
  const kept = dir === undefined ? null : readCacheFile(dir, name);
  const cachedData = kept !== null && (kept.head as { made?: unknown } | null)?.made === made ? kept.body : undefined;
  // Node's own CommonJS wrapper, so that line numbers stay the file's.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n});`, { filename: file, cachedData });
  if (dir !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) {
    process.once('exit', () => {
      const code = script.createCachedData();
      writeCacheFile(dir, name, { made }, (fd) => writeFileSync(fd, code));
    });
  }
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}
