// A plain `followup today` runs without commander (src/quick.ts, dist/morning.cjs), and so does a plain `followup add`
// (src/quick-add.ts, dist/add-main.cjs). They must answer exactly as the full command line does: the same output,
// errors, exit codes and data file, for every shape they take; every other shape goes to the full command line.
// Each case runs both ways: through the bin, and through dist/cli.js's main.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quickToday } from '../../src/quick.js';
import { SWITCHES, VALUE_FLAGS, quickAdd } from '../../src/quick-add.js';
import { type Fx, fixture } from './support.js';

const CLI = resolve(import.meta.dirname, '../../dist/cli.js');

let fx: Fx;
let full: string;
beforeEach(() => {
  fx = fixture('2026-11-20');
  // The full command line alone, as the bin ran it before the quick path.
  full = join(fx.dir, 'full.mjs');
  writeFileSync(full, `const { main } = await import(${JSON.stringify(CLI)});\nawait main(process.argv);\n`);
});
afterEach(() => fx.cleanup());

describe('quickToday takes only the plain shapes', () => {
  it.each([
    [['today'], { globals: { color: true, input: true }, opts: {} }],
    [['--db', 'x.json', '--no-color', 'today', '--json', '--all'], { globals: { db: 'x.json', color: false, input: true }, opts: { json: true, all: true } }],
    [['--no-input', '--debug', 'today', '--as-of', 'fri'], { globals: { color: true, input: false, debug: true }, opts: { asOf: 'fri' } }],
  ])('%j', (args, expected) => {
    expect(quickToday(args)).toEqual(expected);
  });

  it.each([
    [[]],
    [['status']],
    [['today', '--help']],
    [['today', '-h']],
    [['help', 'today']],
    [['today', '--db', 'x.json']],
    [['--db=x.json', 'today']],
    [['--db', 'today']],
    [['--db', '--json', 'today']],
    [['today', '--as-of']],
    [['today', '--as-of', '-2d']],
    [['today', '--as-of=fri']],
    [['today', '--json', '--json']],
    [['today', 'extra']],
    [['today', 'today']],
    [['--', 'today']],
    [['--no-colour', 'today']],
    [['tody']],
  ])('not %j', (args) => {
    expect(quickToday(args)).toBeNull();
  });
});

describe('the quick path answers as the full command line', () => {
  const cases: [string, string[], NodeJS.ProcessEnv?][] = [
    ['an empty file', ['today']],
    ['--json', ['today', '--json']],
    ['--as-of', ['today', '--as-of', 'next fri', '--all']],
    ['a bad --as-of', ['today', '--as-of', '2026-02-30']],
    ['an empty --db', ['--db', '', 'today']],
    ['a folder as --db', ['--db', '/tmp/', 'today']],
    ['a bad FOLLOWUP_NOW', ['today'], { FOLLOWUP_NOW: '2026-13-01' }],
    ['--debug on an error', ['--debug', '--db', '/', 'today']],
    ['colour forced', ['today'], { FORCE_COLOR: '1' }],
    ['colour forced, --no-color', ['--no-color', 'today'], { FORCE_COLOR: '1' }],
  ];

  it.each(cases)('%s', (_label, args, env) => {
    fx.ok(['add', '--company', 'Café “Zoë”', '--role', 'Backend Engineer', '--stage', 'interview', '--date', '2026-11-10']);
    fx.ok(['add', '--company', '東京 Corp', '--date', '2026-11-02', '--expect-by', '2026-11-30']);
    const quick = fx.run(args, { env });
    const slow = fx.run(args, { env, bin: full });
    expect({ ...quick, stderr: quick.stderr.replace(/\n\s+at .*/g, '') }).toEqual({ ...slow, stderr: slow.stderr.replace(/\n\s+at .*/g, '') });
  });

  it('a data file that is not one fails the same way', () => {
    writeFileSync(fx.db, '{"schemaVersion": 3, "applications": 1}');
    const quick = fx.run(['today']);
    expect(quick.code).toBe(1);
    expect(quick).toEqual(fx.run(['today'], { bin: full }));
  });
});

describe('quickAdd takes only the plain shapes', () => {
  it.each([
    [['add'], { globals: { color: true, input: true }, opts: { calls: true } }],
    [['--db', 'x.json', '--no-input', 'add', '--company', 'Acme', '--json'], { globals: { db: 'x.json', color: true, input: false }, opts: { calls: true, company: 'Acme', json: true } }],
    [['add', '--no-input', '--company', 'X', '--db', 'x.json'], { globals: { db: 'x.json', color: true, input: false }, opts: { calls: true, company: 'X' } }],
    [
      ['--no-color', '--debug', 'add', '--company', '', '--expect-by', 'fri', '--channel', 'email', '--no-calls', '--thanked', '--round', '2'],
      { globals: { color: false, input: true, debug: true }, opts: { calls: false, company: '', expectBy: 'fri', channel: 'email', thanked: true, round: '2' } },
    ],
  ])('%j', (args, expected) => {
    expect(quickAdd(args)).toEqual(expected);
  });

  it.each([
    [[]],
    [['today']],
    [['add', '--help']],
    [['add', '-h']],
    [['help', 'add']],
    [['add', '--company=Acme']],
    [['add', '--company']],
    [['add', '--company', '-x']],
    [['add', '--company', 'A', '--company', 'B']],
    [['add', '--channel', 'fax']],
    [['--no-color', 'add', '--no-color']],
    [['add', '--db']],
    [['add', '--db', '--json']],
    [['--db', 'add', 'today']],
    [['--company', 'X', 'add']],
    [['add', 'Acme']],
    [['add', 'add']],
    [['add', '--compny', 'A']],
    [['add', '--', '--company']],
    [['--', 'add']],
    [['ad']],
    [['add', '--constructor', 'x']],
  ])('not %j', (args) => {
    expect(quickAdd(args)).toBeNull();
  });
});

