// A file of followup's cache folder ($XDG_CACHE_HOME/followup): the views' kept answers (view-cache.ts) and the
// compiled code of the one-file bundles (cli/code-cache.ts). One line of JSON says what the file was made from,
// the bytes follow. Only a regular file of this user's, writable by no one else, is read; a file is written whole
// under a temp name, private, then renamed into place. Nothing here ever fails a command: a cache that cannot be
// read or written only costs time.
import { closeSync, constants, fstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { attempt } from './fs-errors.js';

/** This build's identity (scripts/build.mjs hashes the sources into it): another build may answer differently. */
declare const __FOLLOWUP_BUILD__: string | undefined;
export const BUILD = typeof __FOLLOWUP_BUILD__ === 'string' ? __FOLLOWUP_BUILD__ : 'source';

export interface CacheFile {
  /** The first line, parsed. */
  head: unknown;
  /** Everything after it. */
  body: Buffer;
}

/** The file `name` in `dir`, or null when it is missing, unreadable, not this user's own or has no first line. */
export function readCacheFile(dir: string, name: string): CacheFile | null {
  let fd: number;
  try {
    fd = openSync(join(dir, name), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return null;
  }
  try {
    const s = fstatSync(fd);
    if (!s.isFile() || (process.getuid && s.uid !== process.getuid()) || (s.mode & 0o022) !== 0) return null;
    const kept = readFileSync(fd);
    const eol = kept.indexOf(10);
    if (eol < 0) return null;
    return { head: JSON.parse(kept.toString('utf8', 0, eol)) as unknown, body: kept.subarray(eol + 1) };
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `name` in `dir` (made 0700 when missing): the head as one line of JSON, then what `body` writes to the
 * open file descriptor. Never throws.
 */
export function writeCacheFile(dir: string, name: string, head: unknown, body: (fd: number) => void): void {
  // forgetViews (view-cache.ts) removes one a killed run left.
  const temp = join(dir, `.${name}.${process.pid}.tmp`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeFileSync(fd, `${JSON.stringify(head)}\n`);
      body(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, join(dir, name));
  } catch {
    // What cannot be removed is left for a later run (see forgetViews): a cache folder only.
    attempt(() => rmSync(temp, { force: true }));
  }
}
