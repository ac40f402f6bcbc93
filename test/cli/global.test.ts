// CLI.md "Everywhere": help and version, where the data file lives, the clock, colour, --json, errors,
// exit codes and prompts, end to end through the built bin.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, json, run, runAsync } from '../helpers/cli.js';
import { ESC, type Fx, describeRun, expectOneErrorLine, fixture } from './support.js';

const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };

/** script(1) runs a command on a pseudo-terminal: stdin and stdout are TTYs unless redirected in `tail`. */
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

/** Runs `followup ...args` on a terminal; `tail` is appended to the shell line (e.g. '> out.txt'). Output is the terminal's. */
function onTty(fx: Fx, args: string[], env: Record<string, string | undefined>, tail = ''): string {
  const cmd = `${[process.execPath, BIN, ...args].map((a) => `'${a}'`).join(' ')} ${tail}; echo "rc=$?"`;
  const e: NodeJS.ProcessEnv = { ...process.env, FOLLOWUP_DB: fx.db, FOLLOWUP_NOW: '2026-11-20', TERM: 'xterm', SHELL: '/bin/sh' };
  delete e.NO_COLOR;
  delete e.FORCE_COLOR;
  const p = spawnSync('script', ['-qec', cmd, '/dev/null'], { env: { ...e, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000 });
  return p.stdout;
}

let fx: Fx;
beforeEach(() => {
  fx = fixture();
});
afterEach(() => fx.cleanup());

describe('--help and --version', () => {
  it('--help lists every command and exits 0', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['add', 'log', 'done', 'today', 'status', 'show', 'edit', 'rm', 'import', 'export', 'draft', 'config']) {
      expect(r.stdout, cmd).toMatch(new RegExp(`^\\s+${cmd}\\b`, 'm'));
    }
    expect(r.stdout).toContain('--db');
    expect(r.stderr).toBe('');
  });

  it("--version prints package.json's version and exits 0", () => {
    const r = run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it("a command's --help exits 0 and names its flags", () => {
    const r = run(['add', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--company', '--role', '--stage', '--round', '--date', '--expect-by', '--invited', '--cue', '--deadline', '--no-calls']) {
      expect(r.stdout).toContain(flag);
    }
  });
});

describe('where the data file lives', () => {
  let home: string;
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'followup-home-'));
  });
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  const envWith = (extra: Record<string, string | undefined>) => ({ HOME: home, XDG_DATA_HOME: undefined, FOLLOWUP_DB: undefined, ...extra });
  const companies = (r: ReturnType<typeof run>) => (json(r).applications as { company: string }[]).map((a) => a.company);

  it('defaults to $HOME/.local/share/followup/followup.json when XDG_DATA_HOME is unset: file 0600, folder 0700', () => {
    const env = envWith({});
    const r = run(['add', '--company', 'Acme'], { env });
    expect(r.code, describeRun(['add'], r)).toBe(0);
    const file = join(home, '.local', 'share', 'followup', 'followup.json');
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(home, '.local', 'share', 'followup')).mode & 0o777).toBe(0o700);
    expect(companies(run(['status', '--json'], { env }))).toEqual(['Acme']);
  });

  it('uses $XDG_DATA_HOME/followup/followup.json when it is set', () => {
    const xdg = join(home, 'xdg');
    const env = envWith({ XDG_DATA_HOME: xdg });
    expect(run(['add', '--company', 'Beta'], { env }).code).toBe(0);
    expect(existsSync(join(xdg, 'followup', 'followup.json'))).toBe(true);
    expect(existsSync(join(home, '.local'))).toBe(false);
    expect(companies(run(['status', '--json'], { env }))).toEqual(['Beta']);
  });

  it('FOLLOWUP_DB wins over XDG_DATA_HOME, and --db (before or after the command) wins over FOLLOWUP_DB', () => {
    const xdg = join(home, 'xdg');
    const fromEnv = join(home, 'env.json');
    const fromFlag = join(home, 'flag.json');
    const env = envWith({ XDG_DATA_HOME: xdg, FOLLOWUP_DB: fromEnv });
    expect(run(['add', '--company', 'EnvCo'], { env }).code).toBe(0);
    expect(existsSync(fromEnv)).toBe(true);
    expect(existsSync(xdg)).toBe(false);

    expect(run(['--db', fromFlag, 'add', '--company', 'FlagCo'], { env }).code).toBe(0);
    expect(run(['add', '--company', 'FlagCo2', '--db', fromFlag], { env }).code).toBe(0);
    expect(companies(run(['status', '--json', '--db', fromFlag], { env }))).toEqual(['FlagCo', 'FlagCo2']);
    expect(companies(run(['status', '--json'], { env }))).toEqual(['EnvCo']);
    expect(existsSync(xdg)).toBe(false);
  });

  it('read-only commands never create the file or its folder', async () => {
    const db = join(home, 'nested', 'deeper', 'followup.json');
    const env = envWith({});
    const calls: [string[], number][] = [
      [['today'], 0],
      [['today', '--json'], 0],
      [['status'], 0],
      [['status', '--all', '--json'], 0],
      [['show', '1'], 2],
      [['show', 'acme', '--json'], 2],
      [['draft', '1'], 2],
      [['config'], 0],
      [['config', 'thankYou'], 0],
      [['config', 'holidays', '--json'], 0],
      // Bad input to writing commands writes nothing either.
      [['log', '1', 'note'], 2],
      [['done', '1'], 2],
      [['add', '--company', 'Acme', '--date', 'someday'], 2],
      [['edit', '1', '--role', 'x'], 2],
      [['rm', '1', '--yes'], 2],
    ];
    const results = await Promise.all(calls.map(([args]) => runAsync(['--db', db, ...args], { env })));
    results.forEach((r, i) => expect(r.code, describeRun(calls[i]![0], r)).toBe(calls[i]![1]));
    // And without --db: the default location under HOME is not made either.
    const r = run(['today'], { env });
    expect(r.code).toBe(0);
    expect(existsSync(join(home, 'nested'))).toBe(false);
    expect(existsSync(join(home, '.local'))).toBe(false);
  });
});

