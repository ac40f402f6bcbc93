// The version a change starts from, as text (before.ts, journal.ts): cut from the bytes read when they are laid out
// as followup writes them, made anew otherwise; hashed as the file's text; journals of version 1 still understood.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Application } from '../../src/core/model.js';
import { makePatch } from '../../src/store/change.js';
import { hashData } from '../../src/store/data-text.js';
import { fileText } from '../../src/store/datafile.js';
import { journalPath, readJournal } from '../../src/store/journal.js';
import type { Data } from '../../src/store/schema.js';
import { updateData } from '../../src/store/store.js';

let dir: string;
let file: string;
const opts = () => ({ file, lockTimeoutMs: 2000 });
const bytes = () => readFileSync(file, 'utf8');
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

function app(id: string, company: string, events = 1): Application {
  const days = ['2026-11-02', '2026-11-09', '2026-11-16'];
  return { id, company, contact: { name: 'Ann' }, noCalls: false, events: days.slice(0, events).map((date) => ({ type: 'applied' as const, date })) };
}
const three = (): Data => ({ schemaVersion: 3, nextId: 4, settings: { name: 'Ann Lee' }, applications: [app('1', 'Acme'), app('2', 'Beta', 2), app('3', 'Gamma', 3)] });

const e = (date: string) => `"type": "applied", "date": "${date}"`;
const ODD = `{
  "schemaVersion": 3,
  "nextId": 4,
  "settings": {
    "name": "Ann Lee"
  },
  "applications": [
    {
      "id": "1", "company": "Acme", "contact": { "name": "Ann" }, "noCalls": false, "events": [{ ${e('2026-11-02')} }]
      },
      {
      "id": "2", "company": "Beta", "contact": { "name": "Ann" }, "noCalls": false, "events": [{ ${e('2026-11-02')} }, { ${e('2026-11-09')} }]
    },
    {
      "id": "3", "company": "Gamma", "contact": { "name": "Ann" }, "noCalls": false, "events": [{ ${e('2026-11-02')} }, { ${e('2026-11-09')} },
    {
      ${e('2026-11-16')}
    },
    {
      "note": "x", ${e('2026-11-16')}
      }]
    }
  ]
}
`;

const add = (company: string) => updateData(opts(), (d) => void d.applications.push(app(String(d.nextId++), company)));
const undo = () => updateData(opts(), (d, h) => h.undo(d).summary);
const redo = () => updateData(opts(), (d, h) => h.redo(d).summary);
const journal = () => readJournal(file).journal;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'followup-journal-text-'));
  file = join(dir, 'followup.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the first change, with no journal yet', () => {
  it('a file as followup writes it: the entry hashes its bytes, and undo puts them back to the byte', async () => {
    writeFileSync(file, fileText(three()));
    await add('Delta');
    expect(journal().undo[0]!.before).toBe(sha(fileText(three())));
    expect(await undo()).toBe('Added #4 Delta');
    expect(bytes()).toBe(fileText(three()));
  });

  const layouts: [string, (d: Data) => string][] = [
    ['one application edited by hand inside, the layout kept', (d) => fileText(d).replace('"company": "Beta"', '"company":"Beta"')],
    ['every application edited by hand inside', (d) => fileText(d).replaceAll('"name": "Ann"', '"name" : "Ann"')],
    ['compact', (d) => JSON.stringify(d)],
    ['indented by four', (d) => JSON.stringify(d, null, 4)],
    ['no newline at the end', (d) => fileText(d).trimEnd()],
    ['the settings edited by hand', (d) => fileText(d).replace('"name": "Ann Lee"\n  }', '"name":"Ann Lee"}')],
    ['applications first', ({ applications, ...rest }) => fileText({ applications, ...rest } as Data)],
    // Laid out as followup lays out three applications, but cut at the lines "    {" and "    }" it gives pieces that
    // are no JSON: the first two applications in one piece, the third in two. Its version is made anew.
    ['pieces that are no applications', () => ODD],
  ];
  it.each(layouts)('%s: the entry hashes the file text of the data read, and undo gives that data back', async (_label, layout) => {
    const text = layout(three());
    if (text !== ODD) expect(JSON.parse(text)).toEqual(three());
    expect(text).not.toBe(fileText(three()));
    writeFileSync(file, text);
    await add('Delta');
    const read = JSON.parse(text) as Data;
    expect(journal().undo[0]!.before).toBe(hashData(read));
    await undo();
    expect(bytes()).toBe(fileText(read));
    await redo();
    expect(JSON.parse(bytes()).applications.map((a: Application) => a.company)).toEqual(['Acme', 'Beta', 'Gamma', 'Delta']);
  });

  it('an application changed, one removed and one added in one change: undo and redo to the byte', async () => {
    writeFileSync(file, fileText(three()));
    await updateData(opts(), (d) => {
      d.applications[0]!.role = 'Dev';
      d.applications.splice(1, 1);
      d.applications.push(app(String(d.nextId++), 'Delta'));
    });
    const after = bytes();
    await undo();
    expect(bytes()).toBe(fileText(three()));
    await redo();
    expect(bytes()).toBe(after);
  });
});

