// The undo journal on real files in temp folders: round trips to the byte, depth, crashes, hand edits, limits.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Application } from '../../src/core/model.js';
import { FailError } from '../../src/errors.js';
import { DataFile } from '../../src/store/datafile.js';
import { type Entry, MAX_BYTES, MAX_ENTRIES, journalPath, readJournal, trim } from '../../src/store/journal.js';
import type { Data } from '../../src/store/schema.js';
import { updateData } from '../../src/store/store.js';

let dir: string;
let file: string;
const opts = () => ({ file, lockTimeoutMs: 2000 });
const bytes = () => readFileSync(file, 'utf8');

function app(id: string, company: string): Application {
  return { id, company, contact: {}, noCalls: false, events: [{ type: 'applied', date: '2026-11-16' }] };
}

function add(company: string) {
  return updateData(opts(), (d) => {
    const id = String(d.nextId++);
    d.applications.push(app(id, company));
    return id;
  });
}

const undo = () => updateData(opts(), (d, h) => h.undo(d).summary);
const redo = () => updateData(opts(), (d, h) => h.redo(d).summary);

async function journal() {
  return (await readJournal(file)).journal;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'followup-journal-'));
  file = join(dir, 'followup.json');
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

/** Changes of every kind, each returning nothing; the versions of the file after each are compared. */
const CHANGES: [string, (d: Data) => void][] = [
  ['add', (d) => void d.applications.push(app(String(d.nextId++), 'Acme'))],
  ['add another', (d) => void d.applications.push({ ...app(String(d.nextId++), 'Beta'), role: 'Dev', contact: { name: 'Ann' } })],
  ['log', (d) => void d.applications[0]!.events.push({ type: 'call', date: '2026-11-23', cue: 'neutral' })],
  ['edit', (d) => {
    d.applications[1]!.role = 'Platform';
    delete d.applications[1]!.contact.name;
    d.applications[1]!.url = 'https://example.com';
  }],
  ['config', (d) => void (d.settings.country = 'US')],
  ['country holidays', (d) => void (d.countryHolidays = { country: 'US', years: { '2026': ['2026-11-26'] } })],
  ['correct an event', (d) => void (d.applications[0]!.events[0]!.date = '2026-11-12')],
  ['remove an event', (d) => void d.applications[0]!.events.splice(1, 1)],
  ['rm the first', (d) => void d.applications.splice(0, 1)],
  ['reorder', (d) => void d.applications.push(app(String(d.nextId++), 'Gamma'), app(String(d.nextId++), 'Delta'))],
  ['reset', (d) => {
    delete d.settings.country;
    delete d.countryHolidays;
  }],
];