describe("quickAdd's flags are add's flags in commander (src/cli/add.ts)", () => {
  it('every flag commander defines for add is taken by quickAdd with the same kind (value or switch), and no other', async () => {
    const { buildProgram } = await import('../../src/cli.js');
    const add = buildProgram().commands.find((c) => c.name() === 'add')!;
    for (const o of add.options) {
      const flag = o.long!;
      if (o.required) {
        const v = o.argChoices?.[0] ?? 'v';
        expect(quickAdd(['add', flag, v])?.opts[o.attributeName()], flag).toBe(v);
      } else {
        const parsed = quickAdd(['add', flag]);
        expect(parsed, flag).not.toBeNull();
        expect(parsed!.opts[o.attributeName()], flag).toBe(!o.negate);
      }
    }
    // And nothing commander does not know: a flag quickAdd took alone would be accepted here and refused there.
    const known = new Set(add.options.map((o) => o.long));
    for (const flag of [...Object.keys(VALUE_FLAGS), ...Object.keys(SWITCHES)]) expect(known.has(flag), flag).toBe(true);
    expect(Object.keys(VALUE_FLAGS).length + Object.keys(SWITCHES).length).toBe(add.options.length);
  });
});

describe('add answers as the full command line', () => {
  const cases: [string, string[], NodeJS.ProcessEnv?][] = [
    ['a plain add', ['add', '--no-input', '--company', 'Acme']],
    ['every kind of flag, --json', ['--no-color', 'add', '--company', 'Beta', '--role', 'Dev', '--stage', 'interview', '--round', '2', '--date', '2026-11-18', '--expect-by', 'fri', '--cue', 'neutral', '--thanked', '--no-calls', '--note', 'hi', '--json']],
    ['an invitation', ['add', '--company', 'Gamma', '--stage', 'screen', '--invited', 'mon', '--channel', 'email', '--email', 'a@b.c']],
    ['no --company', ['add', '--no-input']],
    ['no --company, --no-input before add', ['--no-input', 'add']],
    ['global flags after add', ['add', '--company', 'X', '--no-color', '--debug'], { FORCE_COLOR: '1' }],
    ['--db after add, empty', ['add', '--company', 'X', '--db', '']],
    ['an empty --company', ['add', '--company', '']],
    ['--thanked on an application', ['add', '--company', 'X', '--thanked']],
    ['a contact, --json', ['add', '--company', 'X', '--contact', 'Ann', '--phone', '+1 555', '--url', 'https://x.example', '--json']],
    ['a bad --stage', ['add', '--company', 'X', '--stage', 'nope']],
    ['--round without an interview', ['add', '--company', 'X', '--round', '2']],
    ['a mistyped flag', ['add', '--compny', 'X']],
    ['a flag without its value', ['add', '--company']],
    ['a bad --channel', ['add', '--company', 'X', '--invited', 'mon', '--channel', 'fax']],
    ['an extra argument', ['add', 'Acme', '--company', 'X']],
    ['an unknown global flag', ['--bogus', 'add', '--company', 'X']],
    ['--help', ['add', '--help']],
    ['-h', ['--no-input', 'add', '-h']],
    ['-V after add', ['add', '-V']],
    ['--debug on a bad date', ['--debug', 'add', '--company', 'X', '--date', '2026-02-30']],
    ['--db with the path given', ['--db', '', 'add', '--company', 'X']],
    ['a bad FOLLOWUP_NOW', ['add', '--company', 'X'], { FOLLOWUP_NOW: '2026-13-01' }],
    ['colour forced', ['add', '--company', 'X'], { FORCE_COLOR: '1' }],
  ];

  it.each(cases)('%s', (_label, args, env) => {
    fx.ok(['add', '--company', 'Café “Zoë”', '--role', 'Backend Engineer', '--stage', 'interview', '--date', '2026-11-10']);
    const seed = readFileSync(fx.db);
    const again = () => {
      writeFileSync(fx.db, seed);
      for (const beside of ['.bak', '.journal']) rmSync(`${fx.db}${beside}`, { force: true });
    };
    const clean = (r: ReturnType<Fx['run']>) => ({ ...r, stderr: r.stderr.replace(/\n\s+at .*/g, '') });
    again();
    const own = clean(fx.run(args, { env }));
    const ownData = readFileSync(fx.db, 'utf8');
    again();
    const slow = clean(fx.run(args, { env, bin: full }));
    expect(own).toEqual(slow);
    expect(ownData).toBe(readFileSync(fx.db, 'utf8'));
  });
});
