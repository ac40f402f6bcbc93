// The file calls of the read path (paths.ts, raw-file.ts's readRaw). Synchronous: a command reads its one data
// file once, and waits for it either way. node:fs/promises would load Node's streams and readline too, and
// node:util's promisify node:util itself (its argument parser, its MIME types): ~1 ms of every `followup today`.
// The write path (atomic.ts, lock.ts, journal.ts) makes synchronous calls too (see atomic.ts).
import { closeSync, fstatSync, lstatSync, openSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';

const later =
  <A extends unknown[], R>(fn: (...args: A) => R) =>
  async (...args: A): Promise<R> =>
    fn(...args);

export const openFile = later((path: string, flags: number) => openSync(path, flags));
export const fstatFile = later((fd: number) => fstatSync(fd));
export const readWhole = later((fd: number) => readFileSync(fd));
export const closeFile = later((fd: number) => closeSync(fd));
export const lstatPath = later((path: string) => lstatSync(path));
export const readLink = later((path: string) => readlinkSync(path, 'utf8'));
/** realpath(3), as node:fs/promises's realpath is (not node:fs's own walk). */
export const realPath = later((path: string) => realpathSync.native(path, 'utf8'));
