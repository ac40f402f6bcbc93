// V8's code cache for the one-file bundles (src/cli/code-cache.ts): a plain `add` or `today` keeps what V8 compiled
// in the cache folder and starts from it the next time. A kept file that is used stays as it is; one that is not
// (missing, another build's or source's, damaged, not this user's own) is written again, under a new inode.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run, tempDb } from '../helpers/cli.js';

let t: ReturnType<typeof tempDb>;
let cache: string;
let env: NodeJS.ProcessEnv;
const code = (bundle: string) => join(cache, 'followup', `code.${bundle}.cjs`);
const inode = (file: string) => statSync(file).ino;
const add = (company: string, extra: string[] = [], more: NodeJS.ProcessEnv = {}) =>
  run(['add', '--no-input', '--company', company, '--date', '2026-11-10', ...extra], { db: t.db, env: { ...env, ...more } });

/** The kept file's head line, the source it holds, and V8's code after it. */
function kept(bundle: string): { head: { made: string; source: number }; source: Buffer; compiled: Buffer } {
  const file = readFileSync(code(bundle));
  const eol = file.indexOf(10);
  const head = JSON.parse(file.toString('utf8', 0, eol));
  return { head, source: file.subarray(eol + 1, eol + 1 + head.source), compiled: file.subarray(eol + 1 + head.source) };
}

function keep(bundle: string, head: unknown, ...parts: Buffer[]): number {
  writeFileSync(code(bundle), Buffer.concat([Buffer.from(`${JSON.stringify(head)}\n`), ...parts]), { mode: 0o600 });
  return inode(code(bundle));
}

beforeEach(() => {
  t = tempDb();
  cache = mkdtempSync(join(tmpdir(), 'followup-codecache-'));
  env = { XDG_CACHE_HOME: cache };
});
afterEach(() => {
  t.cleanup();
  rmSync(cache, { recursive: true, force: true });
});

describe('the code cache', () => {
  it('a plain add keeps its compiled code, private, and the next add starts from it', () => {
    expect(add('Acme').code).toBe(0);
    expect(statSync(code('add-main')).mode & 0o777).toBe(0o600);
    const { head, source, compiled } = kept('add-main');
    expect(JSON.parse(head.made)).toEqual([expect.stringMatching(/^[0-9a-f]{32}$/), process.version, process.arch]);
    expect(source.equals(readFileSync(join(import.meta.dirname, '../../dist/add-main.cjs')))).toBe(true);
    expect(compiled.length).toBeGreaterThan(10_000);
    const ino = inode(code('add-main'));
    const second = add('Beta');
    expect(second).toMatchObject({ code: 0, stderr: '' });
    expect(second.stdout).toContain('Added #2 Beta');
    expect(inode(code('add-main'))).toBe(ino);
  });

  it('the morning list keeps its own, and prints the same list from it', () => {
    add('Acme');
    const first = run(['today', '--all'], { db: t.db, env });
    expect(existsSync(code('morning'))).toBe(true);
    const ino = inode(code('morning'));
    // --all and then the plain list: two different lists, both worked out (no kept answer for either yet).
    const again = run(['today'], { db: t.db, env });
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(inode(code('morning'))).toBe(ino);
    expect(run(['today', '--all'], { db: t.db, env: { ...env, FOLLOWUP_NO_CACHE: '1' } }).stdout).toBe(first.stdout);
  });

  it('code compiled from the cache still loads what it loads lazily: colour (chalk), and a country\'s holidays', () => {
    add('Acme');
    const ino = inode(code('add-main'));
    const coloured = add('Beta', [], { FORCE_COLOR: '1', NO_COLOR: undefined });
    expect(coloured).toMatchObject({ code: 0, stderr: '' });
    expect(coloured.stdout).toContain('\u001b[');
    expect(run(['config', 'country', 'US'], { db: t.db, env }).code).toBe(0);
    // A year the file has no holidays for yet: add loads date-holidays to fill it in.
    const far = run(['add', '--no-input', '--company', 'Far', '--stage', 'interview', '--date', '2031-03-03'], { db: t.db, env });
    expect(far).toMatchObject({ code: 0, stderr: '' });
    expect(inode(code('add-main'))).toBe(ino);
    expect(Object.keys(JSON.parse(readFileSync(t.db, 'utf8')).countryHolidays.years)).toContain('2031');
  });

  it('a kept file that is damaged, or made from another source or build, is compiled over and written again', () => {
    add('Acme');
    const { head, source, compiled } = kept('add-main');
    const check = (company: string, ino: number) => {
      expect(add(company)).toMatchObject({ code: 0, stderr: '' });
      expect(inode(code('add-main'))).not.toBe(ino);
      expect(kept('add-main').head).toEqual(head);
    };
    // Bytes of V8's code flipped on disk: without checking them, V8 would crash running them.
    const damaged = Buffer.from(compiled);
    for (let i = 64; i < damaged.length; i += 97) damaged[i] = damaged[i]! ^ 0x5a;
    check('Beta', keep('add-main', head, source, damaged));
    // Another source of the same length (V8 itself compares only the length).
    const other = Buffer.from(source);
    other[other.length - 2] = other[other.length - 2]! ^ 1;
    check('Gamma', keep('add-main', head, other, compiled));
    check('Delta', keep('add-main', { ...head, made: JSON.stringify(['another build', process.version, process.arch]) }, source, compiled));
  });

  it('a run that fails keeps nothing; a temp file a killed run left is removed with the kept answers', () => {
    expect(add('Acme', ['--date', 'someday']).code).toBe(2);
    expect(existsSync(code('add-main'))).toBe(false);
    add('Acme');
    const left = join(cache, 'followup', '.code.add-main.cjs.999999.tmp');
    writeFileSync(left, 'left by a killed run');
    rmSync(t.db);
    run(['today'], { db: t.db, env });
    expect(existsSync(left)).toBe(false);
    expect(existsSync(code('add-main'))).toBe(true);
  });

  it('a kept file others may write to, or a symbolic link, is not read', () => {
    add('Acme');
    chmodSync(code('add-main'), 0o666);
    let ino = inode(code('add-main'));
    expect(add('Beta').code).toBe(0);
    expect(inode(code('add-main'))).not.toBe(ino);
    expect(statSync(code('add-main')).mode & 0o777).toBe(0o600);

    const elsewhere = join(cache, 'elsewhere');
    writeFileSync(elsewhere, readFileSync(code('add-main')), { mode: 0o600 });
    rmSync(code('add-main'));
    symlinkSync(elsewhere, code('add-main'));
    expect(add('Gamma').code).toBe(0);
    // Replaced by a file of its own; what the link pointed at is untouched.
    expect(statSync(code('add-main')).isFile()).toBe(true);
    ino = inode(elsewhere);
    expect(inode(code('add-main'))).not.toBe(ino);
  });

  it('FOLLOWUP_NO_CACHE keeps nothing', () => {
    expect(add('Acme', [], { FOLLOWUP_NO_CACHE: '1' }).code).toBe(0);
    expect(run(['today'], { db: t.db, env: { ...env, FOLLOWUP_NO_CACHE: '1' } }).code).toBe(0);
    expect(existsSync(join(cache, 'followup'))).toBe(false);
  });
});
