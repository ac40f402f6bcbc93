// A file's bytes as the store reads them: only a regular file, refused with one clear line otherwise.
import { type Stats, closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { FailError } from '../errors.js';
import { reason } from './fs-errors.js';

function kindOf(s: Stats): string {
  if (s.isDirectory()) return 'a folder';
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * The file's bytes, or null when there is none. Anything but a regular file is refused before a byte is read:
 * a FIFO or a device would never end (O_NONBLOCK: even opening a FIFO does not wait for a writer).
 * Synchronous, as every file call of the store: a command reads its one data file once, and waits for it either
 * way (node:fs/promises would also load Node's streams and readline, ~2 ms of every `followup today`).
 */
export function readRaw(file: string, shown = file): Buffer | null {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'EACCES' || code === 'EPERM') throw new FailError(`cannot read ${shown}: permission denied; give yourself access (chmod u+rw ${shown})`);
    if (code === 'ENXIO') throw new FailError(`${shown} is a socket, not a data file; pass --db with a regular file`);
    throw new FailError(`cannot read ${shown}: ${reason(err)}`);
  }
  try {
    const s = fstatSync(fd);
    if (s.isDirectory()) throw new FailError(`${shown} is a folder, not a data file; pass --db with a file path`);
    if (!s.isFile()) throw new FailError(`${shown} is ${kindOf(s)}, not a data file; pass --db with a regular file`);
    return readFileSync(fd);
  } catch (err) {
    if (err instanceof FailError) throw err;
    throw new FailError(`cannot read ${shown}: ${reason(err)}`);
  } finally {
    closeSync(fd);
  }
}
