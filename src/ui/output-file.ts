// `export --output FILE`: the file written privately (0600 whatever the umask) and atomically, with the store's
// own checked write (a temp file beside it, every byte counted and synced, then renamed over it). A symlink at
// FILE is replaced by the file, never followed.
import { lstat } from 'node:fs/promises';
import { FailError } from '../errors.js';

export async function writePrivateFile(file: string, text: string): Promise<void> {
  const existing = await lstat(file).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null;
    throw new FailError(`cannot write ${file}: ${err.message}`);
  });
  if (existing?.isDirectory()) throw new FailError(`${file} is a folder; give the path of a file to write`);
  const { writeAtomic } = await import('../store/atomic.js');
  await writeAtomic(file, text);
}
