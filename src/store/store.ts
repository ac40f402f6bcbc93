// The one way in to the data: read (never creates the file) and update (one locked transaction).
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { FailError } from '../errors.js';
import { fillCountryHolidays } from './country-holidays.js';
import { DataFile } from './datafile.js';
import { type Data, emptyData } from './schema.js';

export interface StoreOptions {
  file: string;
  /** How long to wait for another writer before giving up (exit 1). */
  lockTimeoutMs: number;
}

/** The data as it is on disk, or an empty log when there is no file yet. Creates nothing. */
export async function readData(file: string): Promise<Data> {
  const db = new Low(new DataFile(file), emptyData());
  await db.read();
  return db.data;
}

/**
 * Takes the lock, reads the file fresh, lets fn change the data, writes it atomically, releases.
 * If fn throws, nothing is written.
 */
export async function updateData<T>(opts: StoreOptions, fn: (data: Data) => T): Promise<T> {
  await ensureFolder(opts.file);
  // The lock (proper-lockfile, graceful-fs) is loaded only by commands that write.
  const { withLock } = await import('./lock.js');
  return withLock(opts.file, opts.lockTimeoutMs, async (assertHeld) => {
    const db = new Low(new DataFile(opts.file), emptyData());
    await db.read();
    const result = fn(db.data);
    // The country's public holidays for any year the data now reaches (loads date-holidays only then).
    await fillCountryHolidays(db.data);
    assertHeld();
    await db.write();
    return result;
  });
}

async function ensureFolder(file: string): Promise<void> {
  try {
    // Folders made here are private (0700); existing ones are left as they are.
    await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  } catch (err) {
    throw new FailError(`cannot create the folder for ${file}: ${(err as Error).message}`);
  }
}
