// The one way in to the data: read (never creates the file) and update (one locked transaction).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { FailError } from '../errors.js';
import { fillCountryHolidays } from './country-holidays.js';
import { DataFile, decode } from './datafile.js';
import { readRaw } from './raw-file.js';
import type { Application } from '../core/model.js';
import type { Appended } from './append.js';
import type { Change, History } from './journal.js';
import { reason } from './fs-errors.js';
import { realFile } from './paths.js';
import { type Data, emptyData, insert } from './schema.js';

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
  const file = await lockable(opts.file);
  // The lock is loaded only by commands that write.
  const { withLock } = await import('./lock.js');
  return withLock(file, opts.lockTimeoutMs, (assertHeld) => transaction(opts, file, new DataFile(file, opts.file, assertHeld), assertHeld, fn));
}

/**
 * updateData for add: appends one application, its id the next one. When the bytes are known to the journal, the
 * applications already in the file are not parsed (append.ts); else it is updateData. The view holds what add's
 * advice reads: the settings, the new application and those R3 and R6 look at.
 */
export async function addApplication(opts: StoreOptions, app: Omit<Application, 'id'>): Promise<Appended> {
  const file = await lockable(opts.file);
  const { withLock } = await import('./lock.js');
  return withLock(file, opts.lockTimeoutMs, async (assertHeld) => {
    const store = new DataFile(file, opts.file, assertHeld);
    const append = await (await import('./append.js')).prepareAppend(file, store, app);
    if (append !== null) {
      await commit(store, append.history, append.data, append.change, assertHeld);
      return append.result;
    }
    return transaction(opts, file, store, assertHeld, (data) => ({ saved: insert(data, app), view: data }));
  });
}

async function transaction<T>(opts: StoreOptions, file: string, store: DataFile, assertHeld: () => Promise<void>, fn: (data: Data, history: History) => T): Promise<T> {
  const { history, data } = await (await import('./journal.js')).History.open(file, store);
  const result = fn(data, history);
  // The country's public holidays for any year the data now reaches (loads date-holidays only then).
  await fillCountryHolidays(data);
  await commit(store, history, data, await history.save(data, opts.label), assertHeld);
  return result;
}

/**
 * Checks the change, records it in the journal, then writes the data; a failed write puts the journal back. The
 * journal never holds the hash of a version that did not pass the checks (it vouches for what it holds).
 */
async function commit(store: DataFile, history: History, data: Data, change: Change, assertHeld: () => Promise<void>): Promise<void> {
  store.check(data, change.made.same);
  // assertHeld runs again right before the rename: a lock lost meanwhile means nothing is written.
  await assertHeld();
  await change.record();
  try {
    await store.write(data, { ...change.made, checked: true });
  } catch (err) {
    // Put the journal back only while the lock is still ours: another writer may own both files now, and a
    // journal one step ahead of its file is settled by the next transaction anyway.
    const stillOurs = await assertHeld().then(() => true, () => false);
    if (stillOurs) await history.restore().catch(() => undefined);
    throw err;
  }
}

/** The real path to lock and write, its folder made (the same file through a symlink and through its real path: one lock, one backup, one write). */
async function lockable(shown: string): Promise<string> {
  await ensureFolder(shown);
  const file = realFile(shown);
  if (dirname(file) !== dirname(shown)) await ensureFolder(file);
  return file;
}

async function ensureFolder(file: string): Promise<void> {
  try {
    // Folders made here are private (0700); existing ones are left as they are.
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  } catch (err) {
    throw new FailError(`cannot create the folder for ${file}: ${reason(err)}`);
  }
}
