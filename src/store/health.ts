// What `followup doctor` looks at, and the repairs it may make: restoring the data file from its .bak and
// removing temp files that interrupted writes left behind (both under the lock), clearing a dead lock.
import { lstat, open, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FailError } from '../errors.js';
import { TEMP_TAIL, writeAtomic } from './atomic.js';
import { decode } from './datafile.js';
import { readRaw } from './raw-file.js';
import { type LockInfo, breakLock, inspectLock, isAlive, withLock } from './lock.js';
import { backupPath } from './paths.js';
import { type Data, SCHEMA_VERSION } from './schema.js';

export type FileStatus = 'missing' | 'ok' | 'damaged' | 'newer';

export interface FileCheck {
  file: string;
  status: FileStatus;
  /** What is wrong (damaged or newer), naming the file. */
  problem?: string;
  /** False when the bytes could not be read at all (permissions, a folder): restoring is no fix for that. */
  readable: boolean;
  raw?: Buffer;
  data?: Data;
  /** The version written in the file (before any upgrade). */
  schemaVersion?: number;
  size?: number;
}

/** decode()'s messages end with advice to run doctor, which is no help inside doctor. */
function problemOf(err: Error): string {
  return err.message.replace(/; run 'followup doctor'[^;]*$/, '');
}

function versionIn(raw: Buffer): number | undefined {
  try {
    const doc: unknown = JSON.parse(raw.toString('utf8'));
    const version = typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>).schemaVersion : undefined;
    return typeof version === 'number' && Number.isInteger(version) ? version : undefined;
  } catch {
    return undefined;
  }
}

/** Reads and checks one data file (the file itself or its backup) without locking or changing anything. */
export async function checkFile(file: string): Promise<FileCheck> {
  let raw: Buffer | null;
  try {
    raw = readRaw(file);
  } catch (err) {
    if (err instanceof FailError) return { file, status: 'damaged', problem: err.message, readable: false };
    throw err;
  }
  if (raw === null) return { file, status: 'missing', readable: true };
  try {
    const { data, version } = decode(raw, file);
    return { file, status: 'ok', readable: true, raw, data, schemaVersion: version, size: raw.length };
  } catch (err) {
    if (!(err instanceof FailError)) throw err;
    const version = versionIn(raw);
    const newer = version !== undefined && version > SCHEMA_VERSION;
    return { file, status: newer ? 'newer' : 'damaged', problem: problemOf(err), readable: true, raw, schemaVersion: version, size: raw.length };
  }
}

export function countEvents(data: Data): number {
  return data.applications.reduce((n, a) => n + a.events.length, 0);
}

/** The lock beside the data file, if there is one (see lock.ts for held, stale and broken). */
export async function checkLock(file: string, now = Date.now()): Promise<LockInfo | null> {
  return inspectLock(file, now);
}

/**
 * Clears a stale or broken lock (never a held one: a live owner on this host keeps it, however old).
 * Returns false when it is held.
 */
export async function clearLock(file: string): Promise<boolean> {
  const info = inspectLock(file);
  if (info === null) return true;
  if (info.state === 'held') return false;
  breakLock(info);
  return inspectLock(file) === null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What interrupted writes leave beside the data file, recognised by the exact names followup gives them
 * (never by a loose pattern: `followup.json.1` or `followup.json.bak.2` may be the user's own):
 * temp files `<file>[.bak|.vN.bak|.journal].tmp-<pid>-<8 hex>` and locks set aside `<file>.lock.stale-<pid>-<8 hex>`,
 * whose process has ended.
 */
export async function findTempFiles(file: string): Promise<string[]> {
  const base = escapeRegExp(basename(file));
  const temp = new RegExp(`^${base}(?:\\.bak|\\.v\\d{1,3}\\.bak|\\.journal)?${TEMP_TAIL}$`);
  const aside = new RegExp(`^${base}\\.lock\\.stale-([1-9]\\d{0,9})-[0-9a-f]{8}$`);
  let names: string[];
  try {
    names = await readdir(dirname(file));
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const name of names.sort()) {
    const m = temp.exec(name) ?? aside.exec(name);
    if (!m || isAlive(Number(m[1]))) continue;
    const s = await lstat(join(dirname(file), name)).catch(() => null);
    if (s && (s.isFile() || (s.isDirectory() && aside.test(name)))) found.push(join(dirname(file), name));
  }
  return found;
}

/**
 * Removes the leftover temp files. Under the lock, so that a write in progress (whose temp file is not
 * a leftover) is never disturbed: any temp file still there while we hold the lock belongs to no one.
 */
export async function removeTempFiles(file: string, lockTimeoutMs: number): Promise<string[]> {
  return withLock(file, lockTimeoutMs, async () => {
    const removed: string[] = [];
    for (const path of await findTempFiles(file)) {
      try {
        await rm(path, { recursive: true });
        removed.push(path);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new FailError(`cannot remove ${path}: ${(err as Error).message}`);
      }
    }
    return removed;
  });
}

/** Writes bytes to a new file (never over an existing one), mode 0600, flushed to disk. */
async function writeNewFile(path: string, bytes: Buffer): Promise<void> {
  const handle = await open(path, 'wx', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.chmod(0o600);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function keepDamaged(file: string, bytes: Buffer, stamp: string): Promise<string> {
  for (let n = 1; ; n++) {
    const path = `${file}.damaged-${stamp}${n > 1 ? `-${n}` : ''}`;
    try {
      await writeNewFile(path, bytes);
      return path;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || n >= 100) {
        throw new FailError(`cannot keep a copy of the damaged file as ${path}: ${(err as Error).message}; nothing was changed`);
      }
    }
  }
}

/**
 * Replaces a damaged data file with its backup's bytes, under the lock. First checks that both files are
 * still what the caller looked at, then keeps the damaged bytes as `<file>.damaged-<stamp>` (0600), then
 * writes the backup atomically (0600). Returns the path of the damaged copy.
 */
export async function restoreFromBackup(
  file: string,
  expected: { damaged: Buffer; backup: Buffer },
  lockTimeoutMs: number,
  stamp: string,
): Promise<string> {
  return withLock(file, lockTimeoutMs, async (assertHeld) => {
    const now = readRaw(file);
    if (now === null || !now.equals(expected.damaged)) {
      throw new FailError(`${file} changed while doctor was looking at it; nothing was changed, run 'followup doctor' again`);
    }
    const backup = readRaw(backupPath(file));
    if (backup === null || !backup.equals(expected.backup)) {
      throw new FailError(`${backupPath(file)} changed while doctor was looking at it; nothing was changed, run 'followup doctor' again`);
    }
    decode(backup, backupPath(file));
    const copy = await keepDamaged(file, now, stamp);
    await writeAtomic(file, backup, { beforeRename: assertHeld });
    return copy;
  });
}