describe('the clock', () => {
  it('FOLLOWUP_NOW fixes today for writing and reading commands', () => {
    const now = '2026-11-18';
    const app = fx.json(['add', '--company', 'Acme'], { now });
    expect(app.events).toEqual([{ type: 'applied', date: now }]);
    // Applied on Wed 11-18: five business days later is Wed 11-25.
    expect(app.next).toMatchObject({ action: 'wait', due: '2026-11-25', then: 'email' });
    const today = fx.json(['today'], { now });
    expect(today.asOf).toBe(now);
    expect(fx.json(['status'], { now: '2026-11-25' }).asOf).toBe('2026-11-25');
    expect(fx.json(['today'], { now: '2026-11-25' }).items[0]).toMatchObject({ action: 'email', due: '2026-11-25' });
  });

  it('a FOLLOWUP_NOW that is not a date is a usage error naming it', () => {
    const r = fx.run(['today'], { now: 'tomorrow' });
    expect(r.code).toBe(2);
    expectOneErrorLine(r.stderr);
    expect(r.stderr).toContain('FOLLOWUP_NOW');
  });

  it('--as-of gives the advice of another day on today and status, in every date form', () => {
    fx.add('Acme', ['--date', '2026-11-03']);
    const before = fx.json(['today', '--as-of', '2026-11-06']);
    expect(before.asOf).toBe('2026-11-06');
    expect(before.items[0]).toMatchObject({ action: 'wait', due: '2026-11-10', then: 'email' });
    const status = fx.json(['status', '--as-of', '2026-11-10']);
    expect(status.asOf).toBe('2026-11-10');
    expect(status.applications[0].next).toMatchObject({ action: 'email', due: '2026-11-10' });
    // A bare weekday looks back: on Wed 11-18, `fri` is 11-13, `last fri` too, `-1w` is 11-11.
    expect(fx.json(['today', '--as-of', 'fri'], { now: '2026-11-18' }).asOf).toBe('2026-11-13');
    expect(fx.json(['status', '--as-of', 'last fri'], { now: '2026-11-18' }).asOf).toBe('2026-11-13');
    expect(fx.json(['today', '--as-of', '-1w'], { now: '2026-11-18' }).asOf).toBe('2026-11-11');
    const bad = fx.usage(['today', '--as-of', 'someday']);
    expect(bad.stderr).toContain('--as-of');
    expect(bad.stderr).toContain('YYYY-MM-DD');
  });
});

