// CLI.md `undo` and `redo`, end to end against the built bin. FOLLOWUP_NOW is Fri 2026-11-20.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fx, describeRun, expectOneErrorLine, fixture } from './support.js';

let fx: Fx;
beforeEach(() => {
  fx = fixture();
});
afterEach(() => fx.cleanup());

const bytes = () => (existsSync(fx.db) ? readFileSync(fx.db, 'utf8') : null);
const journal = () => `${fx.db}.journal`;

/** Every command that writes, each run on a file holding two applications (#1 Acme, #2 Beta). */
const WRITERS: [string, string[], RegExp][] = [
  ['add', ['add', '--company', 'Gamma', '--role', 'Dev'], /^Added #3 Gamma$/],
  ['log', ['log', 'acme', 'call', '--cue', 'neutral'], /^Logged call to Acme on Fri 20 Nov$/],
  ['done', ['done', '1'], /^Logged email to Acme on Fri 20 Nov$/],
  ['edit', ['edit', 'beta', '--role', 'Platform', '--email', 'ann@beta.test'], /^Edited #2 Beta: role 'Dev' → 'Platform', email 'ann@beta.test'$/],
  ['edit --event', ['edit', '1', '--event', '1', '--date', '2026-11-09'], /^Corrected event 1 of #1 Acme: date Tue 10 Nov → Mon 9 Nov$/],
  ['rm', ['rm', '1', '--yes'], /^Deleted #1 Acme$/],
  ['rm --event', ['rm', 'beta', '--event', '2', '--yes'], /^Removed event 2 of #2 Beta: call on Thu 12 Nov$/],
  ['config', ['config', 'minDaysBetweenFollowUps', '5'], /^Set minDaysBetweenFollowUps to 5$/],
  ['config --reset', ['config', '--reset', 'pipelineMin'], /^Reset pipelineMin to its default$/],
  ['import', ['import', 'IMPORT'], /^Added 2 applications \(#3 Delta, #4 Epsilon\)$/],
];

function seed(): void {
  fx.add('Acme', ['--date', '2026-11-10']);
  fx.add('Beta', ['--role', 'Dev', '--date', '2026-11-09']);
  fx.okWarned(['log', 'beta', 'call', '--date', '2026-11-12']);
  fx.ok(['config', 'pipelineMin', '4']);
}

describe('undo after each writing command', () => {
  it.each(WRITERS)('%s: undo puts the file back byte for byte, redo puts the change back', (_name, args, summary) => {
    seed();
    const csv = join(fx.dir, 'in.csv');
    writeFileSync(csv, 'company,role,date\nDelta,Dev,2026-11-02\nEpsilon,QA,2026-11-03\n');
    const argv = args.map((a) => (a === 'IMPORT' ? csv : a));
    const before = bytes();
    fx.okWarned(argv);
    const after = bytes();
    expect(after).not.toBe(before);

    const list = fx.json(['undo', '--list']);
    expect(list.undo[0].summary).toMatch(summary);
    const r = fx.ok(['undo', '--yes']);
    expect(r.stdout.trim().replace(/^Undid: /, '')).toMatch(summary);
    expect(bytes()).toBe(before);

    const again = fx.ok(['redo']);
    expect(again.stdout.trim().replace(/^Redid: /, '')).toMatch(summary);
    expect(bytes()).toBe(after);
  });
});

describe('undo', () => {
  it('takes back one change at a time, newest first, and says which', () => {
    fx.add('Acme');
    const one = bytes();
    fx.okWarned(['log', '1', 'call']);
    const two = bytes();
    fx.ok(['log', '1', 'note', '--note', 'sent the sample']);
    expect(fx.ok(['undo', '--yes']).stdout).toBe('Undid: Logged note on Acme on Fri 20 Nov\n');
    expect(bytes()).toBe(two);
    expect(fx.ok(['undo', '-y']).stdout).toBe('Undid: Logged call to Acme on Fri 20 Nov\n');
    expect(bytes()).toBe(one);
    expect(fx.json(['undo', '--yes'])).toEqual({ undone: { summary: 'Added #1 Acme', at: expect.any(String) } });
    const none = fx.run(['undo', '--yes']);
    expect(none.code, describeRun(['undo'], none)).toBe(1);
    expect(none.stderr).toMatch(/^followup: nothing to undo/);
  });

  it('--dry-run shows what it would take back and writes nothing', () => {
    fx.add('Acme');
    fx.okWarned(['log', '1', 'call']);
    const data = bytes();
    const j = readFileSync(journal(), 'utf8');
    const r = fx.ok(['undo', '--dry-run']);
    expect(r.stdout).toMatch(/^Would undo: Logged call to Acme on Fri 20 Nov \(made .+\)\n$/);
    expect(fx.json(['undo', '--dry-run']).undo.summary).toBe('Logged call to Acme on Fri 20 Nov');
    expect(bytes()).toBe(data);
    expect(readFileSync(journal(), 'utf8')).toBe(j);
    expect(existsSync(`${fx.db}.lock`)).toBe(false);
  });

  it('without a terminal and without --yes is a usage error naming --yes, and writes nothing', () => {
    fx.add('Acme');
    const data = bytes();
    const r = fx.usage(['undo']);
    expect(r.stderr).toContain('--yes');
    expect(r.stderr).toContain('Added #1 Acme');
    expect(bytes()).toBe(data);
  });

  it('--list shows what it can take back, newest first, and what redo can put back', () => {
    expect(fx.ok(['undo', '--list']).stdout).toBe('Nothing to undo.\n');
    fx.add('Acme');
    fx.add('Beta');
    fx.ok(['config', 'pipelineMin', '4']);
    fx.ok(['undo', '--yes']);
    const lines = fx.ok(['undo', '--list']).stdout.split('\n');
    expect(lines[0]).toBe('Undo can take back, newest first:');
    expect(lines[1]).toMatch(/^ +1 {2}\w{3} \d+ \w{3} \d\d:\d\d +Added #2 Beta$/);
    expect(lines[2]).toMatch(/^ +2 {2}.* Added #1 Acme$/);
    expect(lines[3]).toBe('Redo can put back, next first:');
    expect(lines[4]).toMatch(/^ +1 {2}.* Set pipelineMin to 4$/);
    const doc = fx.json(['undo', '--list']);
    expect(doc.undo.map((e: { summary: string }) => e.summary)).toEqual(['Added #2 Beta', 'Added #1 Acme']);
    expect(doc.redo.map((e: { summary: string }) => e.summary)).toEqual(['Set pipelineMin to 4']);
    expect(doc.usable).toBe(true);
  });

  it('refuses, exit 1, over a data file edited by hand, and writes nothing', () => {
    fx.add('Acme');
    const edited = bytes()!.replace('"Acme"', '"Acme Corp"');
    writeFileSync(fx.db, edited);
    const r = fx.run(['undo', '--yes']);
    expect(r.code).toBe(1);
    expectOneErrorLine(r.stderr);
    expect(r.stderr).toContain('was changed outside followup');
    expect(bytes()).toBe(edited);
    expect(fx.json(['undo', '--list']).usable).toBe(false);
  });

  it('records every one of concurrent writers, in the order they wrote, and takes each back', async () => {
    fx.add('Seed');
    const seeded = bytes();
    const runs = await Promise.all(['A', 'B', 'C', 'D', 'E', 'F'].map((c) => fx.runAsync(['add', '--company', c])));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const order = JSON.parse(bytes()!).applications.slice(1).map((a: { id: string; company: string }) => `Added #${a.id} ${a.company}`);
    expect(fx.json(['undo', '--list']).undo.slice(0, 6).map((e: { summary: string }) => e.summary)).toEqual(order.reverse());
    for (let i = 0; i < 6; i++) fx.ok(['undo', '--yes']);
    expect(bytes()).toBe(seeded);
  });

  it('keeps its journal 0600 beside the data file', () => {
    fx.add('Acme');
    expect(statSync(journal()).mode & 0o777).toBe(0o600);
  });
});

describe('redo', () => {
  it('puts back what undo took back, repeatedly, until a new change empties it', () => {
    fx.add('Acme');
    const one = bytes();
    fx.add('Beta');
    const two = bytes();
    fx.ok(['undo', '--yes']);
    fx.ok(['undo', '--yes']);
    expect(fx.ok(['redo', '--dry-run']).stdout).toMatch(/^Would redo: Added #1 Acme/);
    expect(fx.ok(['redo']).stdout).toBe('Redid: Added #1 Acme\n');
    expect(bytes()).toBe(one);
    expect(fx.json(['redo']).redone.summary).toBe('Added #2 Beta');
    expect(bytes()).toBe(two);
    fx.ok(['undo', '--yes']);
    fx.add('Gamma');
    const r = fx.run(['redo']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^followup: nothing to redo/);
  });
});
