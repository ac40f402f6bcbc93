// Replacing a file so that it is always the old one or the new one, whole, and private (0600 whatever the umask):
// the bytes go to a new temp file beside it (never through a symlink), every byte is counted and synced,
// then the temp file is renamed over the target, which replaces a symlink there instead of following it.
// write-file-atomic 6 wrote once without counting, so on a nearly full disk it renamed a cut file into place.
// The file calls are synchronous: a command does one write under its lock and has nothing to do meanwhile, and
// each awaited call of node:fs/promises was a round trip through libuv's threadpool (dozens per change).
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fchmodSync, fstatSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { FailError } from '../errors.js';
import { attempt, codeOf, reason } from './fs-errors.js';

/** The tail of every temp file name: `<target>.tmp-<pid>-<8 hex digits>`; doctor recognises exactly this. */
export const TEMP_TAIL = String.raw`\.tmp-([1-9]\d{0,9})-[0-9a-f]{8}`;

export function tempName(target: string): string {
  return `${target}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
}

/** The two steps a full disk or a failing device can cut short; replaceable in tests. */
export interface WriteIo {
  write(fd: number, bytes: Buffer, offset: number, length: number): number;
  sync(fd: number): void;
}

const realIo: WriteIo = {
  write: (fd, bytes, offset, length) => writeSync(fd, bytes, offset, length),
  sync: (fd) => fsyncSync(fd),
};

export interface AtomicOptions {
  /** Named in messages instead of the target (the path the user gave). */
  shown?: string;
  /** Runs after the bytes are on disk and before the rename; throwing there leaves the target untouched. */
  beforeRename?: () => void | Promise<void>;
  io?: WriteIo;
}

/** A new file, 0600, never following a symlink and never replacing anything (O_EXCL | O_NOFOLLOW). */
function createPrivate(path: string): number {
  return openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
}

function writeAll(fd: number, bytes: Buffer, io: WriteIo): void {
  let done = 0;
  while (done < bytes.length) {
    const n = io.write(fd, bytes, done, bytes.length - done);
    // A write that makes no progress is a full disk that did not say so.
    if (!(n > 0)) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
    done += n;
  }
  io.sync(fd);
  const { size } = fstatSync(fd);
  if (size !== bytes.length) throw Object.assign(new Error(`wrote ${size} of ${bytes.length} bytes`), { code: 'EIO' });
  // 0600 whatever the umask or an inherited default ACL made of the mode given to open().
  fchmodSync(fd, 0o600);
}

function syncFolder(path: string): void {
  // Makes the rename itself durable; some file systems cannot sync a folder, and that is no failure.
  try {
    const dir = openSync(dirname(path), constants.O_RDONLY);
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    /* best effort */
  }
}

function failure(target: string, shown: string, err: unknown): FailError {
  if (err instanceof FailError) return err;
  if (codeOf(err) === 'EISDIR' || codeOf(err) === 'ENOTEMPTY') {
    return new FailError(`cannot write ${shown}: ${target} is a folder, not a file; move it away, then try again (nothing was changed)`);
  }
  return new FailError(`cannot write ${shown}: ${reason(err)}; nothing was changed`);
}

/** Replaces `target` with `bytes` (see the top of this file). Throws FailError, leaving the target as it was. */
export async function writeAtomic(target: string, bytes: Buffer | string, opts: AtomicOptions = {}): Promise<void> {
  const data = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  const shown = opts.shown ?? target;
  const temp = tempName(target);
  let fd: number | undefined;
  try {
    fd = createPrivate(temp);
    writeAll(fd, data, opts.io ?? realIo);
    closeSync(fd);
    fd = undefined;
    await opts.beforeRename?.();
    renameSync(temp, target);
  } catch (err) {
    if (fd !== undefined) attempt(() => closeSync(fd!));
    attempt(() => unlinkSync(temp));
    throw failure(target, shown, err);
  }
  syncFolder(target);
}

/** Where a hard link cannot be made, the copy is written (and verified) instead. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'EMLINK', 'ENOSYS', 'EACCES']);

/**
 * Keeps `current` (whose bytes are `bytes`) also under the name `copy`, without writing those bytes again:
 * a hard link, renamed over `copy` (replacing a symlink or an old copy, never following it). Where links are
 * not possible, a verified atomic copy. Throws FailError; `current` is never touched.
 */
export async function keepCopy(current: string, copy: string, bytes: Buffer, shown = copy, makeLink: (from: string, to: string) => void = linkSync): Promise<void> {
  const temp = tempName(copy);
  try {
    makeLink(current, temp);
  } catch (err) {
    if (!NO_LINKS.has(codeOf(err) ?? '')) throw new FailError(`cannot keep the backup ${shown}: ${reason(err)}; nothing was changed`);
    await writeAtomic(copy, bytes, { shown });
    return;
  }
  try {
    renameSync(temp, copy);
  } catch (err) {
    attempt(() => unlinkSync(temp));
    if (codeOf(err) === 'EISDIR' || codeOf(err) === 'ENOTEMPTY') {
      throw new FailError(`cannot keep the backup: ${shown} is a folder, not a file; move it away, then try again (nothing was changed)`);
    }
    throw new FailError(`cannot keep the backup ${shown}: ${reason(err)}; nothing was changed`);
  }
}
