// DESIGN.md "Fast start": the everyday commands (today, status, add, log, done, show, draft, edit, rm) load
// only what they use.
// Builds the CLI as scripts/build.mjs does, into a temporary folder, then follows the static
// `import … from "./chunk-…"` graph from dist/cli.js and from each command's own chunk: no file reached may
// hold a rarely used library or module. What a chunk holds is read from its source map (the `sources` esbuild
// records), not from strings in the code: the CLI itself names some of those libraries' errors.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript build scripts, no types
import { buildCli } from '../../scripts/build.mjs';
// @ts-expect-error: plain JavaScript build scripts, no types
import { IGNORABLE_EAGER, SEGMENTER_EAGER, lazySegmenterPlugin } from '../../scripts/esbuild-common.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

/** Libraries and modules that only their own command may load (with import()). */
const RARE = [
  'node_modules/@inquirer/',
  'node_modules/csv-parse/',
  'node_modules/csv-stringify/',
  'node_modules/date-holidays',
  'node_modules/@bomb.sh/tab/',
  'node_modules/ical.js/',
  'node_modules/date-fns/',
  'src/ui/prompts.ts',
  'src/ui/csv.ts',
  'src/ui/ics.ts',
  'src/store/lock.ts',
  'src/store/journal.ts',
  'src/commands/completion.ts',
];

/** Static imports of a chunk: `import {…} from "./x.js"` and `import "./x.js"` (not `import("./x.js")`). */
const STATIC_IMPORT = /(?:^|[\n;])\s*import\s*(?:[\w*${}\s,]+\s*from\s*)?["'](\.\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.\/[^"']+)["']\s*\)/g;

let dist: string;
const read = (file: string) => readFileSync(join(dist, file), 'utf8');
const staticImports = (file: string) => [...read(file).matchAll(STATIC_IMPORT)].map((m) => m[1]!.slice(2));

function staticClosure(...starts: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...starts];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    todo.push(...staticImports(file));
  }
  return seen;
}

/** The sources esbuild bundled into a chunk, from its linked source map. */
/** What a CommonJS bundle requires besides Node's own modules. */
function requires(file: string): string[] {
  const lazy = new Set(lazyRequires(file));
  return [...read(file).matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!).filter((m) => !m.startsWith('node:') && !lazy.has(m));
}

/** What it requires only when asked: esbuild's form of an import() in a bundle that may hold none (code-cache.ts). */
function lazyRequires(file: string): string[] {
  return [...read(file).matchAll(/Promise\.resolve\(\)\.then\(\(\) => __toESM\(require\("([^"]+)"\)/g)].map((m) => m[1]!).filter((m) => !m.startsWith('node:'));
}

function sourcesOf(file: string): string[] {
  const map = JSON.parse(read(`${file}.map`)) as { sources: string[] };
  return map.sources.map((s) => s.replace(/\\/g, '/'));
}

/** The chunk a command's action loads with import(): named after src/commands/<name>.ts. */
function commandChunk(name: string): string {
  const dynamic = [...staticClosure('cli.js')].flatMap((f) => [...read(f).matchAll(DYNAMIC_IMPORT)].map((m) => m[1]!.slice(2)));
  const found = dynamic.filter((f) => new RegExp(`^${name}-[A-Z0-9]+\\.js$`).test(f));
  expect(found, `one chunk for the ${name} command`).toHaveLength(1);
  return found[0]!;
}

function rareIn(files: Iterable<string>): string[] {
  const hits: string[] = [];
  for (const f of files) for (const s of sourcesOf(f)) if (RARE.some((r) => s.includes(r))) hits.push(`${f}: ${s}`);
  return hits;
}

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'followup-bundle-'));
  await buildCli(dist);
}, 60_000);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('the bundle loads rare modules only with import()', () => {
  it('the graph is read right: cli.js has static chunks, and the source maps name real sources', () => {
    expect(existsSync(join(dist, 'cli.js'))).toBe(true);
    const reached = staticClosure('cli.js');
    expect(reached.size).toBeGreaterThan(1);
    const all = [...reached].flatMap(sourcesOf);
    expect(all.some((s) => s.includes('node_modules/commander/'))).toBe(true);
    expect(all.some((s) => s.endsWith('src/cli.ts'))).toBe(true);
    // The guard sees a rare library where it is: the chunks of every file hold them somewhere.
    const everything = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    for (const rare of ['node_modules/@inquirer/', 'node_modules/csv-parse/', 'node_modules/date-holidays/', 'src/ui/prompts.ts']) {
      expect(everything.some((f) => sourcesOf(f).some((s) => s.includes(rare))), rare).toBe(true);
    }
  });

  for (const command of ['today', 'status', 'add', 'log', 'done', 'show', 'draft', 'edit', 'rm']) {
    it(`\`${command}\` reaches none of them statically`, () => {
      expect(rareIn(staticClosure('cli.js', commandChunk(command)))).toEqual([]);
    });
  }
});

