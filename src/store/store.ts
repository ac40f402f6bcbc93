// The one way in to the data: read (never creates the file) and update (one locked transaction).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { FailError } from '../errors.js';
import { fillCountryHolidays } from './country-holidays.js';
import { DataFile, decode } from './datafile.js';
import { readRaw } from './raw-file.js';
import type { History } from './journal.js';
import { reason } from './fs-errors.js';
import { realFile } from './paths.js';
import { type Data, emptyData } from './schema.js';

export interface StoreOptions {
  file: string;
  /** How long to wait for another writer before giving up (exit 1). */
  lockTimeoutMs: number;
  /** One line for `undo --list` ("Added #4 Acme"); without it, one is derived from the change. */
  label?: string;
}

/** The data as it is on disk, or an empty log when there is no file yet. Creates nothing. */
export async function readData(file: string): Promise<Data> {
  const db = new Low(new DataFile(realFile(file), file), emptyData());
  await db.read();
  return db.data;
}

/**
 * The data file's bytes (null when there is none), and its data decoded only when asked: a view kept in the
 * cache (view-cache.ts) needs the bytes for its key, and the data only when it must be worked out again.
 */
export function readSnapshot(file: string): { raw: Buffer | null; data(): Data } {
  const raw = readRaw(realFile(file), file);
  return { raw, data: () => (raw === null ? emptyData() : decode(raw, file).data) };
}

/**
 * Takes the lock (on the real path), reads the file fresh, lets fn change the data, writes it atomically, releases.
 * If fn throws, nothing is written. The change is recorded in the undo journal first (see journal.ts);
 * fn may instead undo or redo one change through `history`.
 */
export async function updateData<T>(opts: StoreOptions, fn: (data: Data, history: History) => T): Promise<T> {
  await ensureFolder(opts.file);
  // The same file through a symlink and through its real path: one lock, one backup, one write.
  const file = realFile(opts.file);
  if (dirname(file) !== dirname(opts.file)) await ensureFolder(file);
  // The lock is loaded only by commands that write.
  const { withLock } = await import('./lock.js');
  return withLock(file, opts.lockTimeoutMs, async (assertHeld) => {
    // assertHeld runs again right before the rename: a lock lost meanwhile means nothing is written.
    const store = new DataFile(file, opts.file, assertHeld);
    const { history, data } = await (await import('./journal.js')).History.open(file, store);
    const result = fn(data, history);
    // The country's public holidays for any year the data now reaches (loads date-holidays only then).
    await fillCountryHolidays(data);
    await assertHeld();
    const made = await history.save(data, opts.label);
    try {
      await store.write(data, made);
    } catch (err) {
      // Put the journal back only while the lock is still ours: another writer may own both files now, and a
      // journal one step ahead of its file is settled by the next transaction anyway.
      const stillOurs = await assertHeld().then(() => true, () => false);
      if (stillOurs) await history.restore().catch(() => undefined);
      throw err;
    }
    return result;
  });
}

async function ensureFolder(file: string): Promise<void> {
  try {
    // Folders made here are private (0700); existing ones are left as they are.
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  } catch (err) {
    throw new FailError(`cannot create the folder for ${file}: ${reason(err)}`);
  }
}
