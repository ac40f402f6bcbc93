// Issue 9, help that teaches (CLI.md "Commands", first paragraph, and its last line): examples at the end of
// every --help, the nearest command for a typo, errors that point to the command's help, and `followup`
// alone when not on a terminal (the terminal cases are in test/interactive/help-tty.test.ts).
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';
import { type Fx, expectOneErrorLine, fixture } from './support.js';

const COMMANDS = ['add', 'log', 'done', 'today', 'status', 'show', 'draft', 'edit', 'rm', 'config', 'import', 'export', 'doctor', 'completion', 'help'];

let fx: Fx;
beforeAll(() => {
  fx = fixture();
});
afterAll(() => fx.cleanup());

/** The example command lines at the end of a help text. */
function examples(help: string): string[] {
  const at = help.lastIndexOf('\nExamples:\n');
  expect(at, 'an Examples: section').toBeGreaterThan(0);
  return help
    .slice(at)
    .split('\n')
    .filter((l) => /^ {2}followup\b/.test(l));
}

describe('every --help ends with examples', () => {
  it.each(COMMANDS)('%s --help: two or three examples, last', (cmd) => {
    const r = fx.ok([cmd, '--help']);
    const list = examples(r.stdout);
    expect(list.length).toBeGreaterThanOrEqual(2);
    expect(list.length).toBeLessThanOrEqual(3);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^ {2}(followup|    )/);
  });

  it("'followup help log' is 'followup log --help', on stdout, exit 0", () => {
    expect(fx.ok(['help', 'log']).stdout).toBe(fx.ok(['log', '--help']).stdout);
  });

  it("the examples of others' new commands are in the table too: undo, redo, edit --event, log call --no-answer, config country", async () => {
    const { EXAMPLES } = await import('../../src/cli/examples.js');
    for (const name of ['undo', 'redo', 'completion']) expect(EXAMPLES[name]!.length, name).toBeGreaterThanOrEqual(2);
    const all = Object.values(EXAMPLES).flat().map((e) => e.run);
    expect(all).toContain('followup edit acme --event 2 --date 2026-11-16');
    expect(all).toContain('followup log acme call --no-answer');
    expect(all).toContain('followup config country US');
  });

  it('at 60 columns (COLUMNS when piped) every help line fits, and long examples continue with a backslash', () => {
    for (const cmd of ['add', 'log', 'completion', 'today']) {
      const out = fx.ok([cmd, '--help'], { env: { COLUMNS: '60' } }).stdout;
      for (const line of out.split('\n')) expect(stringWidth(line), `${cmd}: ${line}`).toBeLessThanOrEqual(60);
    }
    expect(fx.ok(['add', '--help'], { env: { COLUMNS: '60' } }).stdout).toMatch(/ \\\n {6}\S/);
  });
});

describe('unknown commands', () => {
  it.each([
    [['tody'], 'today'],
    [['stauts'], 'status'],
    [['shwo', '3'], 'show'],
    [['--db', '/tmp/x.json', 'lgo'], 'log'],
  ])('%j suggests %s and exits 2', (args, near) => {
    const r = fx.usage(args);
    expect(r.stderr).toContain(`did you mean ${near}?`);
    expect(r.stdout).toBe('');
  });

  it('help UNKNOWN: the same, exit 2', () => {
    const r = fx.usage(['help', 'tody']);
    expect(r.stderr).toBe("followup: unknown command 'tody' (did you mean today?); see 'followup help' for the commands\n");
  });

  it('a word close to nothing gets no suggestion, still exit 2', () => {
    expect(fx.usage(['xyzzy']).stderr).not.toContain('did you mean');
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('%s, a name every object has, is an unknown command too', (word) => {
    expect(fx.usage([word]).stderr).toMatch(new RegExp(`^followup: unknown command '${word}'`));
  });
});

describe("usage errors inside a command point to 'followup help <command>'", () => {
  it.each([
    [['log'], 'log', /missing required argument 'id'/],
    [['today', '--jsn'], 'today', /unknown option '--jsn' \(did you mean --json\?\)/],
    [['completion', 'tcsh'], 'completion', /tcsh/],
  ])('%j', (args, cmd, what) => {
    const r = fx.usage(args);
    expectOneErrorLine(r.stderr);
    expect(r.stderr).toMatch(what);
    expect(r.stderr).toContain(`see 'followup help ${cmd}'`);
  });
});

describe('followup with no command, not on a terminal', () => {
  it('prints the usage on stdout and exits 0, data or not', () => {
    const empty = run([], { db: `${fx.dir}/none.json` });
    expect(empty.code).toBe(0);
    expect(empty.stdout).toMatch(/^Usage: followup/);
    expect(empty.stderr).toBe('');
    fx.add('Acme');
    const some = fx.run([]);
    expect(some.code).toBe(0);
    expect(some.stdout).toMatch(/^Usage: followup/);
  });
});