describe('the morning list (src/quick.ts) loads two small files and no rare module', () => {
  it('quick.cjs requires morning.cjs only to work the list out; morning.cjs, one file, holds no commander and no rare module', () => {
    // CommonJS, one file each: quick.cjs requires Node's own modules, and the list's or add's bundle when it runs them.
    // It compiles the other two itself, with V8's code cache (src/cli/code-cache.ts).
    expect(requires('quick.cjs')).toEqual([]);
    expect(read('quick.cjs')).toContain('bundle("morning.cjs")');
    expect(read('quick.cjs')).toContain('bundle("add-main.cjs", ADD_BUILTINS)');
    expect(requires('morning.cjs')).toEqual([]);
    const sources = sourcesOf('morning.cjs');
    expect(sources.some((s) => s.endsWith('src/commands/today.ts'))).toBe(true);
    expect(sources.filter((s) => s.includes('node_modules/commander/'))).toEqual([]);
    // chalk is loaded with import(), from the main build's files, only when there may be colour; the list
    // writes nothing, so the write code is not there at all.
    expect(sources.filter((s) => s.includes('node_modules/chalk/') || s.endsWith('src/store/atomic.ts'))).toEqual([]);
    // Compiled with V8's code cache, which in Node 20 cannot import(): it requires a CommonJS copy of chalk.
    expect(lazyRequires('morning.cjs')).toEqual(['./ui/chalk-lib.cjs']);
    expect(read('morning.cjs')).not.toMatch(/\bimport\(/);
    expect(read('morning.cjs')).not.toContain('atomic.');
    expect(existsSync(join(dist, 'ui/chalk-lib.cjs'))).toBe(true);
    expect(rareIn(['morning.cjs'])).toEqual([]);
  });

  it("quick.cjs, which reads back a kept list (cli/kept-today.ts), holds none of the list's own code", () => {
    const sources = sourcesOf('quick.cjs');
    expect(sources.some((s) => s.endsWith('src/cli/kept-today.ts'))).toBe(true);
    const heavy = ['src/core/rules.ts', 'src/core/advise.ts', 'src/ui/render-today.ts', 'src/store/schema.ts', 'node_modules/valibot/', 'node_modules/commander/', 'node_modules/string-width/'];
    expect(sources.filter((s) => heavy.some((h) => s.includes(h)))).toEqual([]);
    expect(rareIn(['quick.cjs'])).toEqual([]);
  });
});

describe('a plain add (src/quick-add.ts) runs from one file with no commander and no rare library', () => {
  it('add-main.cjs, one file, holds the write code and leaves the libraries apart', () => {
    expect(requires('add-main.cjs')).toEqual([]);
    const sources = sourcesOf('add-main.cjs');
    for (const inside of ['src/commands/add.ts', 'src/store/lock.ts', 'src/store/journal.ts', 'src/store/atomic.ts']) {
      expect(sources.some((s) => s.includes(inside)), inside).toBe(true);
    }
    expect(sources.filter((s) => s.includes('node_modules/commander/'))).toEqual([]);
    // The prompts' own code is small and comes with add (a terminal asks); their library, and the holidays', do not.
    const writes = ['src/store/lock.ts', 'src/store/journal.ts', 'src/ui/prompts.ts'];
    expect(rareIn(['add-main.cjs']).filter((hit) => !writes.some((w) => hit.endsWith(w)))).toEqual([]);
    expect(lazyRequires('add-main.cjs').sort()).toEqual(['./store/holidays-lib.cjs', './ui/chalk-lib.cjs', './ui/inquirer-lib.cjs']);
    expect(read('add-main.cjs')).not.toMatch(/\bimport\(/);
    // Each CommonJS copy holds its library and gives what its ES twin gives.
    const load = createRequire(import.meta.url);
    const names = (apart: string) => Object.entries(load(join(dist, apart)) as object).filter(([, v]) => typeof v === 'function').map(([k]) => k).sort();
    expect(names('ui/inquirer-lib.cjs')).toEqual(['confirm', 'input', 'select']);
    expect(names('store/holidays-lib.cjs')).toEqual(['Holidays']);
    expect(names('ui/chalk-lib.cjs')).toEqual(['chalk']);
  });
});

describe('commander gets node:child_process only when it runs an executable (never)', () => {
  it('loading cli.js loads no node:child_process', () => {
    const file = 'cli.js';
    const url = pathToFileURL(join(dist, file)).href;
    const code = `await import(${JSON.stringify(url)}); console.log(process.moduleLoadList.filter((m) => /child_process/.test(m)).join(','));`;
    const p = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    expect(p.stderr).toBe('');
    expect(p.stdout.trim()).toBe('');
  });
});

describe('string-width costs nothing until it measures non-ASCII text', () => {
  it("the build makes its Intl.Segmenter and its Unicode property's expression lazy, and widths are still right", async () => {
    const out = join(dist, 'text-check.mjs');
    await build({
      stdin: { contents: "export { width, cutTo } from './src/ui/text.ts';", resolveDir: ROOT, sourcefile: 'entry.ts', loader: 'ts' },
      outfile: out,
      bundle: true,
      format: 'esm',
      platform: 'node',
      logLevel: 'silent',
      plugins: [lazySegmenterPlugin],
    });
    const code = readFileSync(out, 'utf8');
    expect(code).toContain('Intl.Segmenter');
    expect(code).not.toContain(SEGMENTER_EAGER.replace('const ', 'var '));
    expect(code).not.toContain(SEGMENTER_EAGER);
    expect(code).toContain('Default_Ignorable_Code_Point');
    expect(code).not.toContain(IGNORABLE_EAGER.replace('const ', 'var '));
    expect(code).not.toContain('defaultIgnorableCodePointRegex = new RegExp');
    const { width, cutTo } = (await import(out)) as { width(t: string): number; cutTo(t: string, n: number): string };
    expect(width('abc')).toBe(3);
    expect(width('古い')).toBe(4);
    expect(width('👍🏽')).toBe(2);
    // A soft hyphen and a word joiner take no room.
    expect(width('a\u00adb\u2060c')).toBe(3);
    expect(cutTo('古い古い', 5)).toBe('古い…');
  });
});
