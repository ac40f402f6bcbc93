// add's append (store/append.ts): on a file this build wrote, the new application goes in without the others being
// parsed. It must write, record and show exactly what the usual way does; anything it cannot be sure of goes the
// usual way. Each case runs both ways on copies of one file and compares the bytes, the journal and the advice.
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeApplications } from '../../scripts/bench-apps.js';
import { adviseOne } from '../../src/core/advise.js';
import type { Application } from '../../src/core/model.js';
import * as append from '../../src/store/append.js';
import { DataFile, fileText } from '../../src/store/datafile.js';
import { journalPath, readJournal } from '../../src/store/journal.js';
import { type Data, effectiveSettings, insert } from '../../src/store/schema.js';
import { addApplication, readData, updateData } from '../../src/store/store.js';
import { anyApps, plausibleEvent } from '../core/arbitrary.js';

let dir: string;
const TODAY = '2026-11-20';
const opts = (file: string) => ({ file, lockTimeoutMs: 2000 });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'followup-append-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

/** A file written by this build (so its journal knows it), holding `data`. */
async function written(name: string, data: Data): Promise<string> {
  const file = join(dir, name);
  await updateData(opts(file), (d) => {
    Object.assign(d, JSON.parse(JSON.stringify(data)));
  });
  return file;
}

function copy(file: string, name: string, journal = true): string {
  const to = join(dir, name);
  copyFileSync(file, to);
  if (journal && existsSync(journalPath(file))) copyFileSync(journalPath(file), journalPath(to));
  return to;
}

const entries = (file: string) => readJournal(file).journal.undo.map(({ at: _at, ...rest }) => rest);

/** Adds `app` to copies of `file` both ways; checks they agree; tells whether the append took it. */
async function bothWays(file: string, app: Omit<Application, 'id'>, journal = true): Promise<boolean> {
  const fast = copy(file, 'fast.json', journal);
  const usual = copy(file, 'usual.json', journal);
  const prepared = vi.spyOn(append, 'prepareAppend');
  const { saved, view } = await addApplication(opts(fast), app);
  const took = (await prepared.mock.results[0]!.value) !== null;
  prepared.mockRestore();
  const plain = await updateData(opts(usual), (d) => insert(d, app));
  expect(saved).toEqual(plain);
  expect(readFileSync(fast, 'utf8')).toBe(readFileSync(usual, 'utf8'));
  expect(entries(fast)).toEqual(entries(usual));
  expect(readFileSync(`${fast}.bak`)).toEqual(readFileSync(`${usual}.bak`));
  const all = await readData(usual);
  expect(adviseOne(view.applications, saved.id, effectiveSettings(view), TODAY)).toEqual(adviseOne(all.applications, saved.id, effectiveSettings(all), TODAY));
  return took;
}

const newApp = (over: Partial<Application> = {}): Omit<Application, 'id'> => ({ company: 'Zeta', contact: {}, noCalls: false, events: [{ type: 'applied', date: '2026-11-19' }], ...over });
const base = (apps: Omit<Application, 'id'>[], more: Partial<Data> = {}): Data => ({
  schemaVersion: 3,
  nextId: apps.length + 1,
  settings: {},
  applications: apps.map((a, i) => ({ id: String(i + 1), ...a })),
  ...more,
});

