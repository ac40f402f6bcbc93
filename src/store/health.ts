// What `followup doctor` looks at, and the two repairs it may make (both under the lock):
// restoring the data file from its .bak, and removing temp files that interrupted writes left behind.
import { open, readdir, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { FailError } from '../errors.js';
import { decode, readRaw } from './datafile.js';
import { STALE_MS, withLock } from './lock.js';
import { backupPath, lockPath } from './paths.js';
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
    raw = await readRaw(file);
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

export interface LockCheck {
  path: string;
  ageMs: number;
  /** Older than the stale time: left by a process that died; the next writer takes it over. */
  stale: boolean;
}

/** The lock directory beside the data file, if there is one. */
export async function checkLock(file: string, now = Date.now()): Promise<LockCheck | null> {
  const path = lockPath(file);
  try {
    const s = await stat(path);
    const ageMs = Math.max(0, now - s.mtimeMs);
    return { path, ageMs, stale: ageMs > STALE_MS };
  } catch {
    return null;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Temp files that write-file-atomic leaves when a write is killed: `<file>.<number>`, and the same beside
 * the backups (`<file>.bak.<number>`, `<file>.v1.bak.<number>`).
 */
export async function findTempFiles(file: string): Promise<string[]> {
  const pattern = new RegExp(`^${escapeRegExp(basename(file))}(?:\\.bak|\\.v\\d+\\.bak)?\\.\\d{1,10}$`);
  let names: string[];
  try {
    names = await readdir(dirname(file));
  } catch {
    return [];
  }
  return names
    .filter((n) => pattern.test(n))
    .sort()
    .map((n) => join(dirname(file), n));
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
        await unlink(path);
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
    const now = await readRaw(file);
    if (now === null || !now.equals(expected.damaged)) {
      throw new FailError(`${file} changed while doctor was looking at it; nothing was changed, run 'followup doctor' again`);
    }
    const backup = await readRaw(backupPath(file));
    if (backup === null || !backup.equals(expected.backup)) {
      throw new FailError(`${backupPath(file)} changed while doctor was looking at it; nothing was changed, run 'followup doctor' again`);
    }
    decode(backup, backupPath(file));
    const copy = await keepDamaged(file, now, stamp);
    assertHeld();
    await writeFileAtomic(file, backup, { mode: 0o600 });
    return copy;
  });
}
