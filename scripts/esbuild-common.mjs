// What every esbuild bundle of followup needs: CommonJS dependencies (commander)
// use require and __filename, which an ESM bundle must provide.
export const NODE_BANNER = {
  js: [
    "import { createRequire as __createRequire } from 'node:module';",
    "import { fileURLToPath as __fileURLToPath } from 'node:url';",
    'const require = __createRequire(import.meta.url);',
    'const __filename = __fileURLToPath(import.meta.url);',
    "const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));",
  ].join(' '),
};

/**
 * string-width creates an Intl.Segmenter when it is loaded, which costs ~7–12 ms at start-up (ICU's break
 * iterator data), and a regular expression of a Unicode property (~0.4 ms, ICU's sets), although ui/text.ts
 * calls it only for text that is not printable ASCII. This plugin makes both lazy: built on the first call that
 * needs them. When a new string-width no longer has these lines, the build warns and bundles it as it is
 * (test/perf/bundle.test.ts then fails).
 */
export const SEGMENTER_EAGER = 'const segmenter = new Intl.Segmenter();';
export const SEGMENTER_LAZY = 'let lazySegmenter; const segmenter = { segment: (text) => (lazySegmenter ??= new Intl.Segmenter()).segment(text) };';
export const IGNORABLE_EAGER = 'const defaultIgnorableCodePointRegex = /^\\p{Default_Ignorable_Code_Point}$/u;';
export const IGNORABLE_LAZY =
  "let lazyIgnorable; const defaultIgnorableCodePointRegex = { test: (text) => (lazyIgnorable ??= new RegExp('^\\\\p{Default_Ignorable_Code_Point}$', 'u')).test(text) };";
export const lazySegmenterPlugin = {
  name: 'lazy-string-width-segmenter',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      // Older versions (string-width 4, under wrap-ansi) have no segmenter at all.
      if (!source.includes('Intl.Segmenter')) return undefined;
      const missing = [SEGMENTER_EAGER, IGNORABLE_EAGER].filter((line) => !source.includes(line));
      if (missing.length > 0) {
        return { contents: source, loader: 'js', warnings: [{ text: `string-width: no ${missing.join(' nor ')} to make lazy (left as it is)` }] };
      }
      // Functions, not strings: a replacement string reads $' as the text after the match.
      return { contents: source.replace(SEGMENTER_EAGER, () => SEGMENTER_LAZY).replace(IGNORABLE_EAGER, () => IGNORABLE_LAZY), loader: 'js' };
    });
  },
};

/**
 * commander requires node:child_process when it is loaded, for commands that run other executables, which
 * followup has none of; loading it (with net, dgram, streams) cost ~1.5 ms of every start. commander is given
 * a stand-in that loads the real module on first use.
 */
export const lazyChildProcessPlugin = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};