describe('add, appended to a file this build wrote', () => {
  it('200 applications with offers and acceptances among them: the same bytes, journal, backup and advice', async () => {
    const apps = makeApplications(200, TODAY);
    apps[3]!.events.push({ type: 'accepted', date: '2026-11-18' });
    // Text of more than one byte a character, before the offers: the bytes are searched as they are.
    apps[1]!.company = 'Café Ünïcödé 日本 😀';
    apps[1]!.events.push({ type: 'offer', date: '2026-11-17', deadline: '2026-11-30' });
    const file = await written('f.json', base(apps));
    expect(await bothWays(file, newApp())).toBe(true);
    expect(await bothWays(file, newApp({ company: 'Émile & "Co"', role: 'Dev\\ops', notes: '"type": "offer"', events: [{ type: 'offer', date: '2026-11-19', deadline: '2026-11-26' }] }))).toBe(true);
  });

  it('an empty file, settings and keys of its own, the list not last', async () => {
    expect(await bothWays(await written('empty.json', base([], { settings: { name: 'Ann' } })), newApp())).toBe(true);
    const file = join(dir, 'odd.json');
    await updateData(opts(file), (d) => {
      const { applications: _a, ...rest } = base(makeApplications(3, TODAY), { settings: { name: 'Ann', holidays: ['2026-12-25'] } });
      for (const k of Object.keys(d)) delete (d as unknown as Record<string, unknown>)[k];
      Object.assign(d, { applications: [], ...rest, extra: 'kept' });
      for (const a of makeApplications(3, TODAY)) insert(d, a);
    });
    expect(await bothWays(file, newApp())).toBe(true);
  });

  it('random files and applications', async () => {
    await fc.assert(
      fc.asyncProperty(anyApps(plausibleEvent), anyApps(plausibleEvent), async (apps, more) => {
        rmSync(dir, { recursive: true, force: true });
        dir = mkdtempSync(join(tmpdir(), 'followup-append-'));
        const file = await written('r.json', base(apps.map(({ id: _id, ...a }) => a)));
        const { id: _id, ...app } = more[0]!;
        expect(await bothWays(file, app)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it("with a country: the append when every year's holidays are held, the usual way (which looks them up) when one is not", async () => {
    const data = base(makeApplications(20, TODAY), { settings: { country: 'US' } });
    const file = await written('us.json', data);
    expect(Object.keys((await readData(file)).countryHolidays!.years)).toEqual(['2026', '2027']);
    expect(await bothWays(file, newApp())).toBe(true);
    expect(await bothWays(file, newApp({ events: [{ type: 'applied', date: '2027-12-30' }] }))).toBe(false);
  }, 20_000);
});

describe('what the append looks for in the text', () => {
  it('an acceptance elsewhere with no offer logged (R3)', async () => {
    const accepted = newApp({ company: 'Acme', events: [{ type: 'applied', date: '2026-11-02' }, { type: 'accepted', date: '2026-11-16' }] });
    const file = await written('f.json', base([newApp({ company: 'Beta', events: [{ type: 'applied', date: '2026-11-03' }] }), accepted]));
    expect(await bothWays(file, newApp())).toBe(true);
    const { saved, view } = await addApplication(opts(copy(file, 'again.json')), newApp());
    expect(view.applications.map((a) => a.company)).toEqual(['Acme', 'Zeta']);
    expect(adviseOne(view.applications, saved.id, effectiveSettings(view), TODAY)!.advice!.reasons.map((r) => r.rule)).toContain('R3');
  });

  it("the holidays of the year after every event's, held or not (a file the journal vouches for, which lacks one)", async () => {
    const apps = [newApp({ events: [{ type: 'applied', date: '2026-03-02' }] })];
    const file = await written('f.json', base(apps, { settings: { country: 'US' } }));
    const data = JSON.parse(readFileSync(file, 'utf8')) as Data;
    data.countryHolidays!.years = { '2025': data.countryHolidays!.years['2026']!.map((d) => d.replace('2026', '2025')), '2026': data.countryHolidays!.years['2026']! };
    const lacking = fileText(data);
    const j = readJournal(file).journal;
    j.undo.at(-1)!.after = createHash('sha256').update(lacking).digest('hex');
    writeFileSync(journalPath(file), `{"format":"followup-journal","version":2,\n"undo":[\n${j.undo.map((e) => JSON.stringify(e)).join(',\n')}\n],\n"redo":[]}\n`);
    writeFileSync(file, lacking);
    expect(await bothWays(file, newApp({ events: [{ type: 'applied', date: '2025-06-02' }] }))).toBe(false);
  }, 20_000);
});

describe('add goes the usual way, and writes the same', () => {
  it('with no journal, or one of another build', async () => {
    const file = await written('f.json', base(makeApplications(30, TODAY)));
    expect(await bothWays(file, newApp(), false)).toBe(false);
    const j = journalPath(file);
    writeFileSync(j, readFileSync(j, 'utf8').replaceAll('"by":"source"', '"by":"another"'));
    expect(await bothWays(file, newApp())).toBe(false);
  });

  it('with entries of journal version 1 within reach: the usual way keeps them', async () => {
    // Written with a version-1 entry below one of this build's, undone: the file is this build's, the entry below
    // hashes the compact JSON, which only the usual way makes to keep it.
    const file = await written('f.json', base(makeApplications(5, TODAY)));
    const j = readJournal(file).journal;
    j.undo[0]!.hash = 'json';
    j.undo[0]!.before = createHash('sha256').update('{}').digest('hex');
    const d = JSON.parse(readFileSync(file, 'utf8')) as Data;
    j.undo[0]!.after = createHash('sha256').update(JSON.stringify(d)).digest('hex');
    writeFileSync(journalPath(file), `{"format":"followup-journal","version":2,\n"undo":[\n${JSON.stringify(j.undo[0])}\n],\n"redo":[]}\n`);
    await updateData(opts(file), (data) => void insert(data, newApp({ company: 'Gamma' })));
    await updateData(opts(file), (data, h) => void h.undo(data));
    expect(readJournal(file).journal.undo.map((e) => e.hash)).toEqual(['json']);
    expect(await bothWays(file, newApp())).toBe(false);
    expect(readJournal(copy(file, 'x.json')).journal.undo).toHaveLength(1);
  });

  it('for a file edited by hand since', async () => {
    const file = await written('f.json', base(makeApplications(30, TODAY)));
    writeFileSync(file, readFileSync(file, 'utf8').replace('"company": "', '"company": "Edited '));
    expect(await bothWays(file, newApp())).toBe(false);
  });
});

describe('a failed write', () => {
  it('leaves the file and the journal as they were', async () => {
    const file = await written('f.json', base(makeApplications(10, TODAY)));
    const [bytes, journal] = [readFileSync(file), readFileSync(journalPath(file))];
    vi.spyOn(DataFile.prototype, 'write').mockRejectedValueOnce(new Error('disk full'));
    await expect(addApplication(opts(file), newApp())).rejects.toThrow('disk full');
    expect(readFileSync(file)).toEqual(bytes);
    expect(readFileSync(journalPath(file))).toEqual(journal);
  });
});
