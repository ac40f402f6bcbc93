// `export --output FILE`: the file written privately (0600 whatever the umask) and atomically (a temp file beside
// it, synced, then renamed over it). A symlink at FILE is replaced by the file, never followed.
import { randomBytes } from 'node:crypto';
import { lstat, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FailError } from '../errors.js';

export async function writePrivateFile(file: string, text: string): Promise<void> {
  const existing = await lstat(file).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null;
    throw new FailError(`cannot write ${file}: ${err.message}`);
  });
  if (existing?.isDirectory()) throw new FailError(`${file} is a folder; give the path of a file to write`);
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const bytes = Buffer.from(text, 'utf8');
  let handle;
  try {
    // O_EXCL: the temp name is new; nothing (no planted link) is followed.
    handle = await open(temp, 'wx', 0o600);
  } catch (err) {
    throw new FailError(`cannot write ${file}: ${(err as Error).message}; check the folder exists and is writable`);
  }
  try {
    await handle.chmod(0o600);
    const { bytesWritten } = await handle.write(bytes, 0, bytes.length, 0);
    if (bytesWritten !== bytes.length) throw new Error(`only ${bytesWritten} of ${bytes.length} bytes were written`);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, file);
  } catch (err) {
    await handle?.close().catch(() => {});
    await unlink(temp).catch(() => {});
    throw new FailError(`cannot write ${file}: ${(err as Error).message}; ${file} was left as it was`);
  }
}