describe('undo and redo', () => {
  it('take back every kind of change to the byte, and put each back to the byte', async () => {
    const versions: string[] = [];
    await add('Zero');
    versions.push(bytes());
    for (const [, change] of CHANGES) {
      await updateData(opts(), change);
      versions.push(bytes());
    }
    for (let i = versions.length - 2; i >= 0; i--) {
      await undo();
      expect(bytes()).toBe(versions[i]);
    }
    for (let i = 1; i < versions.length; i++) {
      await redo();
      expect(bytes()).toBe(versions[i]);
    }
    await expect(redo()).rejects.toThrow(/nothing to redo/);
  });

  it('go back 60 changes and more, one at a time', async () => {
    const versions = [];
    for (let i = 0; i < 60; i++) {
      await add(`Company ${i}`);
      versions.push(bytes());
    }
    expect((await journal()).undo).toHaveLength(60);
    for (let i = 58; i >= 4; i--) {
      await undo();
      expect(bytes()).toBe(versions[i]);
    }
    expect((await journal()).redo).toHaveLength(55);
  });

  it('forget what could be redone when a new change is made', async () => {
    await add('Acme');
    await add('Beta');
    expect(await undo()).toBe('Added #2 Beta');
    expect((await journal()).redo).toHaveLength(1);
    await add('Gamma');
    expect((await journal()).redo).toHaveLength(0);
    await expect(redo()).rejects.toThrow(/nothing to redo/);
    expect(await undo()).toBe('Added #2 Gamma');
  });

  it('records nothing for a transaction that changes nothing, and keeps the redo list', async () => {
    await add('Acme');
    await undo();
    await updateData(opts(), () => undefined);
    expect((await journal()).redo).toHaveLength(1);
    await redo();
  });

  it('keeps a label passed by the command', async () => {
    await updateData({ ...opts(), label: 'Imported 1 application from x.csv' }, (d) => void d.applications.push(app(String(d.nextId++), 'X')));
    expect((await journal()).undo.at(-1)!.summary).toBe('Imported 1 application from x.csv');
  });

  it('keeps an import of thousands small: only their ids until it is undone', async () => {
    await add('First');
    await updateData(opts(), (d) => {
      for (let i = 0; i < 3000; i++) d.applications.push({ ...app(String(d.nextId++), `Company ${i}`), notes: 'x'.repeat(200) });
    });
    const imported = bytes();
    expect(statSync(journalPath(file)).size).toBeLessThan(40_000);
    expect(await undo()).toMatch(/^Added 3000 applications \(#2 Company 0, #3 Company 1, #4 Company 2, …\)$/);
    await redo();
    expect(bytes()).toBe(imported);
  });
});

describe('the journal file', () => {
  it('is 0600 even under umask 000', async () => {
    const old = process.umask(0);
    try {
      await add('Acme');
      await add('Beta');
      await undo();
    } finally {
      process.umask(old);
    }
    expect(statSync(journalPath(file)).mode & 0o777).toBe(0o600);
  });

  it(`keeps at most ${MAX_ENTRIES} changes`, async () => {
    for (let i = 0; i < MAX_ENTRIES + 5; i++) await add(`C${i}`);
    const j = await journal();
    expect(j.undo).toHaveLength(MAX_ENTRIES);
    expect(j.undo.at(-1)!.summary).toBe(`Added #${MAX_ENTRIES + 5} C${MAX_ENTRIES + 4}`);
  });

  it(`stays under ${MAX_BYTES} bytes, the oldest going first`, () => {
    const big = (n: number): Entry => ({
      summary: `#${n}`,
      at: '2026-11-20T10:00:00.000Z',
      before: 'a',
      after: 'b',
      back: { keys: [], top: { blob: 'x'.repeat(1024 * 1024) }, put: [], drop: [] },
    });
    const kept = trim({ undo: Array.from({ length: 12 }, (_, i) => big(i)), redo: [big(100), big(101)] });
    const size = [...kept.undo, ...kept.redo].reduce((n, e) => n + JSON.stringify(e).length, 0);
    expect(size).toBeLessThanOrEqual(MAX_BYTES);
    expect(kept.undo.at(-1)!.summary).toBe('#11');
    expect(kept.redo.map((e) => e.summary)).toEqual(['#100', '#101']);
    expect(kept.undo[0]!.summary).toBe('#7');
  });

  it('when damaged, refuses undo with its path and starts afresh with the next change', async () => {
    await add('Acme');
    writeFileSync(journalPath(file), '{ nope');
    await expect(undo()).rejects.toThrow(/undo journal .*followup\.json\.journal is damaged/);
    await add('Beta');
    expect(await undo()).toBe('Added #2 Beta');
  });
});

describe('crashes and hand edits', () => {
  it('a data write that fails after the journal write leaves the file and the journal as they were, and undo takes back the change before', async () => {
    await add('Acme');
    const before = bytes();
    vi.spyOn(DataFile.prototype, 'write').mockRejectedValueOnce(new Error('killed'));
    await expect(add('Beta')).rejects.toThrow('killed');
    expect(bytes()).toBe(before);
    expect((await journal()).undo.map((e) => e.summary)).toEqual(['Added #1 Acme']);
    expect(await undo()).toBe('Added #1 Acme');
    expect(JSON.parse(bytes()).applications).toEqual([]);
    expect((await journal()).undo).toEqual([]);
  });

  it('a process killed (SIGKILL) between the journal write and the data write: the next undo takes back the change before', async () => {
    await add('Acme');
    const before = bytes();
    // A writer whose data write kills its own process: built from the sources, run as a real process.
    const src = resolve(import.meta.dirname, '../../src/store');
    const script = join(dir, 'killed-writer.mjs');
    await build({
      stdin: {
        contents: [
          `import { DataFile } from ${JSON.stringify(join(src, 'datafile.ts'))};`,
          `import { updateData } from ${JSON.stringify(join(src, 'store.ts'))};`,
          "DataFile.prototype.write = async () => { process.kill(process.pid, 'SIGKILL'); await new Promise(() => {}); };",
          "await updateData({ file: process.argv[2], lockTimeoutMs: 5000 }, (d) => { d.applications.push({ id: String(d.nextId++), company: 'Beta', contact: {}, noCalls: false, events: [{ type: 'applied', date: '2026-11-16' }] }); });",
        ].join('\n'),
        resolveDir: dir,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: script,
      logLevel: 'silent',
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); const __filename = import.meta.filename;" },
    });
    const child = spawnSync(process.execPath, [script, file], { encoding: 'utf8', timeout: 30_000 });
    expect(child.signal, child.stderr).toBe('SIGKILL');
    expect(bytes()).toBe(before);
    expect((await journal()).undo.map((e) => e.summary)).toEqual(['Added #1 Acme', 'Added #2 Beta']);
    // The killed process left its lock behind: the next writer waits until it is stale, then goes on.
    expect(await updateData({ file, lockTimeoutMs: 15_000 }, (d, h) => h.undo(d).summary)).toBe('Added #1 Acme');
    expect(JSON.parse(bytes()).applications).toEqual([]);
  }, 30_000);

  it('an undo cut short by a crash can be made again, and a redo cut short too', async () => {
    await add('Acme');
    await add('Beta');
    const two = bytes();
    vi.spyOn(DataFile.prototype, 'write').mockRejectedValueOnce(new Error('killed'));
    await expect(undo()).rejects.toThrow('killed');
    expect(bytes()).toBe(two);
    expect(await undo()).toBe('Added #2 Beta');
    const one = bytes();
    vi.spyOn(DataFile.prototype, 'write').mockRejectedValueOnce(new Error('killed'));
    await expect(redo()).rejects.toThrow('killed');
    expect(bytes()).toBe(one);
    expect(await redo()).toBe('Added #2 Beta');
    expect(bytes()).toBe(two);
  });

  it('a write the data file refuses (invalid data) records nothing: the journal vouches only for what passed the checks', async () => {
    await add('Acme');
    const journalBefore = readFileSync(journalPath(file), 'utf8');
    await expect(updateData(opts(), (d) => void d.applications[0]!.events.push({ type: 'call', date: '2026-02-30' }))).rejects.toThrow(/invalid/);
    expect(readFileSync(journalPath(file), 'utf8')).toBe(journalBefore);
    expect(await undo()).toBe('Added #1 Acme');
    expect(JSON.parse(bytes()).applications).toEqual([]);
  });

  it('refuses to undo over a hand-edited file, and writes nothing', async () => {
    await add('Acme');
    const edited = bytes().replace('"Acme"', '"Acme Corp"');
    writeFileSync(file, edited);
    const err = await undo().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FailError);
    expect((err as Error).message).toMatch(/was changed outside followup after its last recorded change, so undo will not guess/);
    expect(bytes()).toBe(edited);
    // A new change starts a new history, which undo can take back.
    await add('Beta');
    expect(await undo()).toBe('Added #2 Beta');
    expect(bytes()).toBe(edited);
    await expect(undo()).rejects.toThrow(/nothing to undo/);
  });

  it('accepts a file only re-formatted by hand (same data)', async () => {
    await add('Acme');
    writeFileSync(file, JSON.stringify(JSON.parse(bytes())));
    expect(await undo()).toBe('Added #1 Acme');
    expect(existsSync(journalPath(file))).toBe(true);
  });
});
