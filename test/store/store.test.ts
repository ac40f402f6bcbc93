// The store on real files in temp folders (never lowdb's presets, which NODE_ENV=test swaps for memory).
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FailError } from '../../src/errors.js';
import { readData, updateData } from '../../src/store/store.js';
import { emptyData } from '../../src/store/schema.js';

const mode = (p: string) => statSync(p).mode & 0o777;

let dir: string;
let file: string;
const opts = () => ({ file, lockTimeoutMs: 2000 });

function addApp(company: string) {
  return updateData(opts(), (d) => {
    const id = String(d.nextId++);
    d.applications.push({ id, company, contact: {}, noCalls: false, events: [{ type: 'applied', date: '2026-11-16' }] });
    return id;
  });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'followup-store-'));
  file = join(dir, 'data', 'followup.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readData', () => {
  it('returns an empty log for a missing file and creates neither the file nor its folder', async () => {
    expect(await readData(file)).toEqual(emptyData());
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });

  it('reads what updateData wrote', async () => {
    await addApp('Acme');
    const data = await readData(file);
    expect(data.applications.map((a) => a.company)).toEqual(['Acme']);
    expect(data.nextId).toBe(2);
  });

  it('does not change the file it reads', async () => {
    await addApp('Acme');
    const before = readFileSync(file);
    const beforeMtime = statSync(file).mtimeMs;
    await readData(file);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(beforeMtime);
    expect(existsSync(`${file}.bak`)).toBe(false);
  });
});

describe('updateData', () => {
  it('creates the folder 0700 and the file 0600', async () => {
    await addApp('Acme');
    expect(mode(join(dir, 'data'))).toBe(0o700);
    expect(mode(file)).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8')).applications).toHaveLength(1);
  });

  it('keeps the previous bytes as .bak, mode 0600', async () => {
    await addApp('Acme');
    expect(existsSync(`${file}.bak`)).toBe(false);
    const first = readFileSync(file);
    await addApp('Globex');
    expect(readFileSync(`${file}.bak`).equals(first)).toBe(true);
    expect(mode(`${file}.bak`)).toBe(0o600);
    const second = readFileSync(file);
    await addApp('Initech');
    expect(readFileSync(`${file}.bak`).equals(second)).toBe(true);
  });

  it('puts the mode back to 0600 after someone made the file and its backup 0644', async () => {
    await addApp('Acme');
    await addApp('Globex');
    chmodSync(file, 0o644);
    chmodSync(`${file}.bak`, 0o644);
    await addApp('Initech');
    expect(mode(file)).toBe(0o600);
    expect(mode(`${file}.bak`)).toBe(0o600);
  });

  it('leaves an existing folder as it is', async () => {
    const own = join(dir, 'own');
    mkdirSync(own);
    chmodSync(own, 0o755);
    await updateData({ file: join(own, 'f.json'), lockTimeoutMs: 2000 }, () => undefined);
    expect(mode(own)).toBe(0o755);
    expect(mode(join(own, 'f.json'))).toBe(0o600);
  });

  it('writes nothing when fn throws, and releases the lock', async () => {
    await addApp('Acme');
    const before = readFileSync(file);
    await expect(
      updateData(opts(), (d) => {
        d.applications[0]!.company = 'Changed';
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}.bak`)).toBe(false);
    expect(existsSync(`${file}.lock`)).toBe(false);
    // The lock is free: the next write goes through.
    await addApp('Globex');
    expect((await readData(file)).applications).toHaveLength(2);
  });

  it('refuses to write data that fn made invalid', async () => {
    await addApp('Acme');
    const before = readFileSync(file);
    await expect(
      updateData(opts(), (d) => {
        d.applications.push({ ...d.applications[0]! }); // a second application with the same id
      }),
    ).rejects.toThrow(/refusing to write an invalid data file \(two applications share an id\)/);
    await expect(
      updateData(opts(), (d) => {
        d.applications[0]!.events.push({ type: 'call', date: '2026-02-30' });
      }),
    ).rejects.toThrow(/applications\.0\.events\.1\.date/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it('refuses a damaged file with FailError and leaves it byte for byte', async () => {
    await addApp('Acme');
    writeFileSync(file, '{"schemaVersion": 2, "applications": [');
    const before = readFileSync(file);
    const err = await updateData(opts(), () => undefined).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FailError);
    expect((err as Error).message).toContain(file);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('reads fresh inside the lock: sequential writers build on each other', async () => {
    const ids = [];
    for (const c of ['A', 'B', 'C']) ids.push(await addApp(c));
    expect(ids).toEqual(['1', '2', '3']);
    const results = await Promise.all(['D', 'E', 'F', 'G'].map((c) => addApp(c)));
    expect(new Set(results).size).toBe(4);
    const data = await readData(file);
    expect(data.applications.map((a) => a.company).sort()).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
    expect(data.nextId).toBe(8);
  });
});
