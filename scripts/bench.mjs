// npm run bench: start-up and the common commands at 0, 1,000 and 10,000 applications, each timed
// alternately with a bare `node -e 0` (A/B interleaved, so that a busy machine slows both alike), then
// the medians, the ratio to node's, and from separate runs the CPU time (user+system) and peak memory (max RSS).
//   BENCH_RUNS=N   timed pairs per command (default 12, after 2 warm-up pairs)
//   BENCH_ONLY=re  only the commands whose label matches
// The data files are written by scripts/bench-data.ts through the store's own API (bundled here with esbuild).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { buildId } from './build.mjs';
import { NODE_BANNER } from './esbuild-common.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'followup.js');
const RUNS = Number(process.env.BENCH_RUNS) || 12;
const WARMUP = 2;
const TODAY = '2026-11-20';
const ONLY = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;

if (!existsSync(join(ROOT, 'dist', 'cli.js'))) {
  console.error("bench: dist/cli.js is missing; run 'npm run build' (or 'npm run bench', which builds first)");
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'followup-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

// The generator, bundled like the CLI (CommonJS dependencies of the store need require), as the same build: the
// journal it leaves beside the file is then the one this followup would have left.
const generator = join(work, 'bench-data.mjs');
await build({
  entryPoints: [join(ROOT, 'scripts', 'bench-data.ts')],
  outfile: generator,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.17',
  logLevel: 'warning',
  banner: NODE_BANNER,
  define: { __FOLLOWUP_BUILD__: JSON.stringify(buildId()) },
});

const files = {};
for (const n of [0, 1000, 10000]) {
  files[n] = join(work, `apps-${n}.json`);
  const made = spawnSync(process.execPath, [generator, files[n], String(n), TODAY], { encoding: 'utf8' });
  if (made.status !== 0) {
    console.error(`bench: generating ${n} applications failed:\n${made.stderr}`);
    process.exit(1);
  }
}

const env = { ...process.env, FOLLOWUP_NOW: TODAY, NO_COLOR: '1', HOME: work, XDG_DATA_HOME: work, XDG_CACHE_HOME: join(work, 'cache') };
delete env.FOLLOWUP_NO_CACHE;
delete env.FORCE_COLOR;
delete env.FOLLOWUP_DB;

/**
 * A command of the table; `fresh` copies the data file before each run (commands that write), with the undo journal
 * the store keeps beside it (as after any change made with followup: the generator made one), or without it when
 * `fresh` is 'bare' (the first change after the file was edited by hand or restored); `first` forgets the kept
 * answers before each run (store/view-cache.ts): the first `today` or `status` after the file changed, which works
 * the answer out and keeps it. Without `first`, the answer kept by the run before is read back, as at every shell
 * start-up between two changes.
 */
const table = [
  { label: '--version', n: 0, args: ['--version'], target: 1.15 },
  { label: 'today (empty)', n: 0, args: ['today'], target: 1.15 },
  { label: 'today, 1,000', n: 1000, args: ['today'], target: 1.3 },
  { label: 'today, 1,000, first', n: 1000, args: ['today'], first: true },
  { label: 'today, 10,000', n: 10000, args: ['today'], target: 2.5 },
  { label: 'today, 10,000, first', n: 10000, args: ['today'], first: true },
  { label: 'today --json, 10,000', n: 10000, args: ['today', '--json'] },
  { label: 'add --no-input, 1,000', n: 1000, args: ['add', '--no-input', '--company', 'X'], fresh: true, target: 1.5 },
  { label: 'add, 1,000, no journal', n: 1000, args: ['add', '--no-input', '--company', 'X'], fresh: 'bare' },
  { label: 'status --json, 10,000', n: 10000, args: ['status', '--json'], target: 3 },
  { label: 'status --json, 10k, first', n: 10000, args: ['status', '--json'], first: true },
  { label: 'status, 10,000', n: 10000, args: ['status'] },
  { label: 'export, 10,000', n: 10000, args: ['export'] },
].filter((c) => !ONLY || ONLY.test(c.label));

// A command that writes gets a fresh folder with a copy of the data file and its journal each run (the backup and
// the lock start from nothing again).
const freshDir = join(work, 'fresh');
const cacheDir = join(work, 'cache');
function prepare(c) {
  // Only the kept answers: the compiled code kept beside them (cli/code-cache.ts) stays, as it does after a change.
  if (c.first) for (const view of ['today', 'status']) rmSync(join(cacheDir, 'followup', view), { force: true });
  if (!c.fresh) return files[c.n];
  rmSync(freshDir, { recursive: true, force: true });
  mkdirSync(freshDir);
  const copy = join(freshDir, 'followup.json');
  copyFileSync(files[c.n], copy);
  if (c.fresh !== 'bare') copyFileSync(`${files[c.n]}.journal`, `${copy}.journal`);
  return copy;
}

function run(argv, extraEnv = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, { env: { ...env, ...extraEnv }, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`followup ${argv.slice(1).join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}
const baseline = () => run(['-e', '0']);
const command = (c) => run([BIN, ...c.args], { FOLLOWUP_DB: prepare(c) });

// Every command must work on its data before it is timed: a failing command is fast, and meaningless.
for (const c of table) {
  const out = spawnSync(process.execPath, [BIN, ...c.args], { env: { ...env, FOLLOWUP_DB: prepare(c) }, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (out.status !== 0 || out.stdout.trim() === '') {
    console.error(`bench: 'followup ${c.args.join(' ')}' failed on ${c.n} applications:\n${out.stderr}`);
    process.exit(1);
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// Peak memory and CPU time: a preload records the process's own max RSS and user+system CPU when it exits.
// These runs are apart from the timed ones (the preload costs a little); their CPU time says the same on a busy
// machine, where wall times stretch with the load.
const hook = join(work, 'usage.mjs');
const usageFile = join(work, 'usage.txt');
writeFileSync(
  hook,
  `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { const r = process.resourceUsage(); writeFileSync(${JSON.stringify(usageFile)}, r.maxRSS + ' ' + (r.userCPUTime + r.systemCPUTime)); });\n`,
);
function usage(argv, extraEnv = () => ({})) {
  let mib = 0;
  const cpu = [];
  for (let i = 0; i < 5; i++) {
    run(['--import', `file://${hook}`, ...argv], extraEnv());
    const [rss, us] = readFileSync(usageFile, 'utf8').split(' ').map(Number);
    mib = Math.max(mib, rss / 1024);
    cpu.push(us / 1000);
  }
  return { mib, cpu: median(cpu) };
}


