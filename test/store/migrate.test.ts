// Version 1 files are read as version 3 without touching the disk, and upgraded on the first write after backups.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FailError } from '../../src/errors.js';
import { decode } from '../../src/store/datafile.js';
import { migrate } from '../../src/store/migrate.js';
import { readData, updateData } from '../../src/store/store.js';

const mode = (p: string) => statSync(p).mode & 0o777;

/** The first layout: numeric ids, flat contact fields, no nextId, no settings. */
const V1 = {
  schemaVersion: 1,
  applications: [
    {
      id: 1,
      company: 'Acme',
      role: 'Backend Engineer',
      contactName: 'Dana Smith',
      contactEmail: 'dana@acme.example',
      contactPhone: '+1 555 0100',
      events: [
        { type: 'applied', date: '2026-10-01' },
        { type: 'interview', date: '2026-10-20', round: 1, cue: 'encouraging' },
      ],
    },
    { id: 7, company: 'Globex', noCalls: true, events: [{ type: 'applied', date: '2026-10-05', note: 'referral' }] },
    { id: 3, company: 'Initech', contactEmail: 'hr@initech.example', events: [{ type: 'applied', date: '2026-10-06' }] },
  ],
};
const V1_TEXT = `${JSON.stringify(V1, null, 2)}\n`;

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'followup-migrate-'));
  file = join(dir, 'followup.json');
  writeFileSync(file, V1_TEXT, { mode: 0o644 });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a version-1 file', () => {
  it('is read as version 3 without touching the disk', async () => {
    const data = await readData(file);
    expect(data.schemaVersion).toBe(3);
    expect(data.settings).toEqual({});
    expect(data.applications.map((a) => a.id)).toEqual(['1', '7', '3']);
    expect(data.applications[0]!.contact).toEqual({ name: 'Dana Smith', email: 'dana@acme.example', phone: '+1 555 0100' });
    expect(data.applications[2]!.contact).toEqual({ email: 'hr@initech.example' });
    expect(data.applications[1]!.noCalls).toBe(true);
    expect(data.applications[0]!.noCalls).toBe(false);
    expect(data.applications[0]).not.toHaveProperty('contactName');
    expect(data.nextId).toBe(8);
    expect(readFileSync(file, 'utf8')).toBe(V1_TEXT);
    expect(existsSync(`${file}.bak`)).toBe(false);
    expect(existsSync(`${file}.v1.bak`)).toBe(false);
  });

  it('is upgraded on the first write, after keeping the original bytes as .v1.bak and .bak', async () => {
    const newId = await updateData({ file, lockTimeoutMs: 2000 }, (d) => {
      const id = String(d.nextId++);
      d.applications.push({ id, company: 'Hooli', contact: {}, noCalls: false, events: [{ type: 'applied', date: '2026-11-16' }] });
      return id;
    });
    expect(newId).toBe('8');
    expect(readFileSync(`${file}.v1.bak`, 'utf8')).toBe(V1_TEXT);
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(V1_TEXT);
    expect(mode(`${file}.v1.bak`)).toBe(0o600);
    expect(mode(`${file}.bak`)).toBe(0o600);
    expect(mode(file)).toBe(0o600);

    const onDisk = JSON.parse(readFileSync(file, 'utf8'));
    expect(onDisk.schemaVersion).toBe(3);
    expect(onDisk.nextId).toBe(9);
    expect(onDisk.applications.map((a: { id: string }) => a.id)).toEqual(['1', '7', '3', '8']);
    expect(onDisk.applications[0].contact.email).toBe('dana@acme.example');
    expect(onDisk.applications[0].events).toEqual(V1.applications[0]!.events);
    for (const a of onDisk.applications) expect(Number(a.id)).toBeLessThan(onDisk.nextId);

    // The next write is an ordinary one: no new .v1.bak, .bak holds the version-2 bytes.
    const v2 = readFileSync(file);
    await updateData({ file, lockTimeoutMs: 2000 }, () => undefined);
    expect(readFileSync(`${file}.bak`).equals(v2)).toBe(true);
    expect(readFileSync(`${file}.v1.bak`, 'utf8')).toBe(V1_TEXT);
  });

  it('never reuses an id: nextId is above every id, even the highest', async () => {
    const data = await readData(file);
    for (const a of data.applications) expect(Number(a.id)).toBeLessThan(data.nextId);
  });

  it('is not changed in memory by migrate()', () => {
    const copy = JSON.parse(V1_TEXT);
    migrate(copy, 1);
    expect(copy).toEqual(V1);
  });

  it.each([
    ['applications that are not a list', { schemaVersion: 1, applications: 'none' }, /applications/],
    ['no applications at all', { schemaVersion: 1 }, /applications/],
    ['an application that is not an object', { schemaVersion: 1, applications: [null] }, /applications\.0/],
    ['an application without an id', { schemaVersion: 1, applications: [{ company: 'X', events: [] }] }, /applications\.0\.id/],
    ['two applications with one id', { schemaVersion: 1, applications: [{ id: 1, company: 'X', events: [] }, { id: 1, company: 'Y', events: [] }] }, /share an id/],
  ])('with %s is refused, not guessed at', (_what, v1, problem) => {
    let caught: unknown;
    try {
      decode(Buffer.from(JSON.stringify(v1)), file);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(FailError);
    expect((caught as Error).message).toContain(file);
    expect((caught as Error).message).toMatch(problem);
  });
});
