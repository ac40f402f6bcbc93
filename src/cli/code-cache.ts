// Node 20 has no compile cache (Node ≥ 22.1 has module.enableCompileCache, which bin/followup.js turns on, and
// there the bundles are required as usual). On Node 20, the one-file bundles quick.ts loads, morning.cjs and
// add-main.cjs (~170 kB), are compiled here with V8's code cache, kept in the cache folder (store/cache-file.ts):
// the first run after a build compiles them as Node would and, as it ends well, keeps what V8 compiled by then;
// the runs after it start from that, with the functions they call already compiled (~6 ms of a plain `add`).
// V8 checks a code cache against its own version and flags and the source's length, not its text, and without
// checking its bytes unless told to (cli/tiering.ts tells it): the kept file holds the very source it was compiled
// from, compared byte for byte with the bundle read now, which is the text compiled. A cache V8 rejects, or none,
// costs nothing more than the usual compile.
// The bundles hold no import(): Node 20 loses the dynamic import callback of a script compiled from a code cache,
// so scripts/build.mjs makes their lazily loaded libraries CommonJS files of their own, loaded with require.
import { readFileSync, writeFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { createRequire } from 'node:module';
import { basename, dirname } from 'node:path';
import { Script } from 'node:vm';
import { BUILD, readCacheFile, writeCacheFile } from '../store/cache-file.js';

/** require(file) for a CommonJS bundle, compiled with the code cache kept in `dir` where that helps. */
export function requireCached(file: string, dir: string | undefined): unknown {
  const local = createRequire(file);
  // Node's own compile cache, or source maps for stack traces (--enable-source-maps), which a vm.Script has not.
  const usual = dir === undefined || 'enableCompileCache' in nodeModule || process.sourceMapsEnabled;
  if (usual) return local(file);
  const source = readFileSync(file);
  const name = `code.${basename(file)}`;
  const made = JSON.stringify([BUILD, process.version, process.arch]);
  const kept = readCacheFile(dir, name);
  const head = kept?.head as { made?: unknown; source?: unknown } | null | undefined;
  const fits = kept && head?.made === made && head.source === source.length && kept.body.subarray(0, source.length).equals(source);
  const cachedData = fits ? kept.body.subarray(source.length) : undefined;
  // Node's own CommonJS wrapper, so that line numbers stay the file's.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source.toString('utf8')}\n});`, { filename: file, cachedData });
  if (cachedData === undefined || script.cachedDataRejected === true) {
    process.once('exit', (code) => {
      // A run that failed may have compiled little of what the next one needs.
      if (code !== 0) return;
      const compiled = script.createCachedData();
      writeCacheFile(dir, name, { made, source: source.length }, (fd) => {
        writeFileSync(fd, source);
        writeFileSync(fd, compiled);
      });
    });
  }
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, local, module, file, dirname(file));
  return module.exports;
}
