// What comes in is either taken whole or refused clearly: notes keep their line breaks, names are stored
// composed (NFC) and found however typed; a data file with an out-of-range date or nested thousands of
// levels deep is refused at load by every command (exit 1, one line), as any invalid file is.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tooDeep } from '../../src/store/json-depth.js';
import { json, run, tempDb } from '../helpers/cli.js';
import { bytes, seedDoc } from './fixtures.js';

let t: ReturnType<typeof tempDb>;
beforeEach(() => {
  t = tempDb();
});
afterEach(() => t.cleanup());

describe('text typed in', () => {
  it('a note keeps its line breaks (CRLF stored as LF)', () => {
    expect(run(['add', '--no-input', '--company', 'Acme'], { db: t.db }).code).toBe(0);
    const r = run(['log', '1', 'note', '--json', '--note', 'line one\r\nline two\nline three'], { db: t.db });
    expect(r.code).toBe(0);
    expect((json(r).events as { note?: string }[]).at(-1)!.note).toBe('line one\nline two\nline three');
  });

  it('a decomposed company is stored composed, and found by either form', () => {
    const nfd = 'Cafe\u0301 Nord';
    const r = run(['add', '--no-input', '--json', '--company', nfd], { db: t.db });
    expect(json(r).company).toBe('Café Nord');
    expect(bytes(t.db)!.toString('utf8')).toContain('Café Nord');
    expect(json(run(['show', 'café', '--json'], { db: t.db })).id).toBe('1');
    expect(json(run(['show', 'cafe\u0301 n', '--json'], { db: t.db })).id).toBe('1');
  });

  it('a company stored decomposed (by another tool) is found by a composed prefix', () => {
    const doc = seedDoc({ count: 2, company: (i) => (i === 1 ? 'Société Zed'.normalize('NFD') : 'Other') });
    writeFileSync(t.db, JSON.stringify(doc));
    const r = run(['show', 'socié', '--json'], { db: t.db });
    expect(r.stderr).toBe('');
    expect(json(r).id).toBe('1');
  });
});

/** Every command refuses the file the same way: exit 1, one line naming the file and the problem. */
function expectAllRefuse(problem: RegExp): void {
  for (const args of [['today'], ['status', '--json'], ['export'], ['show', '1', '--json'], ['add', '--no-input', '--company', 'X']]) {
    const r = run(args, { db: t.db });
    expect(r.code, args.join(' ')).toBe(1);
    expect(r.stderr).toContain(t.db);
    expect(r.stderr).toMatch(problem);
    expect(r.stderr).not.toContain('    at ');
    expect(r.stderr).not.toContain('call stack');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  }
  const doctor = run(['doctor', '--json'], { db: t.db });
  expect(doctor.code).toBe(1);
  expect(json(doctor).status).toBe('damaged');
  expect(json(doctor).problem).toMatch(problem);
}

describe('data files that used to pass doctor and break later', () => {
  it('an expectBy of 9999-12-31 is refused at load', () => {
    const doc = seedDoc({ count: 1 });
    (doc.applications[0]!.events[0] as Record<string, unknown>).expectBy = '9999-12-31';
    writeFileSync(t.db, JSON.stringify(doc));
    const before = bytes(t.db)!;
    expectAllRefuse(/not a valid followup data file \(applications\.0\.events\.0\.expectBy: expected a date as YYYY-MM-DD\)/);
    expect(bytes(t.db)!.equals(before)).toBe(true);
  });

  it('JSON nested 5,000 levels under an unknown key is refused at load', () => {
    const doc = seedDoc({ count: 1 });
    const text = JSON.stringify(doc).replace(/}$/, `,"extra":${'['.repeat(5000)}${']'.repeat(5000)}}`);
    writeFileSync(t.db, text);
    expectAllRefuse(/not a valid followup data file \(nested more than 64 levels deep\)/);
    expect(bytes(t.db)!.toString('utf8')).toBe(text);
  });

  it('JSON nested 64 levels under an unknown key is read (only deeper is refused), and kept by a write', () => {
    const doc = seedDoc({ count: 1 });
    const text = JSON.stringify(doc).replace(/}$/, `,"extra":${'['.repeat(60)}1${']'.repeat(60)}}`);
    writeFileSync(t.db, text);
    expect(run(['today'], { db: t.db }).code).toBe(0);
    expect(run(['log', '1', 'note', '--note', 'kept'], { db: t.db }).code).toBe(0);
    expect(readFileSync(t.db, 'utf8')).toContain(`"extra": [`);
  });

  it('an escape sequence in a damaged file reaches the terminal escaped, from today and from doctor', () => {
    writeFileSync(t.db, '\u001b[2J\u001b]0;owned\u0007');
    const today = run(['today'], { db: t.db });
    expect(today.code).toBe(1);
    expect(today.stderr).toContain('is not valid JSON');
    expect(today.stderr).toContain('\\e[2J');
    const doctor = run(['doctor'], { db: t.db });
    expect(doctor.code).toBe(1);
    for (const out of [today.stderr, doctor.stdout, doctor.stderr]) {
      expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    }
  });

  it('depth is counted outside strings only', () => {
    expect(tooDeep(JSON.stringify({ a: '[[[[[[[[{{{{{{{{' }), 3)).toBe(false);
    expect(tooDeep(JSON.stringify({ a: 'x\\"[[[[[' }), 3)).toBe(false);
    expect(tooDeep('[[[[]]]]', 4)).toBe(false);
    expect(tooDeep('[[[[[]]]]]', 4)).toBe(true);
  });
});