describe('with a journal', () => {
  it('bytes edited by hand since are not taken for the file text: the entry hashes the data read', async () => {
    writeFileSync(file, fileText(three()));
    await add('Delta');
    const edited = bytes().replace('"company": "Beta"', '"company":  "Beta"');
    writeFileSync(file, edited);
    await add('Epsilon');
    expect(journal().undo.at(-1)!.before).toBe(sha(fileText(JSON.parse(edited) as Data)));
    await undo();
    expect(bytes()).toBe(fileText(JSON.parse(edited) as Data));
  });

  it('of version 1 (hashes of the compact JSON): undo and redo go on, and a new change goes on top', async () => {
    const v0 = three();
    const v1: Data = { ...three(), nextId: 5, applications: [...three().applications, app('4', 'Delta')] };
    const h = (d: Data) => sha(JSON.stringify(d));
    const entry = { summary: 'Added #4 Delta', at: '2026-11-20T10:00:00.000Z', before: h(v0), after: h(v1), back: makePatch(v1, v0) };
    writeFileSync(journalPath(file), `{"format":"followup-journal","version":1,\n"undo":[\n${JSON.stringify(entry)}\n],\n"redo":[]}\n`);
    writeFileSync(file, fileText(v1));
    await add('Epsilon');
    expect(journal().undo.map((e) => e.hash)).toEqual(['json', undefined]);
    expect(readFileSync(journalPath(file), 'utf8')).toMatch(/^\{"format":"followup-journal","version":2,/);
    expect(await undo()).toBe('Added #5 Epsilon');
    expect(await undo()).toBe('Added #4 Delta');
    expect(bytes()).toBe(fileText(v0));
    expect(await redo()).toBe('Added #4 Delta');
    expect(bytes()).toBe(fileText(v1));
  });
});

describe('bytes the journal knows', () => {
  /** The file with an event of a date that is no day, and a journal whose last change made exactly those bytes. */
  function planted(by: string): string {
    writeFileSync(file, fileText(three()));
    const bad = fileText(three()).replace('"date": "2026-11-16"', '"date": "2026-02-30"');
    const entry = { summary: 'Added #3 Gamma', at: '2026-11-20T10:00:00.000Z', before: sha('x'), after: sha(bad), back: { keys: [], top: {}, put: [], drop: [] }, by };
    writeFileSync(journalPath(file), `{"format":"followup-journal","version":2,\n"undo":[\n${JSON.stringify(entry)}\n],\n"redo":[]}\n`);
    writeFileSync(file, bad);
    return bad;
  }

  it('are not checked again when this build made them: its entries say so', async () => {
    writeFileSync(file, fileText(three()));
    await add('Delta');
    expect(journal().undo[0]!.by).toBe('source');
    // Planted by hand here, a value the checks refuse passes: the journal vouches for the bytes.
    planted('source');
    await add('Epsilon');
    expect(JSON.parse(bytes()).applications.map((a: Application) => a.company)).toEqual(['Acme', 'Beta', 'Gamma', 'Epsilon']);
  });

  it('are checked when another build made them', async () => {
    const bad = planted('another build');
    await expect(add('Epsilon')).rejects.toThrow(/applications\.2\.events\.2\.date: expected a date/);
    expect(bytes()).toBe(bad);
  });
});

describe('the write checks what changed, and the ids of all', () => {
  it.each([
    ['an id taken by an application left as it was', (d: Data) => void d.applications.push(app('2', 'Delta')), /share an id/],
    ['nextId no longer above every id', (d: Data) => void (d.nextId = 3), /nextId/],
    ['an application changed into an invalid one', (d: Data) => void (d.applications[2]!.events[0]!.date = '2026-02-30'), /date/],
  ])('refuses %s, and writes nothing', async (_label, change, message) => {
    writeFileSync(file, fileText(three()));
    await expect(updateData(opts(), change)).rejects.toThrow(message);
    expect(bytes()).toBe(fileText(three()));
  });
});
