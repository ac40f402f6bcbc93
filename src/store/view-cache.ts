// The last answer of a read-only view (`today`, `status`), kept in the user's cache folder and given again while
// nothing it depends on has changed. `followup today` often runs at every shell start-up on a file that changes a
// few times a day: the list is worked out once after each change, and after that read back.
// An answer is kept with what it was made from: this build of followup and Node's version, the view and its options
// (the day, the terminal's size, colour, --json, --all), and a copy of the data file's bytes. It is given again only
// when all of them are the same, byte for byte (no hash, so no collision either): a file changed in any way, by
// followup or by hand, means the answer is worked out again, and a file followup cannot read is refused as before.
// Anything wrong with the cache itself (missing, unreadable, someone else's, cut short) only means the view is
// worked out again.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD, readCacheFile, writeCacheFile } from './cache-file.js';
import { attempt } from './fs-errors.js';

export interface ViewCache {
  dir: string;
  /** The view's name, also its file's: one answer is kept per view. */
  view: string;
  /** The build, the view and its options, as one line of JSON. */
  made: string;
  /** The data file's bytes. */
  raw: Buffer;
}

/** The cache entry for the view with these options over these bytes of the data file. */
export function viewEntry(dir: string, view: string, options: readonly unknown[], raw: Buffer): ViewCache {
  // Node's version too: its Unicode data measures the widths of what the views show.
  return { dir, view, made: JSON.stringify([BUILD, process.version, view, ...options]), raw };
}

// A kept answer's file: one line `{"made":…,"data":N,"answer":M}`, then the N bytes of the data file, then the M
// bytes of the answer (UTF-8).
interface Head {
  made: string;
  data: number;
  answer: number;
}

/** The kept answer for this entry, or null (see cache-file.ts for which files are read at all). */
export function readView(entry: ViewCache): string | null {
  const kept = readCacheFile(entry.dir, entry.view);
  if (kept === null) return null;
  const head = kept.head as Partial<Head> | null;
  if (head?.made !== entry.made || head.data !== entry.raw.length || typeof head.answer !== 'number') return null;
  const { body } = kept;
  if (body.length !== head.data + head.answer || !body.subarray(0, head.data).equals(entry.raw)) return null;
  return body.toString('utf8', head.data);
}

const CHUNK = 1 << 20;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Keeps the answer for this entry (written whole, then renamed into place, private); never fails the command. */
export function saveView(entry: ViewCache, answer: string): void {
  const head: Head = { made: entry.made, data: entry.raw.length, answer: Buffer.byteLength(answer) };
  writeCacheFile(entry.dir, entry.view, head, (fd) => {
    // Written piece by piece: one buffer of the whole would hold another copy of the data file and the answer.
    writeFileSync(fd, entry.raw);
    for (let at = 0; at < answer.length; ) {
      // 1 MiB of text at a time (never half a surrogate pair): encoding 8 MiB at once would hold 8 MiB more.
      let end = Math.min(answer.length, at + CHUNK);
      if (end < answer.length && isHighSurrogate(answer.charCodeAt(end - 1))) end--;
      writeFileSync(fd, answer.slice(at, end));
      at = end;
    }
  });
}

/** The views' answers, and the temp files a killed run left (store/cache-file.ts), also of the compiled code. */
const KEPT = /^(?:today|status|\.(?:today|status|code\.[\w.-]+)\.\d+\.tmp)$/;

/**
 * Forgets every kept answer (with its copy of a data file): when there is no data file, a copy of one that was
 * deleted or moved must not stay behind. Anything else in the folder is left alone; failures change nothing.
 */
export function forgetViews(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (KEPT.test(name)) attempt(() => rmSync(join(dir, name), { force: true }));
}
