// The file calls of the read path (paths.ts, datafile.ts's readRaw) as promises over node:fs's callbacks.
// node:fs/promises would do the same, but loading it loads Node's streams and readline too: ~2 ms of every
// `followup today`. The write path (atomic.ts, lock.ts, journal.ts) makes synchronous calls (see atomic.ts).
import { close, fstat, lstat, open, readFile, readlink, realpath } from 'node:fs';
import { promisify } from 'node:util';

export const openFile = promisify(open);
export const fstatFile = promisify(fstat);
export const readWhole = promisify(readFile) as (fd: number) => Promise<Buffer>;
export const closeFile = promisify(close);
export const lstatPath = promisify(lstat);
export const readLink = promisify(readlink) as (path: string) => Promise<string>;
/** realpath(3), as node:fs/promises's realpath is (not node:fs's own walk). */
export const realPath = promisify(realpath.native) as (path: string) => Promise<string>;