describe('colour', () => {
  const noColourEnv = { NO_COLOR: undefined, FORCE_COLOR: undefined };
  beforeEach(() => {
    fx.add('Acme', ['--stage', 'interview', '--date', '2026-11-18']);
  });

  it('is off when piped, with NO_COLOR, and with --no-color; FORCE_COLOR=1 turns it on', async () => {
    const [piped, noColor, flag, forced, forcedStatus, forcedShow] = await Promise.all([
      fx.runAsync(['today'], { env: noColourEnv }),
      fx.runAsync(['today'], { env: { NO_COLOR: '1', FORCE_COLOR: undefined } }),
      fx.runAsync(['today', '--no-color'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }),
      fx.runAsync(['today'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }),
      fx.runAsync(['status'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }),
      fx.runAsync(['show', '1'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }),
    ]);
    for (const r of [piped, noColor, flag, forced, forcedStatus, forcedShow]) expect(r.code).toBe(0);
    expect(piped.stdout).toContain('Acme');
    expect(piped.stdout).not.toMatch(ESC);
    expect(noColor.stdout).not.toMatch(ESC);
    expect(flag.stdout).toContain('Acme');
    expect(flag.stdout).not.toMatch(ESC);
    expect(forced.stdout).toMatch(ESC);
    expect(forcedStatus.stdout).toMatch(ESC);
    expect(forcedShow.stdout).toMatch(ESC);
  });

  it('--json never carries colour, even when forced', () => {
    const r = fx.run(['today', '--json'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ESC);
    expect(json(r).items).toHaveLength(1);
  });

  it.skipIf(!hasScript)('on a terminal it is on, and NO_COLOR or --no-color turn it off (through script(1))', () => {
    const tty = onTty(fx, ['today'], {});
    expect(tty).toContain('Acme');
    expect(tty).toMatch(ESC);
    const off = onTty(fx, ['today'], { NO_COLOR: '1' });
    expect(off).toContain('Acme');
    expect(off).not.toMatch(ESC);
    const flag = onTty(fx, ['today', '--no-color'], {});
    expect(flag).toContain('Acme');
    expect(flag).not.toMatch(ESC);
  });
});

describe('--json', () => {
  it('prints exactly one JSON document on stdout and nothing else, on every command that prints', () => {
    const commands: string[][] = [
      ['add', '--company', 'Acme', '--role', 'Engineer', '--stage', 'interview', '--date', '2026-11-18'],
      ['add', '--company', 'Beta', '--date', '2026-11-02'],
      ['log', '1', 'thanks', '--date', '2026-11-18'],
      ['done', '2', '--date', '2026-11-20'],
      ['today'],
      ['today', '--as-of', '2026-11-25'],
      ['status'],
      ['status', '--all'],
      ['show', '1'],
      ['draft', '1'],
      ['edit', '1', '--role', 'Staff Engineer'],
      ['config'],
      ['config', 'pipelineMin'],
      ['config', 'pipelineMin', '4'],
      ['config', '--reset', 'pipelineMin'],
      ['rm', '2', '--yes'],
    ];
    for (const args of commands) {
      const full = [...args, '--json'];
      const r = fx.run(full);
      expect(r.code, describeRun(full, r)).toBe(0);
      expect(r.stderr, describeRun(full, r)).toBe('');
      expect(r.stdout, describeRun(full, r)).not.toMatch(ESC);
      expect(() => JSON.parse(r.stdout), describeRun(full, r)).not.toThrow();
      expect(r.stdout.trimEnd().endsWith('}') || r.stdout.trimEnd().endsWith(']'), describeRun(full, r)).toBe(true);
      expect(r.stdout.trimStart()[0], describeRun(full, r)).toMatch(/[{[]/);
    }
  });

  it('gives ids as strings and dates as YYYY-MM-DD', () => {
    const app = fx.json(['add', '--company', 'Acme', '--stage', 'interview', '--date', 'mon', '--expect-by', 'fri']);
    expect(app.id).toBe('1');
    expect(typeof fx.json(['add', '--company', 'Beta']).id).toBe('string');
    const today = fx.json(['today']);
    expect(today.items.map((i: { id: unknown }) => typeof i.id)).toEqual(['string', 'string']);
    const status = fx.json(['status']);
    expect(status.applications.map((a: { id: unknown }) => a.id).sort()).toEqual(['1', '2']);
    const day = /^\d{4}-\d{2}-\d{2}$/;
    expect(app.events[0].date).toMatch(day);
    expect(app.events[0].expectBy).toBe('2026-11-20'); // the Friday after Monday's interview
    for (const item of today.items) expect(item.due).toMatch(day);
    for (const a of status.applications) expect(a.lastContact).toMatch(day);
  });
});

describe('errors and exit codes', () => {
  it('usage errors exit 2 with one line on stderr, no stack trace, and nothing on stdout', async () => {
    fx.add('Acme');
    const cases: [string[], RegExp][] = [
      [['frobnicate'], /frobnicate/],
      [['today', '--bogus'], /--bogus/],
      [['add', '--company', 'X', '--date', '2026-02-30'], /--date.*YYYY-MM-DD/],
      [['add', '--company', 'X', '--expect-by', 'soon'], /--expect-by/],
      [['add', '--company', 'X', '--stage', 'hired'], /--stage/],
      [['add', '--company', 'X', '--cue', 'great'], /--cue/],
      [['show', '42'], /42/],
      [['log', '1', 'party'], /party/],
      [['log', '1'], /event/],
      [['log', '1', 'delay', '--until', 'whenever'], /--until/],
      [['done', 'zzz'], /zzz/],
    ];
    const results = await Promise.all(cases.map(([args]) => fx.runAsync(args)));
    results.forEach((r, i) => {
      const [args, pattern] = cases[i]!;
      expect(r.code, describeRun(args, r)).toBe(2);
      expectOneErrorLine(r.stderr);
      expect(r.stderr, describeRun(args, r)).toMatch(pattern);
      expect(r.stdout, describeRun(args, r)).toBe('');
    });
    // Nothing was written by any of them.
    expect(fx.json(['show', '1']).events).toHaveLength(1);
    expect(fx.json(['status']).applications).toHaveLength(1);
  });

  it('an invalid data file fails with exit 1 and one line; --debug adds the stack trace', async () => {
    writeFileSync(fx.db, '{"schemaVersion": 2, "applications": [oops');
    const [plain, asJson, writing, debug] = await Promise.all([
      fx.runAsync(['today']),
      fx.runAsync(['status', '--json']),
      fx.runAsync(['add', '--company', 'Acme']),
      fx.runAsync(['today', '--debug']),
    ]);
    for (const r of [plain, asJson, writing]) {
      expect(r.code).toBe(1);
      expectOneErrorLine(r.stderr);
      expect(r.stderr).toContain(fx.db);
      expect(r.stdout).toBe('');
    }
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/\n\s+at /);
    expect(debug.stderr).toMatch(/^followup: .+$/m);
    // The damaged file is left as it was.
    expect(readFileSync(fx.db, 'utf8')).toBe('{"schemaVersion": 2, "applications": [oops');
  });

  it('a data file that is JSON but not a followup file also fails with exit 1', () => {
    writeFileSync(fx.db, '[1, 2, 3]\n');
    const r = fx.run(['status']);
    expect(r.code).toBe(1);
    expectOneErrorLine(r.stderr);
  });

  it('success exits 0', () => {
    expect(fx.run(['today']).code).toBe(0);
    expect(fx.run(['add', '--company', 'Acme']).code).toBe(0);
    expect(fx.run(['show', 'acme']).code).toBe(0);
  });
});

describe('prompts', () => {
  it('never happen without a TTY: `add` with no flags is a usage error naming --company, at once', async () => {
    const started = Date.now();
    const [piped, closed] = await Promise.all([
      fx.runAsync(['add']),
      Promise.resolve(fx.run(['add'], { input: 'Acme\nEngineer\n' })),
    ]);
    expect(Date.now() - started).toBeLessThan(15_000);
    for (const r of [piped, closed]) {
      expect(r.code).toBe(2);
      expectOneErrorLine(r.stderr);
      expect(r.stderr).toContain('--company');
      expect(r.stdout).toBe('');
    }
    expect(existsSync(fx.db)).toBe(false);
  });

  it.skipIf(!hasScript)('on a terminal, --no-input or a redirected stdout turn prompts off: usage errors, no hang', () => {
    fx.add('Acme');
    const out = join(fx.dir, 'out.txt');
    const redirected = onTty(fx, ['add'], {}, `> '${out}'`);
    expect(redirected).toMatch(/followup: .*--company/);
    expect(redirected).toContain('rc=2');
    expect(readFileSync(out, 'utf8')).toBe('');
    const noInput = onTty(fx, ['--no-input', 'add'], {});
    expect(noInput).toMatch(/followup: .*--company/);
    expect(noInput).toContain('rc=2');
    const edit = onTty(fx, ['--no-input', 'edit', '1'], {});
    expect(edit).toMatch(/followup: .*--role/);
    expect(edit).toContain('rc=2');
    const rm = onTty(fx, ['rm', '1', '--no-input'], {});
    expect(rm).toMatch(/followup: .*--yes/);
    expect(rm).toContain('rc=2');
    expect(fx.json(['status']).applications).toHaveLength(1);
  });

  it('--no-input is accepted and changes nothing when flags are given', () => {
    const app = fx.json(['--no-input', 'add', '--company', 'Acme']);
    expect(app.company).toBe('Acme');
    const r = fx.run(['--no-input', 'add']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--company');
  });
});
