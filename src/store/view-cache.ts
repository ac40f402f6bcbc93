// The last answer of a read-only view (`today`, `status`), kept in the user's cache folder and given again while
// nothing it depends on has changed. `followup today` often runs at every shell start-up on a file that changes a
// few times a day: the list is worked out once after each change, and after that read back.
// The key is a SHA-256 over everything the answer depends on: this build of followup, the view and its options
// (the day, the terminal's size, colour, --json, --all), and every byte of the data file. A file changed in any
// way, by followup or by hand, gives another key, so an answer is never stale; a file followup cannot read is
// refused as before (its bytes are read, and refused, before any key is made). Anything wrong with the cache
// itself (missing, unreadable, someone else's, half written) only means the view is worked out again.
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** This build's identity (scripts/build.mjs hashes the sources into it): another build may answer differently. */
declare const __FOLLOWUP_BUILD__: string | undefined;
const BUILD = typeof __FOLLOWUP_BUILD__ === 'string' ? __FOLLOWUP_BUILD__ : 'source';

export interface ViewCache {
  dir: string;
  /** The view's name, also its file's: one answer is kept per view. */
  view: string;
  key: string;
}

/** The cache entry for the view with these options over these bytes of the data file. */
export function viewEntry(dir: string, view: string, options: readonly unknown[], raw: Buffer): ViewCache {
  const key = createHash('sha256').update(JSON.stringify([BUILD, view, ...options])).update('\0').update(raw).digest('hex');
  return { dir, view, key };
}

/** The kept answer for this entry, or null. Only a regular file of this user's, writable by no one else, is read. */
export function readView(entry: ViewCache): string | null {
  let fd: number;
  try {
    fd = openSync(join(entry.dir, entry.view), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return null;
  }
  try {
    const s = fstatSync(fd);
    if (!s.isFile() || (process.getuid && s.uid !== process.getuid()) || (s.mode & 0o022) !== 0) return null;
    const text = readFileSync(fd, 'utf8');
    // The key's line, then the answer, then the key again: a file cut short or mixed from two writes is no match.
    const head = `${entry.key}\n`;
    if (!text.startsWith(head) || !text.endsWith(`\n${entry.key}`)) return null;
    return text.slice(head.length, text.length - entry.key.length - 1);
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** Keeps the answer for this entry (written whole, then renamed into place, private); never fails the command. */
export function saveView(entry: ViewCache, answer: string): void {
  const temp = join(entry.dir, `.${entry.view}.${process.pid}.tmp`);
  try {
    mkdirSync(entry.dir, { recursive: true, mode: 0o700 });
    writeFileSync(temp, `${entry.key}\n${answer}\n${entry.key}`, { mode: 0o600, flag: 'wx' });
    renameSync(temp, join(entry.dir, entry.view));
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Left for the next write with this pid (or for nobody): a cache folder only.
    }
  }
}