console.log(`followup bench: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? '?'}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`${RUNS} timed pairs per command (+${WARMUP} warm-up), each run of the command alternating with \`node -e 0\`\n`);

const started = Date.now();
const rows = [];
for (const c of table) {
  const a = [];
  const b = [];
  for (let i = -WARMUP; i < RUNS; i++) {
    // Alternate which goes first, so neither always runs right after the other's cache effects.
    let tBase;
    let tCmd;
    if (i % 2) {
      tBase = baseline();
      tCmd = command(c);
    } else {
      tCmd = command(c);
      tBase = baseline();
    }
    if (i >= 0) a.push(tBase), b.push(tCmd);
  }
  const node = median(a);
  const ms = median(b);
  rows.push({ ...c, node, ms, ratio: ms / node, ...usage([BIN, ...c.args], () => ({ FOLLOWUP_DB: prepare(c) })) });
}
const bare = usage(['-e', '0']);

const pad = (s, n) => String(s).padStart(n);
console.log(`${'command'.padEnd(24)} ${pad('median ms', 10)} ${pad('node ms', 8)} ${pad('× node', 7)} ${pad('target', 8)} ${pad('CPU ms', 7)} ${pad('× node', 7)} ${pad('max RSS', 8)}`);
for (const r of rows) {
  const target = r.target === undefined ? '' : `≤${r.target}${r.ratio <= r.target ? ' ✓' : ' ✗'}`;
  console.log(
    `${r.label.padEnd(24)} ${pad(r.ms.toFixed(1), 10)} ${pad(r.node.toFixed(1), 8)} ${pad(`${r.ratio.toFixed(2)}×`, 7)} ${pad(target, 8)} ${pad(r.cpu.toFixed(0), 7)} ${pad(`${(r.cpu / bare.cpu).toFixed(2)}×`, 7)} ${pad(`${r.mib.toFixed(0)} MiB`, 8)}`,
  );
}
console.log(`${'node -e 0'.padEnd(24)} ${pad('', 10)} ${pad('', 8)} ${pad('', 7)} ${pad('', 8)} ${pad(bare.cpu.toFixed(0), 7)} ${pad('', 7)} ${pad(`${bare.mib.toFixed(0)} MiB`, 8)}`);
console.log("\n'first': the first run after the data file changed, which works the answer out (its kept answer forgotten before\neach run; the compiled code stays). The others read back the answer the run before kept for the same bytes, day and\noptions (src/store/view-cache.ts). Every row runs with the code cache (src/cli/code-cache.ts) its warm-up runs kept.");
console.log(`\n${((Date.now() - started) / 1000).toFixed(0)} s; load at the end ${loadavg().map((l) => l.toFixed(2)).join(' ')}. Peak memory target: ≤150 MiB at 10,000.`);
if (loadavg()[0] > cpus().length) console.log('The machine was busy (load above its CPU count): wall times stretch with it; the CPU columns less so.');
