// Every kind of bad data file is refused with a FailError naming the file and the problem.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FailError } from '../../src/errors.js';
import { decode } from '../../src/store/datafile.js';
import { readData } from '../../src/store/store.js';

const FILE = '/somewhere/followup.json';

const app = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  company: `Co ${id}`,
  contact: {},
  noCalls: false,
  events: [{ type: 'applied', date: '2026-11-16' }],
  ...extra,
});
const doc = (over: Record<string, unknown> = {}) => ({ schemaVersion: 3, nextId: 3, settings: {}, applications: [app('1'), app('2')], ...over });
const good = JSON.stringify(doc(), null, 2);

const BAD: [string, string, RegExp][] = [
  ['truncated', good.slice(0, good.length / 2), /is not valid JSON/],
  ['wrong shape', JSON.stringify({ schemaVersion: 2, nextId: 1, settings: {}, applications: { a: 1 } }), /not a valid followup data file \(applications: /],
  ['a stranger object', JSON.stringify({ hello: 'world' }), /no schemaVersion/],
  ['empty', '', /is empty/],
  ['only whitespace', ' \n\t\n ', /is empty/],
  ['newer version', JSON.stringify(doc({ schemaVersion: 4 })), /newer followup \(schema version 4; this one reads up to 3\)/],
  ['no schemaVersion', JSON.stringify({ nextId: 1, settings: {}, applications: [] }), /no schemaVersion/],
  ['a string schemaVersion', JSON.stringify(doc({ schemaVersion: '2' })), /no schemaVersion/],
  ['an array', JSON.stringify([doc()]), /expected a JSON object/],
  ['null', 'null', /expected a JSON object/],
  ['duplicate ids', JSON.stringify(doc({ applications: [app('1'), app('1')] })), /two applications share an id/],
  ['nextId not above the ids', JSON.stringify(doc({ nextId: 2 })), /nextId is not above every id/],
  ['a bad date inside an event', JSON.stringify(doc({ applications: [app('1', { events: [{ type: 'applied', date: '2026-02-30' }] })] })), /applications\.0\.events\.0\.date: expected a date as YYYY-MM-DD/],
  ['an unknown event type', JSON.stringify(doc({ applications: [app('1', { events: [{ type: 'party', date: '2026-11-16' }] })] })), /applications\.0\.events\.0\.type/],
  ['a non-numeric id', JSON.stringify(doc({ applications: [app('abc')] })), /applications\.0\.id: expected a whole-number id/],
  ['a missing company', JSON.stringify(doc({ applications: [{ ...app('1'), company: '' }] })), /applications\.0\.company/],
  ['an unknown setting', JSON.stringify(doc({ settings: { loud: true } })), /settings/],
];

describe('decode', () => {
  it('accepts a good file', () => {
    const { data, version } = decode(Buffer.from(good), FILE);
    expect(version).toBe(3);
    expect(data.applications.map((a) => a.id)).toEqual(['1', '2']);
  });

  it.each(BAD)('refuses %s, naming the file and the problem', (_kind, text, problem) => {
    let caught: unknown;
    try {
      decode(Buffer.from(text), FILE);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(FailError);
    const message = (caught as Error).message;
    expect(message.startsWith(FILE)).toBe(true);
    expect(message).toMatch(problem);
    expect(message).not.toContain('\n');
  });
});

describe('readData on bad files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'followup-decode-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(BAD.map(([kind, text]) => [kind, text] as const))('%s: refused, the file left byte for byte', async (kind, text) => {
    const file = join(dir, `${kind.replace(/\W+/g, '-')}.json`);
    writeFileSync(file, text);
    await expect(readData(file)).rejects.toBeInstanceOf(FailError);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('a folder where the file should be is refused by name', async () => {
    await expect(readData(dir)).rejects.toThrow(`${dir} is a folder, not a data file`);
  });
});
